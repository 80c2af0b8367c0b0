import { z } from "zod";
import { describedAssessmentInputSchema } from "./input";
import type { QuestionCatalogue } from "./question-catalogue";

export const ASSESSMENT_SCHEMA_ID = "https://versorgungslotse.de/schema/assessment-input.json";

const cache = new WeakMap<QuestionCatalogue, Record<string, unknown>>();

/**
 * The JSON Schema of the assessment input, generated from the zod schema (`io: "input"`: fields with a default,
 * i.e. unknown answers, are optional), each field described by the question catalogue's texts. Published at
 * GET /api/v1/schema/assessment-input (with the current snapshot's catalogue) and written to
 * docs/assessment-input.schema.json by `npm run schema:export` (with the data files' catalogue) – both from this
 * function. Memoised per catalogue object.
 */
export function assessmentInputJsonSchema(catalogue: QuestionCatalogue): Record<string, unknown> {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const schema = z.toJSONSchema(describedAssessmentInputSchema(catalogue), { io: "input" });
  const value = { $id: ASSESSMENT_SCHEMA_ID, title: "AssessmentInput", ...schema };
  cache.set(catalogue, value);
  return value;
}
