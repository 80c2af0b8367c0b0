import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/server/db/client";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { KREIS_TYPE_LABELS, MUNICIPALITY_TYPE_LABELS, areaKm2, isUnincorporated, populationDensity } from "@/lib/domain/territory";
import { countyHref } from "@/lib/domain/links";
import { AgsSchema } from "@/lib/domain/schemas/municipality";
import { PlanStateNote } from "@/components/plan/PlanStateNote";
import { formatNumber } from "@/lib/domain/format/number";
import { ReportDownload } from "@/components/report/ReportDownload";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { persistenceFor } from "./selbstcheck/load";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const parsed = AgsSchema.safeParse((await params).ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await load(params);
  return { title: municipality ? municipality.officialName : "Gemeinde nicht gefunden" };
}

export default async function MunicipalityPage({ params, searchParams }: Props) {
  const municipality = await load(params);
  if (!municipality) notFound();
  // The report of the organisation in use, for a signed-in member or granted county (nobody else sees the box).
  const inUse = await persistenceFor(municipality.ags, firstParam((await searchParams).org));
  const t = await getTranslations("municipality");
  const tPlan = await getTranslations("plan");
  const density = populationDensity(municipality.population, municipality.areaHectares);
  const referenceDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(municipality.referenceDate);
  const facts: Array<[string, React.ReactNode]> = [
    [t("population"), <span key="p" data-testid="population">{formatNumber(municipality.population)}</span>],
    [t("area"), `${formatNumber(areaKm2(municipality.areaHectares), { maximumFractionDigits: 1 })} km²`],
    [t("density"), density === null ? "–" : `${formatNumber(density, { maximumFractionDigits: 1 })} ${t("densityUnit")}`],
    [
      t("kreis"),
      municipality.kreis ? (
        <Link key="k" href={countyHref(municipality.kreis.key)} className="kern-link" data-testid="kreis-link">
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
    // Issue 15: the action plan, with its state for the caller's organisations.
    { title: tPlan("townStateTitle"), text: tPlan("townStateText"), href: `/gemeinde/${municipality.ags}/massnahmenplan` as string | null, extra: <PlanStateNote municipality={municipality} /> },
  ] as Array<{ title: string; text: string; href: string | null; extra?: React.ReactNode }>;

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
              {tool.extra}
              {!tool.href && <p className="kern-badge kern-badge--info">{t("notAvailableYet")}</p>}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {inUse.kind === "server" && <ReportDownload ags={municipality.ags} orgId={inUse.orgId} orgName={inUse.orgName} showPackage={!inUse.readOnly} />}
    </article>
  );
}
