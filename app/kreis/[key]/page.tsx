import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { CountyCsvImport } from "@/components/county/CountyCsvImport";
import { PlanningAreas, type AreaRow } from "@/components/county/PlanningAreas";
import { TownTable } from "@/components/county/TownTable";
import { encodeTownRows, type TownRow } from "@/components/county/town-rows";
import { WaveChart } from "@/components/county/WaveChart";
import { getPageContext } from "@/lib/server/auth/page";
import { getPrisma } from "@/lib/server/db/client";
import { getKreisRegister, type KreisRegister } from "@/lib/server/db/county";
import { getCountyView, resolveCountyOrganisation, type CountyChoice, type CountyView } from "@/lib/server/db/tenant/county-view";
import { ConflictError } from "@/lib/server/db/tenant/errors";
import { SIZE_CLASSES, sizeClassOf, summariseWave } from "@/lib/domain/county";
import { KREIS_TYPE_LABELS, MUNICIPALITY_TYPE_LABELS, areaKm2, populationDensity } from "@/lib/domain/territory";
import { formatNumber } from "@/lib/domain/format/number";
import { IdSchema, KreisKeySchema } from "@/lib/domain/schemas/tenant";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ org?: string | string[]; alle?: string | string[] }> };

/**
 * A large Kreis (up to 234 towns) would otherwise send every town's card, wave row and table row: the first view shows
 * the most urgent towns, the largest waves and the first rows of the town table, `?alle=1` shows every town (a link
 * says how many more there are).
 */
const RANKING_FIRST = 20;
const WAVE_TABLE_FIRST = 20;
/** The town table renders its first 50 rows (sorting and filtering cover every town); most Kreise have fewer. */
const TOWN_TABLE_FIRST = 50;
/** The chart stacks the largest waves and one band for the other towns (the palette has ten distinct colours). */
const WAVE_CHART_TOWNS = 9;

/** The register of one Kreis, read once per request (metadata and page share it). */
const registerOf = cache(async (key: string): Promise<KreisRegister | null> => {
  const parsed = KreisKeySchema.safeParse(key);
  if (!parsed.success) return null;
  return getKreisRegister(await getPrisma(), parsed.data);
});

async function load(params: Props["params"]): Promise<KreisRegister | null> {
  return registerOf((await params).key);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = await load(params);
  const t = await getTranslations("county");
  return { title: register ? t("metaTitle", { name: register.kreis.name }) : "Kreis nicht gefunden" };
}

const pct = (share: number) => `${formatNumber(share * 100, { maximumFractionDigits: 1 })} %`;
const num = (x: number, digits = 1) => formatNumber(x, { maximumFractionDigits: digits });

/**
 * /kreis/{key}: every municipality of the Kreis from the register (public), the size-class comparison against the
 * Land and Germany (public), and for a signed-in member of a county organisation of this Kreis what it may see —
 * its own inventories and what towns granted it — with the ranking "Wo zuerst handeln", the retirement wave, the
 * planning areas and the county-wide CSV.
 */
