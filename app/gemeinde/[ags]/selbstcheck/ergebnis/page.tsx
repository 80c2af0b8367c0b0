import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentResult } from "@/components/assessment/AssessmentResult";
import type { CaseStudyRef } from "@/lib/assessment/similar-cases";
import { getKnowledgeSnapshot } from "@/lib/db/knowledge-snapshot";
import { loadTown, persistenceFor } from "../load";

type Props = { params: Promise<{ ags: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await loadTown((await params).ags);
  const t = await getTranslations("assessment.result");
  return { title: town ? t("metaTitle", { name: town.name }) : "Gemeinde nicht gefunden" };
}

export default async function SelfCheckResultPage({ params }: Props) {
  const town = await loadTown((await params).ags);
  if (!town) notFound();
  const knowledge = await getKnowledgeSnapshot();
  /** What the result needs of the case studies (the full records stay on the server). */
  const caseRefs: CaseStudyRef[] = knowledge.caseStudies.map((c) => ({
    slug: c.slug,
    name: c.name,
    summary: c.summary,
    modelIds: c.modelIds,
    port: c.port,
  }));
  return (
    <AssessmentResult
      town={town}
      persistence={await persistenceFor(town.ags)}
      caseStudies={caseRefs}
      wizardHref={`/gemeinde/${town.ags}/selbstcheck`}
    />
  );
}
