"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MunicipalitySupply } from "@/lib/server/db/tenant/supply";
import type { TrafficLight } from "@/lib/domain/supply";
import { PROVIDER_KIND_LABELS_DE, SUCCESSOR_STATUS_LABELS_DE } from "@/lib/domain/schemas/provider-vocabulary";
import { callApi } from "@/lib/client/api";
import { loadInventoryContract, loadNoContent, loadSupplyContract, type ClientProvider } from "./api";
import { CsvPanel, type CsvColumnDoc } from "./CsvPanel";
import { ProviderForm } from "./ProviderForm";
import { formatNumber } from "@/lib/domain/format/number";
import { AgePyramid, CapacityChart } from "./SupplyCharts";
import { withOrg } from "./org-query";
import { ScrollRegion } from "@/components/ScrollRegion";

const BADGE: Record<TrafficLight, string> = {
  green: "kern-badge kern-badge--success",
  amber: "kern-badge kern-badge--warning",
  red: "kern-badge kern-badge--danger",
  grey: "kern-badge kern-badge--info",
};

type Editing = { mode: "new" } | { mode: "edit"; provider: ClientProvider } | null;

/**
 * The supply check for one town: key figures with traffic lights and explanations, assumptions (KV figure,
 * retirement age), training-lag warning, capacity chart with table, age pyramid with table, practices at risk,
 * the inventory with create/edit/delete, CSV, and the figures the self-check can prefill.
 */
