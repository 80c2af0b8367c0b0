import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentStatusForm } from "@/components/organisation/AssessmentStatusForm";
import { answeredCount, answersSchemaVersion, parseAnswers, sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { ASSESSMENT_SCHEMA_VERSION } from "@/lib/domain/assessment/input";
import { ASKED_FIELDS } from "@/lib/domain/assessment/fields";
import { townFactsOf } from "@/lib/server/use-cases/town-facts";
import { can } from "@/lib/server/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { getAssessment } from "@/lib/server/db/tenant/assessments";
import { getOrganisation } from "@/lib/server/db/tenant/organisations";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { evaluateAssessment } from "@/lib/domain/recommendation/evaluate";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

type Props = { params: Promise<{ id: string; ags: string }>; searchParams: Promise<{ neu?: string | string[] }> };

export const metadata: Metadata = { title: "Selbsteinschätzung" };

/**
 * The organisation's saved self-assessment of one town: status, version, last change and a short summary (answered
 * questions, the top model if the answers can be evaluated). The answers themselves are edited (or, read-only, viewed)
 * in the wizard; editors set the status here.
 */
export default async function AssessmentPage({ params, searchParams }: Props) {
  const { id, ags } = await params;
  if (!AgsSchema.safeParse(ags).success) notFound();
  const path = `/organisationen/${id}/selbsteinschaetzung/${ags}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("organisation");
  const tEngine = await getTranslations("engine");
  const loaded = await loadForPage(path, async () => [await getOrganisation(ctx, id), await getAssessment(ctx, id, ags)] as const);
  if (loaded === "forbidden") notFound();
  const [organisation, assessment] = loaded;
  const municipality = await getMunicipality(ctx.prisma, ags);
  if (!municipality) notFound();
  const town = townFactsOf(municipality);

  const answers = sanitizeAnswers(assessment.answers);
  // Answers of an older questionnaire version are migrated on read (new questions open, contradictions dropped).
  const answersVersion = assessment.exists ? answersSchemaVersion(assessment.answers) : ASSESSMENT_SCHEMA_VERSION;
  const answered = answeredCount(answers);
  const parsed = assessment.exists && answered > 0 ? parseAnswers(answers, town) : null;
  // A result computed with an older knowledge version is shown with that version (older snapshots stay stored)
  // and says so; "neu=1" recomputes with the current one.
  const current = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const storedVersion = assessment.ruleSetVersion;
  const outdated = storedVersion !== null && storedVersion !== current.version;
  const recompute = (await searchParams).neu === "1";
  const knowledge = outdated && !recompute ? await getKnowledgeSnapshot(storedVersion, ctx.prisma).catch(() => current) : current;
  const recommendation = parsed ? evaluateAssessment(parsed, knowledge, { whatWouldChange: false }) : null;
  const canEdit = assessment.exists && can(ctx.caller, "assessment", "update", id);
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  const wizardHref = `/gemeinde/${ags}/selbstcheck`;

  return (
    <section aria-labelledby="assessment-title" className="flex flex-col gap-kern-space-large max-w-[48rem]">
      <p className="kern-body">
        <Link href={`/organisationen/${id}`} className="kern-link">
          {organisation.name}
        </Link>
      </p>
      <h1 id="assessment-title" className="kern-heading-large">
        {t("assessmentTitle")}: {town.name}
      </h1>
      <p className="kern-body">{t("assessmentLead", { organisation: organisation.name })}</p>

      <div className="kern-card" data-testid="assessment-summary">
        <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
          <h2 className="kern-heading-small">{t("assessmentSummaryTitle")}</h2>
          {assessment.exists ? (
            <dl className="grid gap-x-kern-space-x-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr] m-0">
              <dt className="font-semibold">{t("assessmentStatus")}</dt>
              <dd className="m-0" data-testid="assessment-status">
                {t(`status${assessment.status}`)}
              </dd>
              <dt className="font-semibold">{t("assessmentVersionLabel")}</dt>
              <dd className="m-0" data-testid="assessment-version">
                {t("assessmentVersion", { version: assessment.version })}
              </dd>
              <dt className="font-semibold">{t("assessmentUpdatedLabel")}</dt>
              <dd className="m-0">{assessment.updatedAt ? date.format(assessment.updatedAt) : "–"}</dd>
              <dt className="font-semibold">{t("assessmentAnsweredLabel")}</dt>
              <dd className="m-0" data-testid="assessment-answered">
                {t("assessmentAnswered", { answered, total: ASKED_FIELDS.length })}
              </dd>
              <dt className="font-semibold">{t("assessmentTopLabel")}</dt>
              <dd className="m-0" data-testid="assessment-top">
                {recommendation
                  ? (recommendation.topLabel ?? t("assessmentTopNone"))
                  : answered === 0
                    ? t("assessmentTopNoAnswers")
                    : t("assessmentTopInvalid")}
              </dd>
              <dt className="font-semibold">{t("assessmentKnowledgeLabel")}</dt>
              <dd className="m-0" data-testid="assessment-knowledge-version">
                {knowledge.version}
              </dd>
            </dl>
          ) : (
            <p className="kern-body" data-testid="assessment-version">
              {t("assessmentNone")}
            </p>
          )}
          {answersVersion < ASSESSMENT_SCHEMA_VERSION && (
            <p className="kern-body" data-testid="assessment-migrated">
              {tEngine("migratedAnswers", { from: answersVersion, to: ASSESSMENT_SCHEMA_VERSION })}
            </p>
          )}
          {outdated && storedVersion && (
            <div className="kern-alert kern-alert--info" role="status" data-testid="assessment-outdated">
              <div className="kern-alert__body">
                <p className="kern-body">
                  {recompute
                    ? t("assessmentRecomputed", { stored: storedVersion, current: current.version })
                    : t("assessmentKnowledgeOutdated", { stored: storedVersion, current: current.version })}
                </p>
                <p className="kern-body">
                  <Link className="kern-link" href={recompute ? path : `${path}?neu=1`}>
                    {recompute ? t("assessmentShowStored") : t("assessmentRecompute")}
                  </Link>
                </p>
              </div>
            </div>
          )}
          <p className="flex flex-wrap gap-kern-space-default m-0">
            <Link className="kern-btn kern-btn--primary" href={wizardHref}>
              <span className="kern-label">{t("assessmentOpenWizard")}</span>
            </Link>
            {assessment.exists && (
              <Link className="kern-btn kern-btn--secondary" href={`${wizardHref}/ergebnis`}>
                <span className="kern-label">{t("assessmentOpenResult")}</span>
              </Link>
            )}
          </p>
        </div>
      </div>

      {assessment.exists && (
        <section aria-labelledby="assessment-status-title" className="space-y-kern-space-small">
          <h2 id="assessment-status-title" className="kern-heading-small">
            {t("assessmentStatusTitle")}
          </h2>
          <p className="kern-body">{t("assessmentStatusLead")}</p>
          <AssessmentStatusForm
            path={`/api/v1/organisations/${id}/assessments/${ags}`}
            stored={{ answers: assessment.answers, status: assessment.status, version: assessment.version }}
            canEdit={canEdit}
          />
        </section>
      )}
    </section>
  );
}
