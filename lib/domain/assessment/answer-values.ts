import { ASKED_FIELDS, ASSESSMENT_SCHEMA_VERSION, STEP_IDS, UNKNOWN, plausibilityViolations, type AssessmentStepId } from "./fields";
import type { AssessmentInputRaw } from "./input";

/**
 * The wizard's answers without the schema: read, set, count, migrate and shape them for the engine. No zod and no
 * question texts, so the wizard, the result page and the persistence adapters load this in the browser (issue 19);
 * checking answers against AssessmentInputSchema (`fieldErrors`, `parseAnswers`) is ./answers.ts, which a client
 * loads with `import()` when it checks. Answers are kept in the raw input shape (`{ group: { field: value } }`); an
 * absent field, `null` and `"unknown"` all mean "weiß nicht".
 */

export type AnswerValue = string | number | null;
export type AssessmentAnswers = Partial<Record<AssessmentStepId, Record<string, AnswerValue>>>;

/** Town facts from the municipality register: pre-filled and shown read-only in the wizard. */
export interface TownFacts {
  ags: string;
  name: string;
  population: number;
  areaKm2: number;
  county: string | null;
  land: string;
}

export function answerOf(answers: AssessmentAnswers, id: string): AnswerValue {
  const [group, field] = id.split(".") as [AssessmentStepId, string];
  return answers[group]?.[field] ?? null;
}

/** A copy with one answer set; `null` (or "unknown") removes it. */
export function withAnswer(answers: AssessmentAnswers, id: string, value: AnswerValue): AssessmentAnswers {
  const [group, field] = id.split(".") as [AssessmentStepId, string];
  const next: Record<string, AnswerValue> = { ...(answers[group] ?? {}) };
  if (value === null || value === UNKNOWN) delete next[field];
  else next[field] = value;
  return { ...answers, [group]: next };
}

/** Number of asked questions with an answer other than "weiß nicht". */
export function answeredCount(answers: AssessmentAnswers): number {
  return ASKED_FIELDS.filter((q) => answerOf(answers, q.id) !== null).length;
}

/** The question-catalogue version stored answers were given in: `schemaVersion`, or 1 when absent (before issue 16). */
export function answersSchemaVersion(raw: unknown): number {
  const v = raw && typeof raw === "object" ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Migrates answers of catalogue version 1 to the current one. Version 2 only adds questions (they stay open) and
 * the cross-field plausibility checks; a version-1 answer that contradicts another is dropped (= "weiß nicht")
 * instead of making the whole assessment unreadable. Returns the dropped field paths.
 */
export function migrateAnswers(answers: AssessmentAnswers, fromVersion: number): { answers: AssessmentAnswers; dropped: string[] } {
  if (fromVersion >= ASSESSMENT_SCHEMA_VERSION) return { answers, dropped: [] };
  let out = answers;
  const dropped: string[] = [];
  for (let violations = plausibilityViolations(out); violations.length > 0; violations = plausibilityViolations(out)) {
    const field = violations[0]!.field;
    dropped.push(field);
    out = withAnswer(out, field, null);
  }
  return { answers: out, dropped };
}

/**
 * Keeps only known groups and fields with string/number values (stored data may be old or tampered with) and
 * migrates answers of an older catalogue version (migrateAnswers).
 */
export function sanitizeAnswers(raw: unknown): AssessmentAnswers {
  const out = keepKnownAnswers(raw);
  return migrateAnswers(out, answersSchemaVersion(raw)).answers;
}

function keepKnownAnswers(raw: unknown): AssessmentAnswers {
  const out: AssessmentAnswers = {};
  if (!raw || typeof raw !== "object") return out;
  for (const q of ASKED_FIELDS) {
    const group = (raw as Record<string, unknown>)[q.group];
    const value = group && typeof group === "object" ? (group as Record<string, unknown>)[q.field] : undefined;
    if ((typeof value === "string" && value !== UNKNOWN) || (typeof value === "number" && Number.isFinite(value))) {
      (out[q.group] ??= {})[q.field] = value;
    }
  }
  return out;
}

/** The engine input: the user's answers plus the register facts (which always win). */
export function toAssessmentInput(answers: AssessmentAnswers, town: TownFacts): AssessmentInputRaw {
  const groups = Object.fromEntries(STEP_IDS.map((id) => [id, { ...(answers[id] ?? {}) }]));
  return {
    ...groups,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    town: {
      ...groups.town,
      ags: town.ags,
      name: town.name,
      population: town.population,
      areaKm2: town.areaKm2,
      county: town.county,
      land: town.land,
    },
  } as AssessmentInputRaw;
}

