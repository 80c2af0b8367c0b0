import { answeredCount, toAssessmentInput, type AssessmentAnswers, type TownFacts } from "@/lib/domain/assessment/answers";
import { browserPersistence } from "@/lib/client/assessment-persistence/browser";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { RecommendationSchema } from "@/lib/domain/recommendation/contract";
import { callApi } from "./api";

/**
 * The self-assessment of a town kept in this browser (by the self-check at /gemeinde/[ags]/selbstcheck, through
 * its persistence adapter) and the engine's ranking for it. The engine runs behind `POST /api/v1/recommendations`
 * (the one shared `evaluateAssessment`); nothing of it is computed or copied here.
 */
export type { AssessmentAnswers, TownFacts };

/** The stored answers, or null when there are none (or none answered). */
export async function readSelfCheckAnswers(ags: string): Promise<AssessmentAnswers | null> {
  const stored = await browserPersistence(ags).load();
  return stored && answeredCount(stored.answers) > 0 ? stored.answers : null;
}

/** Asks the shared recommendation API for the ranking; null when the stored answers do not validate. */
export async function fetchRanking(answers: AssessmentAnswers, town: TownFacts, fetchImpl?: typeof fetch): Promise<Recommendation | null> {
  const result = await callApi("/api/v1/recommendations", RecommendationSchema, { method: "POST", body: toAssessmentInput(answers, town), fetchImpl });
  return result.ok ? result.data : null;
}
