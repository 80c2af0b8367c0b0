import { answerOf, type AssessmentAnswers } from "@/lib/domain/assessment/answers";
import { UNKNOWN } from "@/lib/domain/assessment/fields";
import { answerLabelOf, questionLabelOf, type AssessmentQuestions } from "@/lib/domain/assessment/questions";
import type { FactorCategory } from "@/lib/domain/ids";

/**
 * From the room's ratings to the self-check's answers (issue 14: "the moderator can take the collective ratings into
 * the town's self-assessment, as a proposal the editor confirms"). The engine computes a category's readiness as the
 * mean of its readiness items (rule set `readiness.items`: a choice answer → a score 0–100). For each choice answer
 * behind a rated category, the proposal is the answer whose score comes closest to the room's rating on the engine's
 * scale; answers that would stay the same are not proposed. Number answers (bands) are never changed: a rating says
 * nothing about a count. The labels of questions and answers are the knowledge snapshot's (the caller passes the
 * joined catalogue, `assessmentQuestionsOf`). Pure.
 */
export interface ReadinessItemRef {
  id: string;
  category: FactorCategory;
  field: string;
  values?: Record<string, number>;
}

export interface AnswerChange {
  /** The answer's path in the self-check ("resources.expertise"). */
  field: string;
  /** The question as the self-check asks it. */
  question: string;
  /** The rated categories this answer counts for. */
  categories: FactorCategory[];
  /** The stored answer (null: "weiß nicht"). */
  current: string | null;
  currentLabel: string;
  /** Its readiness score (the rule set's score for an unknown answer when null). */
  currentScore: number;
  proposed: string;
  proposedLabel: string;
  proposedScore: number;
  /** The room's rating on the engine's scale 0–100 the proposal aims at (mean over the answer's categories). */
  target: number;
}

/**
 * The answers the room's ratings would change. `targets`: per rated category the room's mean on the engine's scale
 * (categories without a rating are left out). One change per answer even when it counts for several categories (the
 * value with the smallest summed distance to their targets; a tie keeps the stored answer, else the first value).
 */
export function answerChangesFromRatings(
  items: readonly ReadinessItemRef[],
  answers: AssessmentAnswers,
  targets: Partial<Record<FactorCategory, number>>,
  unknownScore: number,
  questions: AssessmentQuestions,
): AnswerChange[] {
  const byField = new Map<string, Array<ReadinessItemRef & { values: Record<string, number>; target: number }>>();
  for (const item of items) {
    const target = targets[item.category];
    if (!item.values || target === undefined) continue;
    const list = byField.get(item.field) ?? [];
    list.push({ ...item, values: item.values, target });
    byField.set(item.field, list);
  }
  const out: AnswerChange[] = [];
  for (const [field, list] of byField) {
    const raw = answerOf(answers, field);
    const current = typeof raw === "string" && raw !== UNKNOWN ? raw : null;
    const scoreOf = (value: string | null) => list.reduce((s, i) => s + (value !== null && i.values[value] !== undefined ? i.values[value]! : unknownScore), 0) / list.length;
    const distance = (value: string) => list.reduce((s, i) => s + Math.abs((i.values[value] ?? unknownScore) - i.target), 0);
    const candidates = [...new Set(list.flatMap((i) => Object.keys(i.values)))];
    let best = candidates[0]!;
    for (const value of candidates) {
      const d = distance(value);
      const b = distance(best);
      if (d < b - 1e-9 || (Math.abs(d - b) < 1e-9 && value === current)) best = value;
    }
    if (current !== null && distance(current) <= distance(best) + 1e-9) continue;
    if (best === current) continue;
    out.push({
      field,
      question: questionLabelOf(questions, field),
      categories: [...new Set(list.map((i) => i.category))],
      current,
      currentLabel: answerLabelOf(questions, field, current),
      currentScore: Math.round(scoreOf(current)),
      proposed: best,
      proposedLabel: answerLabelOf(questions, field, best),
      proposedScore: Math.round(scoreOf(best)),
      target: Math.round(list.reduce((s, i) => s + i.target, 0) / list.length),
    });
  }
  return out;
}