export default async function KreisPage({ params, searchParams }: Props) {
  const register = await load(params);
  if (!register) notFound();
  const t = await getTranslations("county");
  const { kreis, municipalities, comparison } = register;
  const here = `/kreis/${kreis.key}`;
  const ctx = await getPageContext();
  const query = await searchParams;
  const orgParam = query.org;
  const showAll = query.alle === "1";
  const chosen = IdSchema.safeParse(Array.isArray(orgParam) ? orgParam[0] : orgParam);
  const scoped = { ...ctx, ...(chosen.success ? { organisationId: chosen.data } : {}) };

  let county: CountyChoice | null = null;
  let choices: CountyChoice[] | null = null;
  let view: CountyView | null = null;
  if (ctx.caller) {
    try {
      county = await resolveCountyOrganisation(scoped, kreis.key);
    } catch (error) {
      if (error instanceof ConflictError && error.details.reason === "choose_organisation") choices = error.details.candidates as CountyChoice[];
      else if (error instanceof Error && error.name === "AccessError") notFound();
      else throw error;
    }
    if (county) view = await getCountyView(scoped, { key: kreis.key, name: kreis.name, landName: kreis.landName }, municipalities, county);
  }

  const screeningOf = new Map(view?.screening.rows.map((r) => [r.ags, r]) ?? []);
  const rows: TownRow[] = municipalities.map((m) => {
    const s = screeningOf.get(m.ags);
    const town = view?.towns.get(m.ags);
    const supply = s?.supply ?? null;
    const hasData = supply?.hasData === true;
    return {
      ags: m.ags,
      name: m.name,
      population: m.population,
      areaKm2: areaKm2(m.areaHectares),
      density: populationDensity(m.population, m.areaHectares),
      typeLabel: MUNICIPALITY_TYPE_LABELS[m.typeCode] ?? String(m.typeCode),
      verbandName: m.verbandName,
      sizeClass: sizeClassOf(m.population),
      org:
        view && s && town
          ? {
              hasData,
              source: town.source,
              gps: hasData ? supply!.gpHeadcount : null,
              fte: hasData ? supply!.countedGps : null,
              versorgungsgrad: supply?.versorgungsgrad.value ?? null,
              versorgungsgradBasis: supply ? supply.versorgungsgrad.basis : null,
              aged60Plus: hasData ? supply!.gpsAged60Plus : null,
              exits5: hasData ? supply!.gpExitsWithin5Years : null,
              exits10: s.gpExitsWithin10Years,
              practicesAtRisk: hasData ? supply!.atRisk.filter((p) => p.kind === "gp-practice").length : null,
              urgency: s.urgency.level,
              urgencyRank: s.urgency.rank,
              selfCheck: town.selfCheck ? t(town.selfCheck.status === "COMPLETED" ? "selfCheckCompleted" : "selfCheckDraft") : null,
              topModel: s.verdict && (town.selfCheck || hasData) ? (s.verdict.topLabel ?? t("allExcluded")) : null,
              confidence: s.verdict ? s.verdict.confidence.level : null,
              plan: town.actionPlan ? t("planProgress", { done: town.actionPlan.done, items: town.actionPlan.items, inProgress: town.actionPlan.inProgress }) : null,
              workshops: town.workshopsHeld,
              planningArea: town.planningArea?.name ?? null,
              grantedOrgId: town.grantedBy?.organisationId ?? null,
            }
          : null,
    };
  });
  const nameOf = Object.fromEntries(municipalities.map((m) => [m.ags, m.name]));
  const wave = view?.screening.wave;
  const areas: AreaRow[] = (view?.areas ?? []).map((a) => ({
    id: a.area.id,
    name: a.area.name,
    version: a.area.version,
    towns: a.area.towns,
    kvVersorgungsgrad: a.area.kvVersorgungsgrad,
    kvVerhaeltniszahl: a.area.kvVerhaeltniszahl,
    kvSource: a.area.kvSource,
    kvPublishedAt: a.area.kvPublishedAt,
    inhabitants: a.inhabitants,
    versorgungsgrad: a.supply?.versorgungsgrad.value ?? null,
    gps: a.supply?.hasData ? a.supply.gpHeadcount : null,
    fte: a.supply?.hasData ? a.supply.countedGps : null,
  }));
  const ranked = view?.screening.rows ?? [];
  const known = ranked.filter((r) => r.urgency.level !== "unbekannt");
  const knownShown = showAll ? known : known.slice(0, RANKING_FIRST);
  const waveTable = wave ? summariseWave(wave, showAll ? wave.towns.length : WAVE_TABLE_FIRST) : null;
  const waveChart = wave ? summariseWave(wave, WAVE_CHART_TOWNS) : null;
  const restLabel = (count: number) => t("waveRest", { count });
  const allHref = `${here}?${new URLSearchParams({ ...(chosen.success ? { org: chosen.data } : {}), alle: "1" }).toString()}`;
  const unknown = ranked.filter((r) => r.urgency.level === "unbekannt");

  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-x-small">
        <p className="kern-body kern-body--muted">{kreis.landName}</p>
        <h1 className="kern-heading-large">{t("title", { name: kreis.name, type: KREIS_TYPE_LABELS[kreis.typeCode] ?? "" })}</h1>
        <p className="kern-body kern-body--large max-w-[48rem]">
          {t("lead", { count: comparison.kreis.municipalities, population: num(comparison.kreis.population, 0), seat: kreis.seat })}
        </p>
      </header>

      {!ctx.caller && (
        <p className="kern-alert kern-alert--info p-kern-space-small max-w-[48rem]">
          {t("signInHint")}{" "}
          <Link className="kern-link" href={`/anmelden?next=${encodeURIComponent(here)}`}>{t("signIn")}</Link>
        </p>
      )}
      {ctx.caller && !county && !choices && <p className="kern-alert kern-alert--info p-kern-space-small max-w-[48rem]" data-testid="no-county-org">{t("noCountyOrg")}</p>}
      {choices && (
        <section aria-labelledby="choose-title" className="kern-card max-w-[48rem]" data-testid="choose-county">
          <div className="p-kern-space-large space-y-kern-space-small">
            <h2 id="choose-title" className="kern-heading-medium">{t("chooseTitle")}</h2>
            <ul className="list-disc pl-kern-space-large">
              {choices.map((c) => (
                <li key={c.organisationId}>
                  <Link className="kern-link" href={`${here}?org=${encodeURIComponent(c.organisationId)}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {view && (
        <p className="kern-body" data-testid="county-org">
          {t("orgNote", { organisation: view.organisation.name })}{" "}
          <Link className="kern-link" href={`${here}/massnahmenplan?org=${encodeURIComponent(view.organisation.organisationId)}`} data-testid="county-plan-link">
            {t("planLink")}
          </Link>
        </p>
      )}

      {view && (
        <section aria-labelledby="ranking-title" className="space-y-kern-space-default" data-testid="ranking">
          <h2 id="ranking-title" className="kern-heading-medium">{t("rankingTitle")}</h2>
          <p className="kern-body max-w-[48rem]">{t("rankingLead")}</p>
          {known.length === 0 ? (
            <p className="kern-body" data-testid="ranking-empty">{t("rankingEmpty")}</p>
          ) : (
            <ol className="space-y-kern-space-small list-none p-0 m-0">
              {knownShown.map((r) => (
                <li key={r.ags} className="kern-card" data-testid={`rank-${r.ags}`}>
                  <div className="p-kern-space-default space-y-kern-space-x-small w-full">
                    <h3 className="kern-heading-small">
                      {t("rankItem", { rank: r.urgency.rank, name: r.name, level: t(`level.${r.urgency.level}`) })}
                    </h3>
                    <ul className="list-disc pl-kern-space-large kern-body">
                      {r.urgency.reasons_de.map((reason, i) => (
                        <li key={i}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {knownShown.length < known.length && (
            <p className="kern-body">
              <Link className="kern-link" href={`${allHref}#ranking-title`} data-testid="ranking-all">
                {t("rankingAll", { shown: knownShown.length, count: known.length })}
              </Link>
            </p>
          )}
          {unknown.length > 0 && (
            <details>
              <summary className="kern-link cursor-pointer min-h-[44px]">{t("rankingUnknown", { count: unknown.length })}</summary>
              <p className="kern-body">{unknown.map((r) => r.name).join(", ")}</p>
            </details>
          )}
          <details>
            <summary className="kern-link cursor-pointer min-h-[44px]">{t("thresholdsTitle")}</summary>
            <ul className="list-disc pl-kern-space-large kern-body">
              {view.screening.criteria.map((c) => (
                <li key={c.id}>
                  <strong>{c.label_de}</strong>: {t("thresholdHigh")} – {c.highBasis.text_de} {t("thresholdMedium")} – {c.mediumBasis.text_de}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}

      {view && wave && (
        <section aria-labelledby="wave-title" className="space-y-kern-space-default">
          <h2 id="wave-title" className="kern-heading-medium">{t("waveTitle")}</h2>
          <p className="kern-body max-w-[48rem]">{t("waveLead")}</p>
          {wave.towns.length === 0 || !waveTable || !waveChart ? (
            <p className="kern-body" data-testid="wave-empty">{t("waveEmpty")}</p>
          ) : (
            <>
              <WaveChart
                years={wave.years}
                towns={[
                  ...waveChart.towns.map((w) => ({ ags: w.ags, name: w.name, fteByYear: w.fteByYear })),
                  ...(waveChart.rest ? [{ ags: "rest", name: restLabel(waveChart.rest.count), fteByYear: waveChart.rest.fteByYear }] : []),
                ]}
                title={t("waveChartLabel", { total: num(wave.total, 2) })}
              />
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("waveTableTitle")}>
                <table className="kern-table" data-testid="wave-table">
                  <caption className="kern-title text-left">{t("waveTableTitle")}</caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">{t("colName")}</th>
                      {wave.years.map((y) => (
                        <th key={y} scope="col" className="kern-table__header kern-table__header--numeric">{y}</th>
                      ))}
                      <th scope="col" className="kern-table__header kern-table__header--numeric">{t("waveTotal")}</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {waveTable.towns.map((w) => (
                      <tr key={w.ags} className="kern-table__row">
                        <th scope="row" className="kern-table__header">{w.name}</th>
                        {w.fteByYear.map((x, i) => (
                          <td key={i} className="kern-table__cell kern-table__cell--numeric">{num(x, 2)}</td>
                        ))}
                        <td className="kern-table__cell kern-table__cell--numeric">{num(w.total, 2)}</td>
                      </tr>
                    ))}
                    {waveTable.rest && (
                      <tr className="kern-table__row" data-testid="wave-rest">
                        <th scope="row" className="kern-table__header">{restLabel(waveTable.rest.count)}</th>
                        {waveTable.rest.fteByYear.map((x, i) => (
                          <td key={i} className="kern-table__cell kern-table__cell--numeric">{num(x, 2)}</td>
                        ))}
                        <td className="kern-table__cell kern-table__cell--numeric">{num(waveTable.rest.total, 2)}</td>
                      </tr>
                    )}
                    <tr className="kern-table__row">
                      <th scope="row" className="kern-table__header">{t("waveTotal")}</th>
                      {wave.totalByYear.map((x, i) => (
                        <td key={i} className="kern-table__cell kern-table__cell--numeric">{num(x, 2)}</td>
                      ))}
                      <td className="kern-table__cell kern-table__cell--numeric">{num(wave.total, 2)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
              {!showAll && waveTable.rest && waveTable.rest.total > 0 && (
                <p className="kern-body">
                  <Link className="kern-link" href={`${allHref}#wave-title`} data-testid="wave-all">
                    {t("waveAll")}
                  </Link>
                </p>
              )}
              {wave.unknownExitFte > 0 && <p className="kern-body">{t("waveUnknown", { fte: num(wave.unknownExitFte, 2) })}</p>}
            </>
          )}
        </section>
      )}

      <section aria-labelledby="towns-title" className="space-y-kern-space-default">
        <h2 id="towns-title" className="kern-heading-medium">{t("townsTitle")}</h2>
        {view && <p className="kern-body max-w-[48rem]">{t("townsOrgLead")}</p>}
        <TownTable
          rows={encodeTownRows(rows)}
          showOrg={view !== null}
          sizeClasses={SIZE_CLASSES.map((c) => ({ id: c.id, label: c.label_de }))}
          limit={showAll ? null : TOWN_TABLE_FIRST}
          allHref={`${allHref}#towns-title`}
        />
        <p className="kern-body kern-body--small">{t("registerSource")}</p>
      </section>

      {view && (
        <section aria-labelledby="areas-title" className="space-y-kern-space-default">
          <h2 id="areas-title" className="kern-heading-medium">{t("areasTitle")}</h2>
          <p className="kern-body max-w-[48rem]">{t("areasLead")}</p>
          <PlanningAreas orgId={view.organisation.organisationId} towns={municipalities.map((m) => ({ ags: m.ags, name: m.name }))} areas={areas} canEdit={view.canEdit} />
        </section>
      )}

      {view && (
        <section aria-labelledby="csv-title" className="space-y-kern-space-default">
          <h2 id="csv-title" className="kern-heading-medium">{t("csvTitle")}</h2>
          <CountyCsvImport orgId={view.organisation.organisationId} townNames={nameOf} canEdit={view.canEdit} />
        </section>
      )}

      <section aria-labelledby="compare-title" className="space-y-kern-space-default">
        <h2 id="compare-title" className="kern-heading-medium">{t("compareTitle")}</h2>
        <p className="kern-body max-w-[48rem]">{t("compareLead")}</p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("compareTitle")}>
          <table className="kern-table" data-testid="size-comparison">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("sizeClass")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{kreis.name}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{kreis.landName}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("germany")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {comparison.kreis.classes.map((c, i) => (
                <tr key={c.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{c.label_de}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{t("countShare", { count: c.count, share: pct(c.share) })}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{t("countShare", { count: comparison.land.classes[i]!.count, share: pct(comparison.land.classes[i]!.share) })}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{t("countShare", { count: comparison.germany.classes[i]!.count, share: pct(comparison.germany.classes[i]!.share) })}</td>
                </tr>
              ))}
              <tr className="kern-table__row">
                <th scope="row" className="kern-table__header">{t("medianPopulation")}</th>
                {[comparison.kreis, comparison.land, comparison.germany].map((d, i) => (
                  <td key={i} className="kern-table__cell kern-table__cell--numeric">{d.medianPopulation === null ? t("noData") : num(d.medianPopulation, 0)}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <p className="kern-body kern-body--small">{t("compareNote")}</p>
      </section>

      <p className="kern-body kern-body--small max-w-[48rem]" data-testid="no-map">{t("noMap")}</p>
    </article>
  );
}
