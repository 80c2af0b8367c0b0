import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentWizard } from "@/components/assessment/AssessmentWizard";
import { loadTown, persistenceFor, supplyPrefillFor } from "./load";

type Props = { params: Promise<{ ags: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await loadTown((await params).ags);
  const t = await getTranslations("assessment.wizard");
  return { title: town ? t("metaTitle", { name: town.name }) : "Gemeinde nicht gefunden" };
}

export default async function SelfCheckPage({ params }: Props) {
  const town = await loadTown((await params).ags);
  if (!town) notFound();
  const persistence = await persistenceFor(town.ags);
  return (
    <AssessmentWizard
      town={town}
      persistence={persistence}
      prefill={await supplyPrefillFor(town.ags, persistence)}
      townHref={`/gemeinde/${town.ags}`}
      resultHref={`/gemeinde/${town.ags}/selbstcheck/ergebnis`}
      supplyHref={`/gemeinde/${town.ags}/versorgung`}
    />
  );
}
