"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { answeredCount, toAssessmentInput, type TownFacts } from "@/lib/domain/assessment/answer-values";
import { browserPersistence } from "@/lib/client/assessment-persistence/browser";
import { callApi } from "@/lib/client/api";
import type { CaseStudyRef } from "@/lib/domain/recommendation/similar-cases";
import { SignInToSave } from "./BrowserAnswers";
import { useAssessmentStore } from "./useAssessmentStore";
import { ResultBody, ResultHeader, ResultStatus, type ResultState } from "./ResultSections";

interface Props {
  town: TownFacts;
  caseStudies: readonly CaseStudyRef[];
  wizardHref: string;
}

/**
 * The result of a self-check whose answers are kept in this browser (anonymous use): the answers are read from
 * localStorage, checked with AssessmentInputSchema (loaded with `import()`, not with the page) and evaluated on the
 * server (POST /api/v1/recommendations); this shows the answer with the same sections as the organisation's result,
 * which the server renders (StoredAssessmentResult). Before JavaScript runs, the header and a loading note are shown.
 */
export function AssessmentResult({ town, caseStudies, wizardHref }: Props) {
  const t = useTranslations("assessment.result");
  // Stable per town (the hook reloads when the adapter changes).
  const persistence = useMemo(() => browserPersistence(town.ags), [town.ags]);
  const [state, setState] = useState<ResultState>({ kind: "loading" });

  const store = useAssessmentStore(persistence, (stored) => {
    if (!stored || (answeredCount(stored.answers) === 0 && stored.status !== "completed")) {
      setState({ kind: "empty" });
      return;
    }
    void (async () => {
      const { fieldErrors } = await import("@/lib/domain/assessment/answers");
      if (Object.keys(fieldErrors(stored.answers, town)).length > 0) {
        setState({ kind: "invalid" });
        return;
      }
      const contract = () => import("@/lib/domain/recommendation/contract").then((m) => m.RecommendationSchema);
      const result = await callApi("/api/v1/recommendations", contract, { method: "POST", body: toAssessmentInput(stored.answers, town) });
      setState(result.ok ? { kind: "done", recommendation: result.data } : { kind: "error", message: result.message });
    })();
  });

  const header = (
    <ResultHeader townName={town.name} wizardHref={wizardHref} wizardLabel={state.kind === "empty" ? t("startWizard") : t("editAnswers")} done={state.kind === "done"}>
      {/* Shown from the first paint on, so that the page does not move when the stored answers are read. */}
      <div className="kern-alert kern-alert--info no-print">
        <div className="kern-alert__body">
          <SignInToSave />
        </div>
      </div>
    </ResultHeader>
  );

  if (store.phase === "error") {
    return (
      <div className="flex flex-col gap-kern-space-large">
        {header}
        <p className="kern-alert kern-alert--danger" role="alert">
          {t("error", { message: store.error ?? "" })}
        </p>
      </div>
    );
  }
  if (state.kind !== "done") {
    return (
      <div className="flex flex-col gap-kern-space-large max-w-[48rem]">
        {header}
        <ResultStatus state={state} empty={t("noAnswers", { name: town.name })} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-kern-space-x-large">
      {header}
      <ResultBody rec={state.recommendation} caseStudies={caseStudies} plan={null} />
    </div>
  );
}
