import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db/client";
import { getMunicipality } from "@/lib/db/municipalities";
import { KREIS_TYPE_LABELS, MUNICIPALITY_TYPE_LABELS, areaKm2, isUnincorporated, populationDensity } from "@/lib/domain/territory";
import { countyHref } from "@/lib/links";
import { AgsSchema } from "@/lib/schemas/municipality";

type Props = { params: Promise<{ ags: string }> };

async function load(params: Props["params"]) {
  const parsed = AgsSchema.safeParse((await params).ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await load(params);
  return { title: municipality ? municipality.officialName : "Gemeinde nicht gefunden" };
}

export default async function MunicipalityPage({ params }: Props) {
  const municipality = await load(params);
  if (!municipality) notFound();
  const t = await getTranslations("municipality");
  const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
  const density = populationDensity(municipality.population, municipality.areaHectares);
  const referenceDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(municipality.referenceDate);
  const facts: Array<[string, React.ReactNode]> = [
    [t("population"), <span key="p" data-testid="population">{number.format(municipality.population)}</span>],
    [t("area"), `${number.format(areaKm2(municipality.areaHectares))} km²`],
    [t("density"), density === null ? "–" : `${number.format(density)} ${t("densityUnit")}`],
    [
      t("kreis"),
      municipality.kreis ? (
        <Link key="k" href={countyHref(municipality.kreis.key)} className="kern-link" prefetch={false}>
          {`${municipality.kreis.name} (${KREIS_TYPE_LABELS[municipality.kreis.typeCode] ?? municipality.kreis.typeCode})`}
        </Link>
      ) : (
        "–"
      ),
    ],
    [t("land"), municipality.land.name],
    [t("verband"), municipality.verband.name],
    [t("type"), MUNICIPALITY_TYPE_LABELS[municipality.typeCode] ?? String(municipality.typeCode)],
    [
      t("postcode"),
      municipality.postcode ? `${municipality.postcode}${municipality.hasSeveralPostcodes ? ` (${t("severalPostcodes")})` : ""}` : "–",
    ],
    [t("ags"), municipality.ags],
    [t("referenceDate"), referenceDate],
  ];
  const tools = [
    { title: t("toolAssessment"), text: t("toolAssessmentText", { name: municipality.name }), href: `/gemeinde/${municipality.ags}/selbstcheck` as string | null },
    { title: t("toolSupply"), text: t("toolSupplyText"), href: `/gemeinde/${municipality.ags}/versorgung` as string | null },
    { title: t("toolComparison"), text: t("toolComparisonText"), href: `/gemeinde/${municipality.ags}/vergleich` as string | null },
  ];

  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-x-small">
        <p className="kern-body kern-body--muted">
          {municipality.kreis ? `${municipality.kreis.name}, ` : ""}
          {municipality.land.name}
        </p>
        <h1 className="kern-heading-large">{municipality.officialName}</h1>
        {isUnincorporated(municipality.typeCode) && <p className="kern-badge kern-badge--warning">{t("unincorporated")}</p>}
      </header>

      <section aria-labelledby="facts-title" className="space-y-kern-space-small">
        <h2 id="facts-title" className="kern-heading-medium">
          {t("facts")}
        </h2>
        <dl className="grid gap-x-kern-space-x-large gap-y-kern-space-small sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="kern-body kern-body--small">{t("populationDate")}.</p>
      </section>

      <section aria-labelledby="tools-title" className="space-y-kern-space-default no-print">
        <h2 id="tools-title" className="kern-heading-medium">
          {t("toolsTitle", { name: municipality.name })}
        </h2>
        <ul className="grid gap-kern-space-large md:grid-cols-3 list-none m-0 p-0">
          {tools.map((tool) => (
            <li key={tool.title} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
              <h3 className="kern-heading-small">
                {tool.href ? (
                  <Link className="kern-link" href={tool.href}>
                    {tool.title}
                  </Link>
                ) : (
                  tool.title
                )}
              </h3>
              <p className="kern-body">{tool.text}</p>
              {!tool.href && <p className="kern-badge kern-badge--info">{t("notAvailableYet")}</p>}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
