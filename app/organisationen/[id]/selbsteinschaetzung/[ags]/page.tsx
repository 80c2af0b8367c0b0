import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentEditor } from "@/components/organisation/AssessmentEditor";
import { can } from "@/lib/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/auth/page";
import { getAssessment } from "@/lib/db/tenant/assessments";
import { getOrganisation } from "@/lib/db/tenant/organisations";
import { AgsSchema } from "@/lib/schemas/municipality";

type Props = { params: Promise<{ id: string; ags: string }> };

export const metadata: Metadata = { title: "Selbsteinschätzung" };

export default async function AssessmentPage({ params }: Props) {
  const { id, ags } = await params;
  if (!AgsSchema.safeParse(ags).success) notFound();
  const path = `/organisationen/${id}/selbsteinschaetzung/${ags}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("organisation");
  const loaded = await loadForPage(path, async () => [await getOrganisation(ctx, id), await getAssessment(ctx, id, ags)] as const);
  if (loaded === "forbidden") notFound();
  const [organisation, assessment] = loaded;
  const canEdit = can(ctx.caller, "assessment", assessment.exists ? "update" : "create", id);
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <section aria-labelledby="assessment-title" className="space-y-kern-space-default">
      <p className="kern-body">
        <Link href={`/organisationen/${id}`} className="kern-link">
          {organisation.name}
        </Link>
      </p>
      <h1 id="assessment-title" className="kern-heading-large">
        {t("assessmentTitle")}: {organisation.name}
      </h1>
      <p className="kern-body max-w-[48rem]">{t("assessmentLead")}</p>
      <p className="kern-body" data-testid="assessment-version">
        {assessment.exists ? t("assessmentVersion", { version: assessment.version }) : t("assessmentNone")}
        {assessment.updatedAt ? ` · ${t("assessmentUpdated", { date: date.format(assessment.updatedAt) })}` : ""}
      </p>
      <AssessmentEditor
        path={`/api/v1/organisations/${id}/assessments/${ags}`}
        stored={{ answers: (assessment.answers ?? {}) as Record<string, unknown>, status: assessment.status, version: assessment.version }}
        defaultName={organisation.name}
        canEdit={canEdit}
      />
    </section>
  );
}
