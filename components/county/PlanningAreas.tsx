"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { parseNumber } from "@/lib/domain/format/number";
import { callApi } from "@/lib/client/api";

/** The answers' contracts load with the first save or deletion: the county page's first load carries no zod (issue 19). */
const loadAreaContract = () => import("@/lib/domain/schemas/planning-area-record").then((m) => m.PlanningAreaResponseSchema);
const loadNoContent = () => import("@/lib/domain/api-contracts").then((m) => m.NoContentSchema);

export interface AreaRow {
  id: string;
  name: string;
  version: number;
  towns: string[];
  kvVersorgungsgrad: number | null;
  /** The KV's Verhältniszahl for the area, its source and date (issue 13). */
  kvVerhaeltniszahl: number | null;
  kvSource: string | null;
  kvPublishedAt: string | null;
  inhabitants: number;
  /** Computed or the KV's Versorgungsgrad of the area, null without data. */
  versorgungsgrad: number | null;
  gps: number | null;
  fte: number | null;
}

/** The county's planning areas: list with figures, a form to group towns into a new area, delete with the version read. */
export function PlanningAreas({ orgId, towns, areas, canEdit }: { orgId: string; towns: readonly { ags: string; name: string }[]; areas: readonly AreaRow[]; canEdit: boolean }) {
  const t = useTranslations("county");
  const router = useRouter();
  const id = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [name, setName] = useState("");
  const [kv, setKv] = useState("");
  const [ratio, setRatio] = useState("");
  const [kvSource, setKvSource] = useState("");
  const [kvDate, setKvDate] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const api = `/api/v1/organisations/${encodeURIComponent(orgId)}/planning-areas`;
  const nameOf = new Map(towns.map((x) => [x.ags, x.name]));
  const taken = new Set(areas.flatMap((a) => a.towns));
  const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });

  const done = (text: string, error: boolean) => {
    setMessage({ text, error });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  async function create(event: React.FormEvent) {
    event.preventDefault();
    let kvValue: number | null = null;
    if (kv.trim() !== "") {
      const parsed = parseNumber(kv);
      if (!parsed.ok) return done(parsed.message, true);
      kvValue = parsed.value;
    }
    let ratioValue: number | null = null;
    if (ratio.trim() !== "") {
      const parsed = parseNumber(ratio);
      if (!parsed.ok) return done(`${t("areaRatio")}: ${parsed.message}`, true);
      ratioValue = parsed.value;
    }
    setBusy(true);
    const response = await callApi(api, loadAreaContract, {
      method: "POST",
      body: {
        name,
        towns: [...chosen],
        kvVersorgungsgrad: kvValue,
        kvVerhaeltniszahl: ratioValue,
        kvSource: kvSource.trim() === "" ? null : kvSource,
        kvPublishedAt: kvDate === "" ? null : kvDate,
      },
    });
    setBusy(false);
    if (!response.ok) return done(response.issues[0]?.message ? `${response.message} ${response.issues[0].message}` : response.message, true);
    setName("");
    setKv("");
    setRatio("");
    setKvSource("");
    setKvDate("");
    setChosen(new Set());
    done(t("areaCreated", { name }), false);
    router.refresh();
  }

  async function remove(area: AreaRow) {
    setBusy(true);
    const response = await callApi(`${api}/${encodeURIComponent(area.id)}`, loadNoContent, { method: "DELETE", body: { version: area.version } });
    setBusy(false);
    if (!response.ok) return done(response.message, true);
    done(t("areaDeleted", { name: area.name }), false);
    router.refresh();
  }

  return (
    <div className="space-y-kern-space-default">
      {areas.length === 0 ? (
        <p className="kern-body" data-testid="areas-empty">{t("areasEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="kern-table" data-testid="areas-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("areaName")}</th>
                <th scope="col" className="kern-table__header">{t("areaTowns")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("colPopulation")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("colFte")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("colVersorgungsgrad")}</th>
                {canEdit && <th scope="col" className="kern-table__header">{t("actions")}</th>}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {areas.map((a) => (
                <tr key={a.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {a.name}
                    {a.kvVerhaeltniszahl !== null || a.kvSource ? (
                      <span className="block kern-body--small font-normal" data-testid="area-kv-ratio">
                        {a.kvVerhaeltniszahl !== null ? t("areaRatioShown", { ratio: number.format(a.kvVerhaeltniszahl) }) : null}
                        {a.kvSource ? ` ${t("areaSourceShown", { source: a.kvSource })}` : ""}
                        {a.kvPublishedAt ? ` ${t("areaDateShown", { date: new Date(`${a.kvPublishedAt}T00:00:00Z`).toLocaleDateString("de-DE", { timeZone: "UTC" }) })}` : ""}
                      </span>
                    ) : null}
                  </th>
                  <td className="kern-table__cell">{a.towns.map((ags) => nameOf.get(ags) ?? ags).join(", ")}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{number.format(a.inhabitants)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{a.fte === null ? t("noData") : number.format(a.fte)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {a.versorgungsgrad === null ? t("noData") : `${number.format(a.versorgungsgrad)} %${a.kvVersorgungsgrad !== null ? ` (${t("kvBasis")})` : ""}`}
                  </td>
                  {canEdit && (
                    <td className="kern-table__cell">
                      <button type="button" className="kern-btn kern-btn--tertiary" disabled={busy} onClick={() => void remove(a)} aria-label={t("areaDelete", { name: a.name })}>
                        <span className="kern-label">{t("delete")}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p ref={statusRef} tabIndex={-1} role={message?.error ? "alert" : "status"} className={message?.error ? "kern-error" : "kern-body"} data-testid="area-status">
        {message?.text ?? ""}
      </p>
      {canEdit && (
        <form onSubmit={create} className="space-y-kern-space-default max-w-[48rem]" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`} className="kern-heading-small">{t("areaNew")}</h3>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-name`}>{t("areaName")}</label>
            <input id={`${id}-name`} className="kern-form-input__input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
          </div>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t("areaTowns")}</legend>
            <div className="grid gap-kern-space-x-small sm:grid-cols-2">
              {towns.map((town) => (
                <div key={town.ags} className="kern-form-check min-h-[44px] flex items-center">
                  <input
                    id={`${id}-${town.ags}`}
                    type="checkbox"
                    className="kern-form-check__checkbox"
                    checked={chosen.has(town.ags)}
                    disabled={taken.has(town.ags)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(town.ags);
                      else next.delete(town.ags);
                      setChosen(next);
                    }}
                  />
                  <label className="kern-label" htmlFor={`${id}-${town.ags}`}>
                    {town.name}
                    {taken.has(town.ags) ? ` (${t("areaTaken")})` : ""}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-kv`}>{t("areaKv")}</label>
            <p className="kern-hint" id={`${id}-kv-hint`}>{t("areaKvHint")}</p>
            <input id={`${id}-kv`} className="kern-form-input__input" inputMode="decimal" aria-describedby={`${id}-kv-hint`} value={kv} onChange={(e) => setKv(e.target.value)} />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-ratio`}>{t("areaRatio")}</label>
            <p className="kern-hint" id={`${id}-ratio-hint`}>{t("areaRatioHint")}</p>
            <input id={`${id}-ratio`} className="kern-form-input__input" inputMode="decimal" aria-describedby={`${id}-ratio-hint`} value={ratio} onChange={(e) => setRatio(e.target.value)} />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-source`}>{t("areaSource")}</label>
            <p className="kern-hint" id={`${id}-source-hint`}>{t("areaSourceHint")}</p>
            <input id={`${id}-source`} className="kern-form-input__input" aria-describedby={`${id}-source-hint`} value={kvSource} maxLength={300} onChange={(e) => setKvSource(e.target.value)} />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-date`}>{t("areaDate")}</label>
            <input id={`${id}-date`} type="date" className="kern-form-input__input" value={kvDate} onChange={(e) => setKvDate(e.target.value)} />
          </div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{t("areaCreate")}</span>
          </button>
        </form>
      )}
    </div>
  );
}