export function SupplyWorkspace(props: {
  ags: string;
  townName: string;
  canEdit: boolean;
  initialProviders: ClientProvider[];
  initialSupply: MunicipalitySupply;
  csvColumns: readonly CsvColumnDoc[];
}) {
  const { ags, townName, canEdit } = props;
  const t = useTranslations("supply");
  const locale = useLocale();
  const dateFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "long", timeZone: "UTC" });
  const [providers, setProviders] = useState(props.initialProviders);
  const [supply, setSupply] = useState(props.initialSupply);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [kvFigure, setKvFigure] = useState("");
  const [retirementAge, setRetirementAge] = useState("");
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const [toDelete, setToDelete] = useState<ClientProvider | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const result = supply.result;

  async function refresh(assumptions = { kvFigure, retirementAge }): Promise<boolean> {
    const query = new URLSearchParams();
    if (assumptions.kvFigure.trim() !== "") query.set("kvFigure", assumptions.kvFigure.trim());
    if (assumptions.retirementAge.trim() !== "") query.set("retirementAge", assumptions.retirementAge.trim());
    const [list, figures] = await Promise.all([
      callApi(withOrg(`/api/v1/municipalities/${ags}/providers`), loadInventoryContract),
      callApi(withOrg(`/api/v1/municipalities/${ags}/supply?${query.toString()}`), loadSupplyContract),
    ]);
    if (list.ok) setProviders(list.data.data.providers);
    if (figures.ok) {
      setSupply(figures.data.data);
      setInputErrors({});
      return true;
    }
    const map: Record<string, string> = {};
    for (const issue of figures.issues) map[issue.path] = issue.message;
    if (Object.keys(map).length > 0) setInputErrors(map);
    else setError(t("genericError", { message: figures.message }));
    return false;
  }

  async function confirmDelete() {
    const target = toDelete;
    dialogRef.current?.close();
    if (!target) return;
    const response = await callApi(withOrg(`/api/v1/municipalities/${ags}/providers/${target.id}?version=${target.version}`), loadNoContent, { method: "DELETE" });
    setToDelete(null);
    if (response.ok) {
      setStatus(t("deleted", { name: target.name }));
      setError(null);
      await refresh();
    } else {
      setError(response.status === 409 ? t("conflict") : t("genericError", { message: response.message }));
    }
    addButtonRef.current?.focus();
  }

  const statusLabel = (s: TrafficLight) => ({ green: t("statusGreen"), amber: t("statusAmber"), red: t("statusRed"), grey: t("statusGrey") })[s];
  const first = result.forecast[0];
  const last = result.forecast[result.forecast.length - 1];
  const prefill = supply.assessmentPrefill;

  return (
    <div className="space-y-kern-space-x-large">
      <p role="status" className="kern-body" data-testid="supply-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="kern-alert kern-alert--danger p-kern-space-small">
          {error}
        </p>
      )}

      {/* Key figures */}
      <section aria-labelledby="figures-title" className="space-y-kern-space-default">
        <h2 id="figures-title" className="kern-heading-medium">
          {t("figuresTitle")}
        </h2>
        <p className="kern-body kern-body--small">
          {t("figuresAsOf", {
            date: dateFmt.format(new Date(result.asOf)),
            ratio: formatNumber(result.versorgungsgrad.ratio.value),
            version: result.versorgungsgrad.ratio.version,
            validFrom: dateFmt.format(new Date(result.versorgungsgrad.ratio.validFrom)),
            source: result.versorgungsgrad.ratio.source_de,
            inhabitants: formatNumber(result.inhabitants),
          })}
        </p>
        {!result.hasData && (
          <div className="kern-alert kern-alert--info" data-testid="supply-empty">
            <div className="kern-alert__header">
              <span className="kern-title">{t("emptyTitle")}</span>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">{t("emptyText")}</p>
            </div>
          </div>
        )}
        <ul className="grid gap-kern-space-default md:grid-cols-2 xl:grid-cols-3 list-none m-0 p-0" data-testid="key-figures">
          {result.keyFigures.map((k) => (
            <li key={k.id} className="kern-card" data-testid={`figure-${k.id}`}>
              <div className="p-kern-space-default flex flex-col gap-kern-space-x-small w-full">
                <h3 className="kern-heading-small">{k.label_de}</h3>
                <p className="text-kern-32 font-semibold m-0">
                  {k.value === null ? t("noValue") : formatNumber(k.value)} <span className="text-kern-18 font-normal">{k.unit_de}</span>
                </p>
                <p className="m-0">
                  <span className={BADGE[k.status]}>
                    <span className="kern-label">{t("status", { label: statusLabel(k.status) })}</span>
                  </span>
                </p>
                <p className="kern-body kern-body--small">{k.statusReason_de}</p>
                <details>
                  <summary className="kern-link cursor-pointer">{t("howCalculated")}</summary>
                  <p className="kern-body kern-body--small mt-kern-space-x-small">{k.explanation_de}</p>
                </details>
              </div>
            </li>
          ))}
        </ul>
      </section>

      {/* Assumptions */}
      <section aria-labelledby="inputs-title" className="space-y-kern-space-default">
        <h2 id="inputs-title" className="kern-heading-medium">
          {t("inputsTitle")}
        </h2>
        <form
          className="grid gap-kern-space-default md:grid-cols-[1fr_1fr_auto] items-end"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await refresh()) setStatus(t("recalculated"));
          }}
        >
          {(
            [
              ["kvFigure", t("kvFigure"), t("kvFigureHint"), kvFigure, setKvFigure],
              ["retirementAge", t("retirementAge"), t("retirementAgeHint", { age: result.parameters.retirementAge?.value ?? result.retirementAge }), retirementAge, setRetirementAge],
            ] as const
          ).map(([id, label, hint, value, setValue]) => (
            <div key={id} className="kern-form-input">
              <label className="kern-label" htmlFor={`supply-${id}`}>
                {label}
              </label>
              <p id={`supply-${id}-hint`} className="kern-hint">
                {hint}
              </p>
              {inputErrors[id] && (
                <p id={`supply-${id}-error`} className="kern-error" role="alert">
                  {inputErrors[id]}
                </p>
              )}
              <input
                id={`supply-${id}`}
                className={`kern-form-input__input${inputErrors[id] ? " kern-form-input__input--error" : ""}`}
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                aria-invalid={inputErrors[id] ? true : undefined}
                aria-describedby={`supply-${id}-hint${inputErrors[id] ? ` supply-${id}-error` : ""}`}
              />
            </div>
          ))}
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t("recalculate")}</span>
          </button>
        </form>
      </section>

      {result.warnings.length > 0 && (
        <div className="kern-alert kern-alert--warning" data-testid="training-lag-warning">
          <div className="kern-alert__header">
            <span className="kern-title">{t("warningsTitle")}</span>
          </div>
          <div className="kern-alert__body">
            {result.warnings.map((w) => (
              <p key={w.line} className="kern-body">
                {w.message_de}
              </p>
            ))}
          </div>
        </div>
      )}

      {/* Forecast */}
      <section aria-labelledby="chart-title" className="space-y-kern-space-default">
        <h2 id="chart-title" className="kern-heading-medium">
          {t("chartTitle")}
        </h2>
        <p className="kern-body">{t("chartIntro")}</p>
        <CapacityChart
          forecast={result.forecast}
          title={t("chartLabel", { from: first?.year ?? result.year, to: last?.year ?? result.year })}
          labels={{ capacity: t("seriesCapacity"), full: t("series100"), under: t("series75") }}
        />
        <ScrollRegion label={t("tableCaption")}>
          <table className="kern-table" data-testid="forecast-table">
            <caption className="kern-body text-left">{t("tableCaption")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("tableYear")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("seriesCapacity")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("tableVersorgungsgrad")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("series100")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("tableGap100")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("series75")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("tableGap75")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {result.forecast.map((y) => (
                <tr key={y.year} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{y.year}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(y.countedGps)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{y.versorgungsgrad === null ? t("noValue") : `${formatNumber(y.versorgungsgrad)} %`}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(y.requiredFor100)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(y.gapTo100)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(y.requiredForUnderSupplyLine)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(y.gapToUnderSupplyLine)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {/* At risk */}
      <section aria-labelledby="risk-title" className="space-y-kern-space-default">
        <h2 id="risk-title" className="kern-heading-medium">
          {t("atRiskTitle")}
        </h2>
        <p className="kern-body">{t("atRiskIntro")}</p>
        {result.atRisk.length === 0 ? (
          <p className="kern-body" data-testid="at-risk-none">
            {t("atRiskNone")}
          </p>
        ) : (
          <ul className="space-y-kern-space-small list-none m-0 p-0" data-testid="at-risk-list">
            {result.atRisk.map((r) => (
              <li key={`${r.providerIndex}`} className="kern-card">
                <div className="p-kern-space-default flex flex-col gap-kern-space-x-small w-full">
                  <h3 className="kern-heading-small">
                    {r.providerName} <span className="kern-body kern-body--small">({PROVIDER_KIND_LABELS_DE[r.kind]}, {SUCCESSOR_STATUS_LABELS_DE[r.successorStatus]})</span>
                  </h3>
                  {r.closes && (
                    <p className="m-0">
                      <span className="kern-badge kern-badge--danger">
                        <span className="kern-label">{t("atRiskCloses")}</span>
                      </span>
                    </p>
                  )}
                  <ul className="list-disc pl-kern-space-large">
                    {r.leavingDoctors.map((d, i) => (
                      <li key={i}>
                        {t("leaving", { name: d.name ?? t("doctorUnnamed"), year: d.exitYear, basis: d.exitBasis === "planned" ? t("exitPlanned") : t("exitRetirement") })}
                      </li>
                    ))}
                  </ul>
                  {r.countedCapacityLeaving > 0 && <p className="kern-body kern-body--small">{t("atRiskCapacity", { count: r.countedCapacityLeaving, value: formatNumber(r.countedCapacityLeaving) })}</p>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* Age pyramid */}
      <section aria-labelledby="pyramid-title" className="space-y-kern-space-default">
        <h2 id="pyramid-title" className="kern-heading-medium">
          {t("pyramidTitle")}
        </h2>
        {result.doctors.length === 0 ? (
          <p className="kern-body">{t("noDoctors")}</p>
        ) : (
          <>
            <AgePyramid buckets={result.agePyramid} title={t("pyramidLabel")} labels={{ gp: t("gps"), other: t("otherDoctors") }} />
            <ScrollRegion label={t("pyramidCaption")}>
              <table className="kern-table">
                <caption className="kern-body text-left">{t("pyramidCaption")}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t("ageGroup")}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t("gps")}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t("otherDoctors")}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {result.agePyramid.map((b) => (
                    <tr key={b.label} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{b.label}</th>
                      <td className="kern-table__cell kern-table__cell--numeric">{b.gp}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{b.other}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        )}
      </section>

      {/* Inventory */}
      <section aria-labelledby="inventory-title" className="space-y-kern-space-default">
        <h2 id="inventory-title" className="kern-heading-medium">
          {t("inventoryTitle")}
        </h2>
        {providers.length === 0 ? (
          <p className="kern-body">{t("inventoryEmpty")}</p>
        ) : (
          <ul className="space-y-kern-space-small list-none m-0 p-0" data-testid="provider-list">
            {providers.map((p) => (
              <li key={p.id} className="kern-card" data-testid="provider-item">
                <div className="p-kern-space-default flex flex-wrap items-start justify-between gap-kern-space-small w-full">
                  <div>
                    <h3 className="kern-heading-small">{p.name}</h3>
                    <p className="kern-body kern-body--small">
                      {PROVIDER_KIND_LABELS_DE[p.kind]} · {p.street}, {p.postcode} {p.city} · {SUCCESSOR_STATUS_LABELS_DE[p.successorStatus]} · {t("doctorsCount", { count: p.doctors.length })}
                    </p>
                  </div>
                  {canEdit && (
                    <div className="flex gap-kern-space-x-small">
                      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing({ mode: "edit", provider: p })} aria-label={t("editNamed", { name: p.name })}>
                        <span className="kern-label">{t("edit")}</span>
                      </button>
                      <button
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        aria-label={t("deleteNamed", { name: p.name })}
                        onClick={() => {
                          setToDelete(p);
                          dialogRef.current?.showModal();
                        }}
                      >
                        <span className="kern-label">{t("delete")}</span>
                      </button>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {canEdit && editing === null && (
          <button ref={addButtonRef} type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: "new" })}>
            <span className="kern-label">{t("addProvider")}</span>
          </button>
        )}
        {canEdit && editing !== null && (
          <ProviderForm
            key={editing.mode === "edit" ? editing.provider.id : "new"}
            ags={ags}
            provider={editing.mode === "edit" ? editing.provider : null}
            defaultCity={townName}
            onCancel={() => {
              setEditing(null);
              requestAnimationFrame(() => addButtonRef.current?.focus());
            }}
            onSaved={async (saved) => {
              setEditing(null);
              setStatus(t("saved", { name: saved.name }));
              setError(null);
              await refresh();
              requestAnimationFrame(() => addButtonRef.current?.focus());
            }}
          />
        )}
        <dialog ref={dialogRef} className="kern-dialog" aria-labelledby="delete-title" onClose={() => setToDelete(null)} data-testid="delete-dialog">
          <div className="kern-dialog__header">
            <h2 id="delete-title" className="kern-title">
              {t("deleteTitle")}
            </h2>
          </div>
          <div className="kern-dialog__body">
            <p className="kern-body">{toDelete ? t("deleteText", { name: toDelete.name }) : ""}</p>
          </div>
          <div className="kern-dialog__footer flex gap-kern-space-small">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => dialogRef.current?.close()} autoFocus>
              <span className="kern-label">{t("cancel")}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => void confirmDelete()}>
              <span className="kern-label">{t("deleteConfirm")}</span>
            </button>
          </div>
        </dialog>
      </section>

      {/* CSV */}
      <section aria-labelledby="csv-title" className="space-y-kern-space-default">
        <h2 id="csv-title" className="kern-heading-medium">
          {t("csvTitle")}
        </h2>
        <CsvPanel
          ags={ags}
          canEdit={canEdit}
          columns={props.csvColumns}
          orgId={supply.owner.organisationId}
          onImported={async (count) => {
            setStatus(t("imported", { count }));
            setError(null);
            await refresh();
          }}
        />
      </section>

      {/* Self-check prefill */}
      <section aria-labelledby="prefill-title" className="space-y-kern-space-default">
        <h2 id="prefill-title" className="kern-heading-medium">
          {t("assessmentTitle")}
        </h2>
        <p className="kern-body">{t("assessmentText")}</p>
        <dl className="grid gap-x-kern-space-x-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr]" data-testid="assessment-prefill">
          {(
            [
              [t("prefillPractices"), formatNumber(prefill.supply.practices)],
              [t("prefillGpCount"), formatNumber(prefill.supply.gpCount)],
              [t("prefill60"), formatNumber(prefill.supply.gpsAged60Plus)],
              [t("prefillExits"), formatNumber(prefill.supply.plannedExitsWithin5Years)],
              [t("prefillVg"), prefill.supply.versorgungsgrad === undefined ? t("noValue") : `${formatNumber(prefill.supply.versorgungsgrad)} %`],
              [t("prefillClosing"), formatNumber(result.gpPracticesClosingWithoutSuccessor)],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <Link className="kern-link" href={`/gemeinde/${ags}/selbstcheck`}>
            {t("assessmentLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
