import { ASKED_FIELDS, UNKNOWN } from "./fields";
import { answerOf, withAnswer, type AnswerValue, type AssessmentAnswers } from "./answer-values";

/**
 * Answers proposed from another part of the tool (today: the supply check's `assessmentPrefill`, groups `supply` and
 * `urgency`), in the wizard's answer shape. Client-safe and pure.
 */
export type AnswerPrefill = Partial<Record<string, Record<string, AnswerValue | undefined>>>;

export interface PrefillMerge {
  answers: AssessmentAnswers;
  /** The question ids ("group.field") that were filled from the prefill, with the value used. */
  filled: Record<string, AnswerValue>;
}

/** Whether `value` is a valid answer to the asked question `id` (range, integer, options); unknown ids are not. */
function fits(id: string, value: unknown): value is string | number {
  const spec = ASKED_FIELDS.find((f) => f.id === id)?.spec;
  if (!spec) return false;
  if (spec.kind === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
    if (value < (spec.min ?? 0)) return false;
    if (spec.max !== undefined && value > spec.max) return false;
    return !spec.int || Number.isInteger(value);
  }
  if (spec.kind === "choice") return typeof value === "string" && value !== UNKNOWN && spec.values.includes(value);
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Fills the questions the user has not answered yet (absent, null or "weiß nicht") with the prefill's values. An
 * answer the user gave is never overwritten; prefill values that are no valid answer (unknown field, out of range)
 * are ignored.
 */
export function mergePrefill(answers: AssessmentAnswers, prefill: AnswerPrefill | null | undefined): PrefillMerge {
  let merged = answers;
  const filled: Record<string, AnswerValue> = {};
  if (!prefill) return { answers, filled };
  for (const [group, fields] of Object.entries(prefill)) {
    if (!fields || typeof fields !== "object") continue;
    for (const [field, value] of Object.entries(fields)) {
      const id = `${group}.${field}`;
      if (!fits(id, value)) continue;
      const current = answerOf(merged, id);
      if (current !== null && current !== UNKNOWN) continue;
      merged = withAnswer(merged, id, value);
      filled[id] = value;
    }
  }
  return { answers: merged, filled };
}
