import { z } from "zod";
import { AssessmentInputSchema } from "./input";

export const ASSESSMENT_SCHEMA_ID = "https://versorgungslotse.de/schema/assessment-input.json";

/**
 * The JSON Schema of the assessment input, generated from the zod schema (`io: "input"`: fields with a default,
 * i.e. unknown answers, are optional). Published at GET /api/v1/schema/assessment-input and written to
 * docs/assessment-input.schema.json by `npm run schema:export` – both from this function.
 */
export function assessmentInputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AssessmentInputSchema, { io: "input" });
  return { $id: ASSESSMENT_SCHEMA_ID, title: "AssessmentInput", ...schema };
}
