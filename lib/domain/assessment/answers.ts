import { z } from "zod";
import "@/lib/domain/zod-german";
import { AssessmentInputSchema, FIELD_BY_ID, type AssessmentInput, type AssessmentStepId } from "./input";
import { formatNumber } from "@/lib/domain/format/number";
import { toAssessmentInput, type AssessmentAnswers, type TownFacts } from "./answer-values";

export * from "./answer-values";

/**
 * Checking the wizard's answers against AssessmentInputSchema (zod, no question texts; the server, the CLI, and the
 * browser through `import()` when it checks). The zod-free helpers are ./answer-values.ts (re-exported).
 */

/** A German message for one issue; number questions say the allowed range with its unit. */
function issueMessage(path: string, issue: z.core.$ZodIssue): string {
  const q = FIELD_BY_ID.get(path);
  if (q?.kind !== "number") return issue.message;
  const unit = q.unit ? ` ${q.unit}` : "";
  if (issue.code === "too_big") return `Höchstens ${formatNumber(Number(issue.maximum))}${unit} (oder leer lassen).`;
  if (issue.code === "too_small") return `Mindestens ${formatNumber(Number(issue.minimum))}${unit} (oder leer lassen).`;
  if (issue.code === "invalid_type" && issue.expected === "int") return "Bitte eine ganze Zahl eingeben (oder leer lassen).";
  if (issue.code === "invalid_type") return "Bitte eine Zahl eingeben (oder leer lassen).";
  return issue.message;
}

/** Field errors ("group.field" → German message) of the whole input, or of one step. */
export function fieldErrors(answers: AssessmentAnswers, town: TownFacts, step?: AssessmentStepId): Record<string, string> {
  const parsed = AssessmentInputSchema.safeParse(toAssessmentInput(answers, town));
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    if (step && !path.startsWith(`${step}.`)) continue;
    errors[path] ??= issueMessage(path, issue);
  }
  return errors;
}

export function parseAnswers(answers: AssessmentAnswers, town: TownFacts): AssessmentInput | null {
  const parsed = AssessmentInputSchema.safeParse(toAssessmentInput(answers, town));
  return parsed.success ? parsed.data : null;
}
