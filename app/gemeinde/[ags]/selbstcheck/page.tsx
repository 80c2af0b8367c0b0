import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentWizard } from "@/components/assessment/AssessmentWizard";
import { OrganisationChooser } from "@/components/organisation/OrganisationChooser";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { catalogueView } from "@/lib/domain/assessment/catalogue-view";
import { getAssessmentQuestions } from "@/lib/server/db/knowledge-snapshot";
import { loadTown, persistenceFor, supplyPrefillFor } from "./load";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await loadTown((await params).ags);
  const t = await getTranslations("assessment.wizard");
  return { title: town ? t("metaTitle", { name: town.name }) : "Gemeinde nicht gefunden" };
}

export default async function SelfCheckPage({ params, searchParams }: Props) {
  // The question texts are the current knowledge snapshot's (cached per version); read beside the town.
  const [town, questions] = await Promise.all([loadTown((await params).ags), getAssessmentQuestions()]);
  if (!town) notFound();
  const persistence = await persistenceFor(town.ags, firstParam((await searchParams).org));
  const t = await getTranslations("assessment.wizard");
  if (persistence.kind === "choose") {
    return (
      <div className="space-y-kern-space-large">
        <h1 className="kern-heading-x-large">{t("metaTitle", { name: town.name })}</h1>
        <OrganisationChooser townName={town.name} candidates={persistence.candidates} basePath={`/gemeinde/${town.ags}/selbstcheck`} />
      </div>
    );
  }
  const org = persistence.kind === "server" ? `?org=${encodeURIComponent(persistence.orgId)}` : "";
  return (
    <AssessmentWizard
      town={town}
      catalogue={catalogueView(questions)}
      persistence={persistence}
      prefill={await supplyPrefillFor(town.ags, persistence)}
      townHref={`/gemeinde/${town.ags}`}
      resultHref={`/gemeinde/${town.ags}/selbstcheck/ergebnis${org}`}
      supplyHref={`/gemeinde/${town.ags}/versorgung${org}`}
    />
  );
}
