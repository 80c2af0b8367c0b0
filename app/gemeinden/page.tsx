import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MunicipalitySearch } from "@/components/MunicipalitySearch";
import { getPrisma } from "@/lib/server/db/client";
import { searchCounties, searchMunicipalities } from "@/lib/server/db/municipalities";
import { countyHref, MUNICIPALITY_DESTINATIONS, municipalityHref } from "@/lib/domain/links";
import { MunicipalitySearchQuerySchema } from "@/lib/domain/schemas/municipality";
import { formatNumber } from "@/lib/domain/format/number";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("search");
  const params = await searchParams;
  const raw = typeof params.q === "string" ? params.q : "";
  const parsed = MunicipalitySearchQuerySchema.safeParse({ q: raw, limit: 25 });
  const destination = z.enum(MUNICIPALITY_DESTINATIONS).optional().catch(undefined).parse(params.ziel);
  const prisma = parsed.success ? await getPrisma() : null;
  const [hits, counties] =
    parsed.success && prisma
      ? await Promise.all([searchMunicipalities(prisma, parsed.data.q, parsed.data.limit), searchCounties(prisma, parsed.data.q, 10)])
      : [null, []];

  return (
    <div className="space-y-kern-space-x-large">
      <h1 className="kern-heading-large">{t("title")}</h1>
      {destination && <p className="kern-body">{t(destination === "selbstcheck" ? "destinationAssessment" : "destinationComparison")}</p>}
      <MunicipalitySearch initialQuery={raw} autoFocus={!raw} destination={destination} />
      {raw && !parsed.success && (
        <p className="kern-alert kern-alert--danger p-kern-space-default" role="alert">
          {parsed.error.issues[0]?.message}
        </p>
      )}
      {hits && (
        <section aria-labelledby="results-title" className="space-y-kern-space-small">
          <h2 id="results-title" className="kern-heading-medium">
            {t("resultsFor", { query: raw })}
          </h2>
          <p className="kern-body">{t("resultsCount", { count: hits.length + counties.length })}</p>
          {counties.length > 0 && (
            <div className="space-y-kern-space-x-small">
              <h3 className="kern-heading-small">{t("countiesResults")}</h3>
              <ul className="list-none m-0 p-0 divide-y divide-kern-layout-border" data-testid="county-results">
                {counties.map((county) => (
                  <li key={county.key} className="py-kern-space-small">
                    <Link href={countyHref(county.key)} className="kern-link font-semibold" prefetch={false}>
                      {t("countyHit", { name: county.name, type: county.typeLabel })}
                    </Link>
                    <span className="block kern-body--small">
                      {county.landName} · {t("countyKey", { key: county.key })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {hits.length + counties.length === 0 ? (
            <p className="kern-alert kern-alert--info p-kern-space-default">{t("noResults")}</p>
          ) : (
            hits.length > 0 && (
            <ul className="list-none m-0 p-0 divide-y divide-kern-layout-border" data-testid="search-results">
              {hits.map((hit) => (
                <li key={hit.ags} className="py-kern-space-small">
                  <Link href={municipalityHref(hit.ags, destination)} className="kern-link font-semibold">
                    {hit.officialName}
                  </Link>
                  <span className="block kern-body--small">
                    {hit.kreisName ? t("inKreis", { kreis: hit.kreisName, land: hit.landName }) : hit.landName} · AGS {hit.ags} ·{" "}
                    {formatNumber(hit.population)} Einw.
                  </span>
                </li>
              ))}
            </ul>
            )
          )}
        </section>
      )}
    </div>
  );
}
