import "@/lib/schemas/zod-german";
import { AssessmentInputSchema, type AssessmentInput } from "../domain/assessment/input";
import { recommend, type MeasureRef, type Recommendation, type RecommendOptions } from "../domain/recommendation/engine";
import { measures } from "../knowledge/measures";
import { RULE_SET } from "../knowledge/rules";

/**
 * The one way to evaluate a self-assessment: API route, result page and CLI call these functions, so the
 * engine always runs with the same rule set and measures catalogue.
 */


/** What the engine needs to know of the measures catalogue (built once). */
export const MEASURE_REFS: readonly MeasureRef[] = measures.map((m) => ({ slug: m.slug, title: m.title, closesGaps: m.closesGaps }));

/** Parses untrusted input with the assessment schema (German messages, field paths in the issues). */
export function parseAssessment(raw: unknown) {
  return AssessmentInputSchema.safeParse(raw);
}

/** Runs the recommendation engine on a parsed assessment with the current rule set and measures. */
export function evaluateAssessment(input: AssessmentInput, options?: RecommendOptions): Recommendation {
  return recommend(input, RULE_SET, [...MEASURE_REFS], options);
}

export const CURRENT_RULE_SET_VERSION = RULE_SET.version;
