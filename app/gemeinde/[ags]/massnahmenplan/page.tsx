import type { Metadata } from "next";
import { NoOrganisationNotice } from "@/components/organisation/NoOrganisationNotice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationChooser } from "@/components/organisation/OrganisationChooser";
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

  if (page.kind === "signed-out") {
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <section aria-labelledby="signin-title" className="kern-card max-w-[48rem]">
          <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
            <h2 id="signin-title" className="kern-heading-medium">
              {t("signInTitle")}
            </h2>
            <p className="kern-body">{t("signInText")}</p>
            <p>
              <Link className="kern-btn kern-btn--primary" href={`/anmelden?next=${encodeURIComponent(here)}`}>
                <span className="kern-label">{t("signInLink")}</span>
              </Link>
            </p>
          </div>
        </section>
      </article>
    );
  }
  if (page.kind === "choose") {
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <OrganisationChooser townName={municipality.name} candidates={page.candidates} basePath={here} />
      </article>
    );
  }
  if (page.kind === "none") {
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <NoOrganisationNotice title={t("noOrgTitle")} text={t("noOrgText", { name: municipality.name })} linkText={t("noOrgLink")} />
      </article>
    );
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
