import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentResult } from "@/components/assessment/AssessmentResult";
import { StoredAssessmentResult } from "@/components/assessment/StoredAssessmentResult";
import type { CaseStudyRef } from "@/lib/domain/recommendation/similar-cases";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { OrganisationChooser } from "@/components/organisation/OrganisationChooser";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { ReportDownload } from "@/components/report/ReportDownload";
import { loadTown, persistenceFor, storedResultFor } from "../load";
import { can } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { getActionPlan } from "@/lib/server/db/tenant/action-plans";
import type { PlanTakeOver } from "@/components/plan/usePlanTakeOver";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const town = await loadTown((await params).ags);
  const t = await getTranslations("assessment.result");
  return { title: town ? t("metaTitle", { name: town.name }) : "Gemeinde nicht gefunden" };
}

export default async function SelfCheckResultPage({ params, searchParams }: Props) {
  const town = await loadTown((await params).ags);
  if (!town) notFound();
  const persistence = await persistenceFor(town.ags, firstParam((await searchParams).org));
  if (persistence.kind === "choose") {
    const t = await getTranslations("assessment.result");
    return (
      <div className="space-y-kern-space-large">
        <h1 className="kern-heading-x-large">{t("metaTitle", { name: town.name })}</h1>
        <OrganisationChooser townName={town.name} candidates={persistence.candidates} basePath={`/gemeinde/${town.ags}/selbstcheck/ergebnis`} />
      </div>
    );
  }
  const org = persistence.kind === "server" ? `?org=${encodeURIComponent(persistence.orgId)}` : "";
  const knowledge = await getKnowledgeSnapshot();
  /** What the result needs of the case studies (the full records stay on the server). */
  const caseRefs: CaseStudyRef[] = knowledge.caseStudies.map((c) => ({
    slug: c.slug,
    name: c.name,
    summary: c.summary,
    modelIds: c.modelIds,
    port: c.port,
  }));
  // Issue 15: proposed measures can go into the organisation's action plan (editors and admins).
  let planTakeOver: PlanTakeOver | null = null;
  if (persistence.kind === "server") {
    const ctx = await getPageContext();
    if (can(ctx.caller, "plan", "create", persistence.orgId)) {
      const plan = await getActionPlan(ctx, persistence.orgId, town.ags);
      planTakeOver = {
        orgId: persistence.orgId,
        ags: town.ags,
        version: plan.version,
        taken: plan.items.filter((i) => i.source === "catalogue" || i.source === "engine").map((i) => i.sourceRef ?? ""),
        href: `/gemeinde/${town.ags}/massnahmenplan${org}`,
      };
    }
  }
  return (
    <>
      {persistence.kind === "server" ? (
        // The organisation's stored answers: evaluated and rendered on the server.
        <StoredAssessmentResult
          town={town}
          orgId={persistence.orgId}
          orgName={persistence.orgName}
          readOnly={persistence.readOnly}
          result={await storedResultFor(town, persistence.orgId)}
          planTakeOver={planTakeOver}
          caseStudies={caseRefs}
          wizardHref={`/gemeinde/${town.ags}/selbstcheck${org}`}
        />
      ) : (
        // Answers kept in this browser: read there, the header and a loading note rendered before JavaScript runs.
        <AssessmentResult town={town} caseStudies={caseRefs} wizardHref={`/gemeinde/${town.ags}/selbstcheck`} />
      )}
      {persistence.kind === "server" && (
        <div className="mt-kern-space-x-large print:hidden">
          <ReportDownload ags={town.ags} orgId={persistence.orgId} orgName={persistence.orgName} showPackage={!persistence.readOnly} />
        </div>
      )}
    </>
  );
}
