import { getTranslations } from "next-intl/server";
import type { TownFacts } from "@/lib/domain/assessment/answer-values";
import type { CaseStudyRef } from "@/lib/domain/recommendation/similar-cases";
import type { PlanTakeOver } from "@/components/plan/usePlanTakeOver";
import { ResultBody, ResultHeader, ResultStatus, type ResultState } from "./ResultSections";
import { StoredResultBrowserOffer } from "./ResultIslands";

interface Props {
  town: TownFacts;
  orgId: string;
  orgName: string;
  readOnly: boolean;
  /** The engine's result for the organisation's stored answers, or why there is none. */
  result: ResultState;
  caseStudies: readonly CaseStudyRef[];
  wizardHref: string;
  /** Taking proposed measures into the organisation's action plan (issue 15); null when the caller may not. */
  planTakeOver: PlanTakeOver | null;
}

/**
 * The result of an organisation's self-check, rendered on the server from the stored answers (issue 19: the page
 * is readable before JavaScript runs). Client islands: printing, the focus after "Auswerten", the radar chart,
 * taking measures into the plan and the offer of answers kept in this browser.
 */
export async function StoredAssessmentResult({ town, orgId, orgName, readOnly, result, caseStudies, wizardHref, planTakeOver }: Props) {
  const t = await getTranslations("assessment.result");
  const header = (
    <ResultHeader
      townName={town.name}
      wizardHref={wizardHref}
      wizardLabel={readOnly ? t("viewAnswers") : result.kind === "empty" ? t("startWizard") : t("editAnswers")}
      done={result.kind === "done"}
    >
      {!readOnly && <StoredResultBrowserOffer town={town} orgId={orgId} orgName={orgName} />}
    </ResultHeader>
  );
  if (result.kind !== "done") {
    return (
      <div className="flex flex-col gap-kern-space-large max-w-[48rem]">
        {header}
        <ResultStatus state={result} empty={t("noAnswersServer", { name: town.name })} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-kern-space-x-large">
      {header}
      <ResultBody rec={result.recommendation} caseStudies={caseStudies} plan={readOnly ? null : planTakeOver} />
    </div>
  );
}
