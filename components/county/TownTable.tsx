"use client";

import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/domain/format/number";
import { decodeTownRows, type EncodedTownRows, type TownRow } from "./town-rows";

export type { TownRow } from "./town-rows";

type SortKey = "name" | "population" | "areaKm2" | "density" | "typeLabel" | "verbandName" | "gps" | "fte" | "versorgungsgrad" | "aged60Plus" | "exits5" | "exits10" | "urgencyRank";

/** Through the one formatter, which makes each Intl.NumberFormat once (one per cell cost ~65 ms for 234 towns). */
const fmt = (v: number | null, digits = 1) => (v === null ? null : formatNumber(v, { maximumFractionDigits: digits }));

function valueOf(row: TownRow, key: SortKey): string | number | null {
  switch (key) {
    case "name":
    case "typeLabel":
    case "verbandName":
      return row[key];
    case "population":
    case "areaKm2":
    case "density":
      return row[key];
    case "urgencyRank":
      return row.org ? row.org.urgencyRank : null;
    default:
      return row.org ? row.org[key] : null;
  }
}

/**
 * Sortable, filterable table of the Kreis's municipalities. Sorting by a column header button (aria-sort says the
 * order); filters by name, type and size class. Unknown figures read "keine Daten", never 0. With `limit`, the first
 * `limit` rows of the sorted and filtered list are shown (sorting and filtering always cover every town) and a link
 * (`allHref`, the page with every row, as for the ranking) says how many there are: a large Kreis (234 towns) would
 * otherwise render every row into the first answer. The rows come as `encodeTownRows` made them (town-rows.ts: the
 * page's flight data would otherwise repeat every field name in every row).
 */
