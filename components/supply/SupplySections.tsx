import Form from "next/form";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MunicipalitySupply } from "@/lib/server/db/tenant/supply";
import type { SupplyResult, TrafficLight } from "@/lib/domain/supply";
import type { AssumptionField, SupplyAssumptions } from "@/lib/server/use-cases/supply-assumptions";
import { PROVIDER_KIND_LABELS_DE, SUCCESSOR_STATUS_LABELS_DE } from "@/lib/domain/schemas/provider-vocabulary";
import { formatNumber } from "@/lib/domain/format/number";
import { ScrollRegion } from "@/components/ScrollRegion";
import type { ClientProvider } from "./api";
import { AgePyramid, CapacityChart } from "./SupplyCharts";
import { ProviderActions } from "./SupplyIslands";

/**
 * The supply check's sections, rendered on the server from the figures the page loads (issue 13): they are in the
 * HTML before JavaScript runs and carry no JavaScript of their own. The islands they hold — the charts, a
 * provider's "Bearbeiten"/"Löschen" — come from SupplyCharts.tsx and SupplyIslands.tsx.
 */

const BADGE: Record<TrafficLight, string> = {
  green: "kern-badge kern-badge--success",
  amber: "kern-badge kern-badge--warning",
  red: "kern-badge kern-badge--danger",
  grey: "kern-badge kern-badge--info",
};

/** Key figures with their traffic lights, what they are based on, and how each is calculated. */
export async function KeyFigures({ result }: { result: SupplyResult }) {
  const t = await getTranslations("supply");
  const locale = await getLocale();
  const dateFmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "long", timeZone: "UTC" });
  const statusLabel = (s: TrafficLight) => ({ green: t("statusGreen"), amber: t("statusAmber"), red: t("statusRed"), grey: t("statusGrey") })[s];
  return (
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
  );
}

/**
 * The assumptions (the KV's figure, the retirement age) as a GET form: they become the page's address
 * (`?kvFigure=…&retirementAge=…`, `?org=` kept), the server computes the figures with them and shows an invalid
 * entry's German message beside its field (the figures then stay at the defaults). next/form submits it as a
 * client-side navigation when JavaScript runs (scroll and focus stay) and as a plain GET request when it does not.
 */
export async function AssumptionsForm({ action, org, assumptions, defaultRetirementAge }: { action: string; org: string | null; assumptions: SupplyAssumptions; defaultRetirementAge: number }) {
  const t = await getTranslations("supply");
  const fields: ReadonlyArray<readonly [AssumptionField, string, string]> = [
    ["kvFigure", t("kvFigure"), t("kvFigureHint")],
    ["retirementAge", t("retirementAge"), t("retirementAgeHint", { age: defaultRetirementAge })],
  ];
  return (
    <section aria-labelledby="inputs-title" className="space-y-kern-space-default">
      <h2 id="inputs-title" className="kern-heading-medium">
        {t("inputsTitle")}
      </h2>
      <Form action={action} scroll={false} className="grid gap-kern-space-default md:grid-cols-[1fr_1fr_auto] items-end" data-testid="assumptions-form">
        {org !== null && <input type="hidden" name="org" value={org} />}
        {fields.map(([id, label, hint]) => {
          const error = assumptions.errors[id];
          return (
            <div key={id} className="kern-form-input">
              <label className="kern-label" htmlFor={`supply-${id}`}>
                {label}
              </label>
              <p id={`supply-${id}-hint`} className="kern-hint">
                {hint}
              </p>
              {error && (
                <p id={`supply-${id}-error`} className="kern-error" role="alert">
                  {error}
                </p>
              )}
              <input
                id={`supply-${id}`}
                name={id}
                className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
                inputMode="decimal"
                defaultValue={assumptions.values[id]}
                aria-invalid={error ? true : undefined}
                aria-describedby={`supply-${id}-hint${error ? ` supply-${id}-error` : ""}`}
              />
            </div>
          );
        })}
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("recalculate")}</span>
        </button>
      </Form>
    </section>
  );
}

/** The training-lag warnings (a practice closes before a successor could be trained), when there are any. */
export async function TrainingLagWarning({ result }: { result: SupplyResult }) {
  const t = await getTranslations("supply");
  if (result.warnings.length === 0) return null;
  return (
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
  );
}

/** The capacity forecast: the chart (an island, loaded on screen) and the same figures as a table. */
export async function Forecast({ result }: { result: SupplyResult }) {
  const t = await getTranslations("supply");
  const first = result.forecast[0];
  const last = result.forecast[result.forecast.length - 1];
  return (
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
  );
}

/** The practices at risk: who leaves when, whether the practice closes, the counted capacity that goes. */
export async function AtRisk({ result }: { result: SupplyResult }) {
  const t = await getTranslations("supply");
  return (
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
  );
}

/** The doctors' ages: the pyramid (an island, loaded on screen) and its table. */
export async function AgePyramidSection({ result }: { result: SupplyResult }) {
  const t = await getTranslations("supply");
  return (
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
  );
}

/**
 * The inventory list; for those who may edit, each provider has its "Bearbeiten"/"Löschen" island
 * (ProviderActions). `children` follow the list (the add button or the form, the delete dialog).
 */
export async function InventoryList({ providers, canEdit, children }: { providers: readonly ClientProvider[]; canEdit: boolean; children?: React.ReactNode }) {
  const t = await getTranslations("supply");
  return (
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
                {canEdit && <ProviderActions provider={p} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** The figures the self-check takes over as prefilled answers, and the link to it. */
export async function AssessmentPrefill({ ags, supply }: { ags: string; supply: MunicipalitySupply }) {
  const t = await getTranslations("supply");
  const prefill = supply.assessmentPrefill;
  const result = supply.result;
  return (
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
  );
}
