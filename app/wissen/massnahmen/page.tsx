import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { issuesOf } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { listMeasures, listSources, measureFacets } from "@/lib/server/db/knowledge";
import { MEASURE_FIELDS, SECTORS } from "@/lib/knowledge/measures";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { formatNumber } from "@/lib/domain/format/number";
import { MEASURE_CATALOGUES, firstValues, measureFilterSchema, measureTags, type MeasureFilter } from "@/lib/knowledge/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("measuresTitle") };
}

/** Measures per page. */
const PAGE_SIZE = 12;

export default async function MeasuresPage({ searchParams }: Props) {
  const t = await getTranslations("knowledge");
  const tp = await getTranslations("presentation.paging");
  // The page number is not a filter: read it apart, so a filtered list keeps its filters from page to page.
  const { seite, ...raw } = firstValues(await searchParams);
  const prisma = await getPrisma();
  const knowledge = await getKnowledgeSnapshot(undefined, prisma);
  const tags = measureTags(knowledge.measures);
  const parsed = measureFilterSchema(tags).safeParse(raw);
  const filter: MeasureFilter = parsed.success ? parsed.data : {};
  const errors = parsed.success ? [] : issuesOf(parsed.error);
  const [measures, facets, sources] = await Promise.all([listMeasures(prisma, filter), measureFacets(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  const active = Object.values(filter).some((v) => v !== undefined);
  // Paged on the server (a long list on a phone is tens of thousands of pixels): PAGE_SIZE per page.
  const pages = Math.max(1, Math.ceil(measures.length / PAGE_SIZE));
  const requested = Number.parseInt(typeof seite === "string" ? seite : "1", 10);
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, requested), pages) : 1;
  const shown = measures.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageHref = (n: number) => {
    const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));
    if (n > 1) query.set("seite", String(n));
    const text = query.toString();
    return `/wissen/massnahmen${text ? `?${text}` : ""}`;
  };

  const select = (name: "field" | "sector" | "tag" | "catalogue", options: readonly string[], counts: Record<string, number>, label?: (v: string) => string) => (
    <div className="kern-form-input space-y-kern-space-x-small">
      <label className="kern-label" htmlFor={`filter-${name}`}>
        {t(`filter.${name}`)}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={`filter-${name}`}
          name={name}
          className="kern-form-input__select"
          defaultValue={filter[name] ?? ""}
          aria-describedby={errors.some((e) => e.path === name) ? "filter-errors" : undefined}
        >
          <option value="">{t("filterAll")}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {label ? label(o) : o}
              {counts[o] !== undefined ? ` (${counts[o]})` : ""}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <div className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("measuresTitle")}</h1>
        <p className="kern-body kern-body--large">{t("measuresLead", { total: facets.total })}</p>
      </header>

      <section aria-labelledby="filter-titel" className="space-y-kern-space-default no-print">
        <h2 id="filter-titel" className="kern-heading-medium">
          {t("filterTitle")}
        </h2>
        {errors.length > 0 && (
          <div id="filter-errors" className="kern-alert kern-alert--danger" role="alert">
            <div className="kern-alert__body">
              <p className="kern-body font-semibold">{t("filterInvalid")}</p>
              <ul className="kern-body list-disc pl-kern-space-large">
                {errors.map((e) => (
                  <li key={e.path}>{e.message}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <form method="get" action="/wissen/massnahmen" className="space-y-kern-space-default" role="search" aria-label={t("filterTitle")}>
          <div className="grid gap-kern-space-default md:grid-cols-2 lg:grid-cols-3">
            {select("field", MEASURE_FIELDS, facets.fields)}
            {select("sector", SECTORS, facets.sectors)}
            {select("tag", tags, facets.tags)}
            {select("catalogue", MEASURE_CATALOGUES, facets.catalogues, (v) => t(`catalogue.${v}`))}
            <div className="kern-form-input space-y-kern-space-x-small">
              <label className="kern-label" htmlFor="filter-q">
                {t("filter.q")}
              </label>
              <input id="filter-q" name="q" type="search" className="kern-form-input__input" defaultValue={filter.q ?? ""} />
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-kern-space-default">
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("filterSubmit")}</span>
            </button>
            {active && (
              <Link className="kern-link" href="/wissen/massnahmen">
                {t("filterReset")}
              </Link>
            )}
          </div>
        </form>
      </section>

      <section aria-labelledby="ergebnisse" className="space-y-kern-space-default">
        <h2 id="ergebnisse" className="kern-heading-medium">
          {t("resultsTitle")}
        </h2>
        <p className="kern-body" role="status" data-testid="measure-count">
          {t("resultsCount", { count: measures.length, total: facets.total })}
        </p>
        <ul className="grid gap-kern-space-large md:grid-cols-2 list-none m-0 p-0" data-testid="measure-results">
          {shown.map((m) => (
            <li key={m.slug} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                <h3 className="kern-heading-small">
                  <Link className="kern-link" href={`/wissen/massnahmen/${m.slug}`}>
                    {m.title}
                  </Link>
                </h3>
                <p className="kern-body kern-body--small kern-body--muted">
                  {m.field} · {m.sectors.join(", ")} · {t(`catalogue.${m.catalogue}`)}
                </p>
                <p className="kern-body">
                  {m.summary}
                  {notes.cite(m.citations)}
                </p>
                {m.tags.length > 0 && (
                  <ul className="flex flex-wrap gap-kern-space-x-small list-none m-0 p-0" aria-label={t("tags")}>
                    {m.tags.map((tag) => (
                      <li key={tag}>
                        <Link className="kern-link kern-body--small" href={`/wissen/massnahmen?tag=${encodeURIComponent(tag)}`}>
                          #{tag}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
        {pages > 1 && (
          <nav aria-label={tp("pagingLabel")} className="flex flex-wrap items-center gap-kern-space-default no-print" data-testid="measure-paging">
            <p className="kern-body m-0">
              {tp("pageOf", { page: formatNumber(page), pages: formatNumber(pages), from: formatNumber((page - 1) * PAGE_SIZE + 1), to: formatNumber((page - 1) * PAGE_SIZE + shown.length) })}
            </p>
            {page > 1 && (
              <Link className="kern-btn kern-btn--secondary" href={pageHref(page - 1)} rel="prev">
                <span className="kern-label">{tp("previous")}</span>
              </Link>
            )}
            {page < pages && (
              <Link className="kern-btn kern-btn--primary" href={pageHref(page + 1)} rel="next">
                <span className="kern-label">{tp("more", { count: Math.min(PAGE_SIZE, measures.length - page * PAGE_SIZE), value: formatNumber(Math.min(PAGE_SIZE, measures.length - page * PAGE_SIZE)) })}</span>
              </Link>
            )}
          </nav>
        )}
      </section>
      <FootnoteList notes={notes} />
    </div>
  );
}
