"use client";

import { useTranslations } from "next-intl";
import type { ScenarioResult } from "@/lib/domain/money/evaluate";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";
import { formatEuro } from "@/lib/domain/format/number";

/** The cost of each model after the horizon (the comparison's summary card). */
export function CostsSummary({ results, labels }: { results: Record<CarrierModelId, ScenarioResult>; labels: Record<CarrierModelId, string> }) {
  return (
    <dl className="kern-body m-0 space-y-kern-space-2x-small">
      {CARRIER_MODEL_IDS.map((m) => {
        const last = results[m].years.at(-1);
        return (
          <div key={m} className="flex flex-wrap justify-between gap-x-kern-space-default">
            <dt>{labels[m]}</dt>
            <dd className="m-0 font-semibold tabular-nums" data-testid={`costs-summary-${m}`}>
              {last === undefined ? "–" : formatEuro(last.cumulativeNet)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Cumulative net cost per model and year: the chart's data as a table (and the council paper's cost table). */
export function CumulativeTable({ results, labels, caption, id = "cumulative" }: { results: Record<CarrierModelId, ScenarioResult>; labels: Record<CarrierModelId, string>; caption: string; id?: string }) {
  const t = useTranslations("comparison");
  const years = results["provider-network"].years;
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="kern-table" data-testid={`${id}-table`}>
        <caption className="kern-body text-left pb-kern-space-x-small">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("tables.year")}
            </th>
            {CARRIER_MODEL_IDS.map((m) => (
              <th key={m} scope="col" className="kern-table__header kern-table__header--numeric">
                {labels[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {years.map((y, i) => (
            <tr key={y.year} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {y.year}
              </th>
              {CARRIER_MODEL_IDS.map((m) => {
                const row = results[m].years[i];
                return (
                  <td key={m} className="kern-table__cell kern-table__cell--numeric" data-testid={`${id}-${m}-${y.year}`}>
                    {row ? formatEuro(row.cumulativeNet) : "–"}
                    {row?.grantEnded && <span className="block kern-body--small">{t("tables.grantEnded")}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Year by year for one model: investment, running costs (with guarantees called in), revenue, grants, net. */
export function YearTable({ result, caption }: { result: ScenarioResult; caption: string }) {
  const t = useTranslations("comparison");
  const cols = ["investment", "running", "revenue", "grant", "net", "cumulativeNet"] as const;
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="kern-table" data-testid={`years-${result.model}`}>
        <caption className="kern-body text-left pb-kern-space-x-small">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("tables.year")}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" className="kern-table__header kern-table__header--numeric">
                {t(`tables.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {result.years.map((y) => (
            <tr key={y.year} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {y.year}
              </th>
              {cols.map((c) => (
                <td key={c} className="kern-table__cell kern-table__cell--numeric">
                  {formatEuro(y[c])}
                  {c === "running" && y.guaranteesCalled > 0 && <span className="block kern-body--small">{t("tables.guaranteeCalled", { amount: formatEuro(y.guaranteesCalled) })}</span>}
                  {c === "grant" && y.grantEnded && <span className="block kern-body--small">{t("tables.grantEnded")}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="kern-table__row">
            <th scope="row" className="kern-table__header">
              {t("tables.total")}
            </th>
            {cols.map((c) => (
              <td key={c} className="kern-table__cell kern-table__cell--numeric font-semibold">
                {c === "cumulativeNet" ? "" : formatEuro(result.totals[c === "net" ? "net" : c])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
