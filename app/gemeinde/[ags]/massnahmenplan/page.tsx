import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanPageGate } from "@/components/plan/PlanPageGate";
import { PlanPageBody } from "@/components/plan/PlanPageBody";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { loadPlanMunicipality, loadPlanPage } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await loadPlanMunicipality((await params).ags);
  const t = await getTranslations("plan");
  return { title: municipality ? t("metaTitle", { name: municipality.name }) : "Gemeinde nicht gefunden" };
}

/** Maßnahmenplan of a town for the organisation in use (the body, shared with a county's own plan: PlanPageBody). */
export default async function ActionPlanPage({ params, searchParams }: Props) {
  const municipality = await loadPlanMunicipality((await params).ags);
  if (!municipality) notFound();
  const query = await searchParams;
  const t = await getTranslations("plan");
  const here = `/gemeinde/${municipality.ags}/massnahmenplan`;
  const page = await loadPlanPage(municipality.ags, firstParam(query.org));

  const header = (
    <header className="space-y-kern-space-x-small">
      <p className="kern-body kern-body--muted">
        <Link className="kern-link" href={`/gemeinde/${municipality.ags}`}>
          {t("backToTown", { name: municipality.name })}
        </Link>
      </p>
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large">{t("title", { name: municipality.name })}</h1>
      <p className="kern-body kern-body--large max-w-[48rem]">{t("lead")}</p>
    </header>
  );

  if (page.kind !== "ok") {
    return <PlanPageGate header={header} page={page} here={here} placeName={municipality.name} noOrganisation={{ title: t("noOrgTitle"), text: t("noOrgText", { name: municipality.name }) }} />;
  }
  const scope = {
    key: municipality.ags,
    here,
    fundingAgs: municipality.ags,
    inhabitants: municipality.population,
    landName: municipality.land.name,
    resultHref: `/gemeinde/${municipality.ags}/selbstcheck/ergebnis`,
    supplyHref: `/gemeinde/${municipality.ags}/versorgung`,
  };
  return <PlanPageBody header={header} page={page} query={query} scope={scope} />;
}
