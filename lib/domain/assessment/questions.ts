import type { Citation } from "../citation";
import { STEP_IDS, UNKNOWN, type AssessmentFieldPath, type AssessmentGroup, type AssessmentStepId } from "./fields";
import type { QuestionCatalogue } from "./question-catalogue";
import { ASSESSMENT_FIELDS } from "./structure";

/**
 * The self-check's questions as the wizard, the engine and the workshop screens show them: the field structure of the
 * code (./structure.ts) joined with the TEXTS of a question catalogue — question, help text ("why this matters"),
 * option labels, citations. The texts are knowledge: they come from the knowledge snapshot
 * (`snapshot.questionCatalogue`, seeded from knowledge/question-catalogue.json), which every consumer receives as a
 * parameter; nothing in lib/domain reads the data file. Pure; memoised per catalogue object (a snapshot's catalogue is
 * one object for the life of the process, so the join runs once per content version).
 */

export interface AnswerOption {
  value: string;
  label: string;
}

export interface AssessmentQuestion {
  /** "group.field", e.g. "politics.councilSupport". */
  id: AssessmentFieldPath;
  group: AssessmentGroup;
  field: string;
  step: AssessmentStepId;
  stepTitle: string;
  kind: "choice" | "number" | "text";
  label: string;
  help: string;
  citations: readonly Citation[];
  /** Choice questions: all options incl. "unknown" (ordered; ordinal questions from best to worst or vice versa). */
  options?: readonly AnswerOption[];
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  fromDatabase: boolean;
  countsForConfidence: boolean;
  required: boolean;
}

export interface AssessmentStep {
  id: AssessmentStepId;
  title: string;
  intro: string;
}

/** The questions of one catalogue, in order. */
export interface AssessmentQuestions {
  steps: readonly AssessmentStep[];
  /** Every question in order, the register facts (fromDatabase) included. */
  questions: readonly AssessmentQuestion[];
  byId: ReadonlyMap<string, AssessmentQuestion>;
  /** The label of "weiß nicht" (the answer "unknown" of every choice question). */
  unknownLabel: string;
}

const PREFIX = "Fragenkatalog";

/**
 * What does not fit between a catalogue's texts and the code's fields, as German messages (empty: it fits): a step,
 * question or answer text that is missing, a question text or answer text the code does not know. The seed refuses
 * such a catalogue (parseKnowledgeSnapshot in lib/knowledge/snapshot.ts calls `assessmentQuestionsOf`).
 */
export function questionCatalogueProblems(catalogue: QuestionCatalogue): string[] {
  const problems: string[] = [];
  const steps = new Set(catalogue.steps.map((s) => s.id));
  for (const id of STEP_IDS) if (!steps.has(id)) problems.push(`${PREFIX}: Schritt ${id} fehlt.`);
  const surplusSteps = catalogue.steps.filter((s) => !(STEP_IDS as readonly string[]).includes(s.id)).map((s) => s.id);
  if (surplusSteps.length) problems.push(`${PREFIX}: Schritte ohne Frageschritt: ${surplusSteps.join(", ")}.`);
  const texts = new Map(catalogue.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  for (const q of catalogue.questions) {
    if (seen.has(q.id)) problems.push(`${PREFIX}: Text für ${q.id} doppelt.`);
    seen.add(q.id);
  }
  for (const f of ASSESSMENT_FIELDS) {
    const t = texts.get(f.id);
    if (!t) {
      problems.push(`${PREFIX}: Text für ${f.id} fehlt.`);
      continue;
    }
    const labels = t.options ?? {};
    const values = f.values ?? [];
    for (const value of values) if (value !== UNKNOWN && !labels[value]) problems.push(`${PREFIX}: Antworttext ${f.id} = ${value} fehlt.`);
    const surplus = Object.keys(labels).filter((v) => v === UNKNOWN || !values.includes(v));
    if (surplus.length) problems.push(`${PREFIX}: ${f.id} hat unbekannte Antworten ${surplus.join(", ")}.`);
  }
  const fieldIds = new Set<string>(ASSESSMENT_FIELDS.map((f) => f.id));
  const surplus = catalogue.questions.filter((t) => !fieldIds.has(t.id)).map((t) => t.id);
  if (surplus.length) problems.push(`${PREFIX}: Texte ohne Frage: ${surplus.join(", ")}.`);
  return problems;
}

/** A catalogue whose texts do not fit the code's fields (see `questionCatalogueProblems`). */
export class QuestionCatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join(" "));
    this.name = "QuestionCatalogueError";
  }
}

const memo = new WeakMap<QuestionCatalogue, AssessmentQuestions>();

/**
 * The questions of `catalogue`: the code's fields in order, each with its texts. Throws a QuestionCatalogueError
 * (German messages) when a text is missing or surplus.
 */
export function assessmentQuestionsOf(catalogue: QuestionCatalogue): AssessmentQuestions {
  const hit = memo.get(catalogue);
  if (hit) return hit;
  const problems = questionCatalogueProblems(catalogue);
  if (problems.length) throw new QuestionCatalogueError(problems);
  const texts = new Map(catalogue.questions.map((q) => [q.id, q]));
  const steps: AssessmentStep[] = STEP_IDS.map((id) => {
    const step = catalogue.steps.find((s) => s.id === id)!;
    return { id, title: step.title, intro: step.intro };
  });
  const stepTitle = new Map(steps.map((s) => [s.id, s.title]));
  const questions = ASSESSMENT_FIELDS.map((f) => {
    const t = texts.get(f.id)!;
    const q: AssessmentQuestion = {
      id: f.id,
      group: f.group,
      field: f.field,
      step: f.step,
      stepTitle: stepTitle.get(f.step)!,
      kind: f.kind,
      label: t.label,
      help: t.help,
      citations: t.citations,
      fromDatabase: f.fromDatabase,
      countsForConfidence: f.countsForConfidence,
      required: f.required,
    };
    if (f.values) q.options = f.values.map((value) => ({ value, label: value === UNKNOWN ? catalogue.unknownLabel : t.options![value]! }));
    if (f.kind === "number") {
      q.unit = f.unit;
      q.min = f.min;
      if (f.max !== undefined) q.max = f.max;
      q.integer = f.integer;
    }
    return q;
  });
  const value: AssessmentQuestions = { steps, questions, byId: new Map(questions.map((q) => [q.id, q])), unknownLabel: catalogue.unknownLabel };
  memo.set(catalogue, value);
  return value;
}

/** The label of one answer: the option's text, "weiß nicht" for unknown, the value itself for anything else. */
export function answerLabelOf(questions: AssessmentQuestions, field: string, value: string | null): string {
  if (value === null || value === UNKNOWN) return questions.unknownLabel;
  return questions.byId.get(field)?.options?.find((o) => o.value === value)?.label ?? value;
}

/** The question's text, or its path when the catalogue has no such question. */
export function questionLabelOf(questions: AssessmentQuestions, field: string): string {
  return questions.byId.get(field)?.label ?? field;
}
