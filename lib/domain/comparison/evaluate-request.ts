import { z } from "zod";
import { evaluateScenario, ScenarioAssumptionsSchema, type ScenarioAssumptions, type ScenarioResult } from "@/lib/domain/money";

/**
 * Request and response of `POST /api/v1/comparisons/evaluate`: one scenario (the assumptions object
 * itself) or several (`{ scenarios: [...] }`, one per model). The same schema and `evaluateScenario` run
 * in the comparison page, so the API and the page always compute the same figures.
 */
export const MAX_SCENARIOS_PER_REQUEST = 8;

export const ScenarioListSchema = z.object({
  scenarios: z
    .array(ScenarioAssumptionsSchema)
    .min(1, "Bitte mindestens ein Szenario angeben.")
    .max(MAX_SCENARIOS_PER_REQUEST, `Höchstens ${MAX_SCENARIOS_PER_REQUEST} Szenarien je Anfrage.`),
});
export const ComparisonEvaluateRequestSchema = z.union([ScenarioListSchema, ScenarioAssumptionsSchema]);
export type ComparisonEvaluateRequest = z.input<typeof ComparisonEvaluateRequestSchema>;

export interface ComparisonEvaluateResponse {
  results: ScenarioResult[];
}

/** Parses the body: with a `scenarios` key it is the list form, otherwise a single scenario. */
export function parseComparisonRequest(raw: unknown) {
  const isList = typeof raw === "object" && raw !== null && !Array.isArray(raw) && "scenarios" in raw;
  // Parsed with one schema or the other (not the union), so the issues name the field, not the union.
  if (isList) {
    const parsed = ScenarioListSchema.safeParse(raw);
    return parsed.success ? { success: true as const, scenarios: parsed.data.scenarios } : { success: false as const, error: parsed.error };
  }
  const parsed = ScenarioAssumptionsSchema.safeParse(raw);
  return parsed.success ? { success: true as const, scenarios: [parsed.data] } : { success: false as const, error: parsed.error };
}

export function evaluateComparison(scenarios: readonly ScenarioAssumptions[]): ComparisonEvaluateResponse {
  return { results: scenarios.map(evaluateScenario) };
}
