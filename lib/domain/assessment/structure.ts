import { ALL_FIELDS, UNKNOWN, type AssessmentFieldPath, type AssessmentStepId } from "./fields";

/**
 * The self-check's fields as one ordered list with what the code defines of each: kind, choice values, number range
 * and unit, and the flags the engine and the wizard read. No texts (they are knowledge: the question catalogue of the
 * snapshot, joined by `assessmentQuestionsOf` in ./questions.ts) and no zod. The engine compiles its rule set against
 * this list (lib/domain/recommendation/compile.ts), so a rule set is compiled once whatever texts a snapshot carries.
 */
export interface AssessmentField {
  /** "group.field", e.g. "politics.councilSupport". */
  id: AssessmentFieldPath;
  group: AssessmentStepId;
  field: string;
  step: AssessmentStepId;
  kind: "choice" | "number" | "text";
  /** Choice fields: every value in order, "unknown" last. */
  values?: readonly string[];
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Filled from the municipality register when known (the user may correct it). */
  fromDatabase: boolean;
  /** Counts for the share of answered questions (choice and number fields the user answers). */
  countsForConfidence: boolean;
  required: boolean;
}

/** Every field in question order (the register facts included). */
export const ASSESSMENT_FIELDS: readonly AssessmentField[] = ALL_FIELDS.map(({ id, group, field, spec }) => {
  const fromDatabase = spec.fromDatabase ?? false;
  const f: AssessmentField = {
    id,
    group,
    field,
    step: group,
    kind: spec.kind,
    fromDatabase,
    countsForConfidence: spec.kind !== "text" && !fromDatabase,
    required: id === "town.name",
  };
  if (spec.kind === "choice") f.values = [...spec.values, UNKNOWN];
  else if (spec.kind === "number") {
    f.unit = spec.unit;
    f.min = spec.min ?? 0;
    if (spec.max !== undefined) f.max = spec.max;
    f.integer = spec.int ?? false;
  }
  return f;
});

export const ASSESSMENT_FIELD_PATHS: readonly AssessmentFieldPath[] = ASSESSMENT_FIELDS.map((f) => f.id);
export const FIELD_BY_ID: ReadonlyMap<string, AssessmentField> = new Map(ASSESSMENT_FIELDS.map((f) => [f.id, f]));
