import { z } from "zod";

/**
 * The API contract of an organisation's assessment of one town (GET/PUT
 * /api/v1/organisations/{orgId}/assessments/{ags}, issue 13), as the wizard, the result page and the status form read
 * it. The answers were validated with AssessmentInputSchema when they were saved; the browser reads them through
 * `sanitizeAnswers` (lib/domain/assessment/answers.ts), which keeps what the wizard knows and migrates older
 * catalogue versions, so this contract does not load the question catalogue's schema. A stale save is refused with
 * 409 and the stored record in `error.current`, read with the same schema.
 */
export const AssessmentRecordSchema = z.looseObject({
  /** Null while nothing is stored (version 0). */
  answers: z.unknown(),
  status: z.enum(["DRAFT", "COMPLETED"]),
  version: z.number().int().min(0),
  ruleSetVersion: z.string().nullable().optional(),
});
export type AssessmentRecordResponse = z.output<typeof AssessmentRecordSchema>;
export const AssessmentResponseSchema = z.object({ data: AssessmentRecordSchema });