export function TownTable({
  rows: encodedRows,
  showOrg,
  sizeClasses,
  limit = null,
  allHref,
}: {
  rows: EncodedTownRows;
  showOrg: boolean;
  sizeClasses: readonly { id: string; label: string }[];
  limit?: number | null;
  allHref?: string;
}) {
  const t = useTranslations("county");
  const rows = useMemo(() => decodeTownRows(encodedRows), [encodedRows]);
  const filterId = useId();
  const [query, setQuery] = useState("");
  const [type, setType] = useState("");
  const [size, setSize] = useState("");
  const [onlyData, setOnlyData] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>(showOrg ? { key: "urgencyRank", dir: 1 } : { key: "name", dir: 1 });
  const types = useMemo(() => [...new Set(rows.map((r) => r.typeLabel))].sort(), [rows]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase("de-DE");
    const filtered = rows.filter(
      (r) =>
        (q === "" || r.name.toLocaleLowerCase("de-DE").includes(q) || r.ags.startsWith(q)) &&
        (type === "" || r.typeLabel === type) &&
        (size === "" || r.sizeClass === size) &&
        (!onlyData || r.org?.hasData === true),
    );
    return [...filtered].sort((a, b) => {
      const va = valueOf(a, sort.key);
      const vb = valueOf(b, sort.key);
      if (va === null && vb === null) return a.name.localeCompare(b.name, "de");
      if (va === null) return 1; // unknown last, whatever the direction
      if (vb === null) return -1;
      const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb), "de");
      return c * sort.dir || a.name.localeCompare(b.name, "de");
    });
  }, [rows, query, type, size, onlyData, sort]);
  const listed = limit === null ? shown : shown.slice(0, limit);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={`kern-table__header${numeric ? " kern-table__header--numeric" : ""}`} aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className="kern-link min-h-[44px] text-left"
          onClick={() => setSort(active ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: 1 })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
        </button>
      </th>
    );
  };
  const noData = <span className="kern-body--muted">{t("noData")}</span>;
  const cell = (v: string | null) => <td className="kern-table__cell kern-table__cell--numeric">{v ?? noData}</td>;

  return (
    <div className="space-y-kern-space-default">
      <div className="flex flex-wrap gap-kern-space-default items-end" role="search" aria-label={t("filterTitle")}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${filterId}-q`}>{t("filterName")}</label>
          <input id={`${filterId}-q`} className="kern-form-input__input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${filterId}-type`}>{t("filterType")}</label>
          <select id={`${filterId}-type`} className="kern-form-input__select" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t("filterAll")}</option>
            {types.map((x) => (
              <option key={x} value={x}>{x}</option>
            ))}
          </select>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${filterId}-size`}>{t("filterSize")}</label>
          <select id={`${filterId}-size`} className="kern-form-input__select" value={size} onChange={(e) => setSize(e.target.value)}>
            <option value="">{t("filterAll")}</option>
            {sizeClasses.map((x) => (
              <option key={x.id} value={x.id}>{x.label}</option>
            ))}
          </select>
        </div>
        {showOrg && (
          <div className="kern-form-check min-h-[44px] flex items-center">
            <input id={`${filterId}-data`} className="kern-form-check__checkbox" type="checkbox" checked={onlyData} onChange={(e) => setOnlyData(e.target.checked)} />
            <label className="kern-label" htmlFor={`${filterId}-data`}>{t("filterOnlyData")}</label>
          </div>
        )}
      </div>
      <p className="kern-body" role="status" data-testid="town-count">
        {t("townsShown", { shown: shown.length, total: rows.length })}
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableTitle")}>
        <table className="kern-table" data-testid="town-table">
          <caption className="sr-only">{t("tableTitle")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              {header("name", t("colName"))}
              {showOrg && header("urgencyRank", t("colUrgency"))}
              {header("population", t("colPopulation"), true)}
              {header("areaKm2", t("colArea"), true)}
              {header("density", t("colDensity"), true)}
              {header("typeLabel", t("colType"))}
              {header("verbandName", t("colVerband"))}
              {showOrg && (
                <>
                  {header("gps", t("colGps"), true)}
                  {header("fte", t("colFte"), true)}
                  {header("versorgungsgrad", t("colVersorgungsgrad"), true)}
                  {header("aged60Plus", t("colAged60"), true)}
                  {header("exits5", t("colExits5"), true)}
                  {header("exits10", t("colExits10"), true)}
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t("colAtRisk")}</th>
                  <th scope="col" className="kern-table__header">{t("colSelfCheck")}</th>
                  <th scope="col" className="kern-table__header">{t("colTopModel")}</th>
                  <th scope="col" className="kern-table__header">{t("colPlan")}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t("colWorkshops")}</th>
                  <th scope="col" className="kern-table__header">{t("colSource")}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {listed.map((r) => (
              <tr key={r.ags} className="kern-table__row" data-testid={`town-${r.ags}`}>
                <th scope="row" className="kern-table__header">
                  <Link className="kern-link" href={r.org?.grantedOrgId && r.org.selfCheck ? `/organisationen/${encodeURIComponent(r.org.grantedOrgId)}/selbsteinschaetzung/${r.ags}` : `/gemeinde/${r.ags}`}>
                    {r.name}
                  </Link>
                </th>
                {showOrg && r.org && <td className="kern-table__cell">{t(`level.${r.org.urgency}`)}</td>}
                <td className="kern-table__cell kern-table__cell--numeric">{fmt(r.population)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{fmt(r.areaKm2)}</td>
                {cell(fmt(r.density, 0))}
                <td className="kern-table__cell">{r.typeLabel}</td>
                <td className="kern-table__cell">{r.verbandName}</td>
                {showOrg && r.org && (
                  <>
                    {cell(r.org.hasData ? fmt(r.org.gps, 0) : null)}
                    {cell(r.org.hasData ? fmt(r.org.fte, 2) : null)}
                    {cell(r.org.versorgungsgrad === null ? null : `${fmt(r.org.versorgungsgrad)} %${r.org.versorgungsgradBasis === "kv" ? ` (${t("kvBasis")})` : ""}`)}
                    {cell(r.org.hasData ? fmt(r.org.aged60Plus, 0) : null)}
                    {cell(r.org.hasData ? fmt(r.org.exits5, 0) : null)}
                    {cell(r.org.hasData ? fmt(r.org.exits10, 0) : null)}
                    {cell(r.org.hasData ? fmt(r.org.practicesAtRisk, 0) : null)}
                    <td className="kern-table__cell">{r.org.selfCheck ?? noData}</td>
                    <td className="kern-table__cell">{r.org.topModel ? `${r.org.topModel} (${t("confidence", { level: r.org.confidence ?? "–" })})` : noData}</td>
                    <td className="kern-table__cell">{r.org.plan ?? noData}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{fmt(r.org.workshops)}</td>
                    <td className="kern-table__cell">
                      {r.org.source === "town-grant" ? t("sourceTown") : r.org.source === "county" ? t("sourceCounty") : noData}
                      {r.org.planningArea ? ` · ${t("inArea", { name: r.org.planningArea })}` : ""}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length < shown.length && allHref && (
        <p className="kern-body">
          <Link className="kern-link" href={allHref} data-testid="towns-all">
            {t("townsAll", { shown: listed.length, count: shown.length })}
          </Link>
        </p>
      )}
    </div>
  );
}
