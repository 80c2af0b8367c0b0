import "@/lib/domain/zod-german";
import { AssessmentInputSchema, type AssessmentInput } from "../assessment/input";
import type { QuestionCatalogue } from "../assessment/question-catalogue";
import { assessmentQuestionsOf } from "../assessment/questions";
import { recommend, type MeasureRef, type Recommendation, type RecommendOptions } from "./engine";
import type { RuleSet } from "./rule-set";

/**
 * The one way to evaluate a self-assessment: API route, result page and CLI call these functions with the
 * knowledge snapshot they loaded (getKnowledgeSnapshot on the server, the data files in a DB-less CLI), so the
 * engine always runs with the rule set, measures catalogue and question texts of one named version.
 */

/** The parts of a knowledge snapshot the engine reads (the domain names them; lib/knowledge supplies them). */
export interface EngineKnowledge {
  version: string;
  ruleSet: RuleSet;
  measures: readonly MeasureRef[];
  /** The question texts the engine prints (labels of questions and answers). */
  questionCatalogue: QuestionCatalogue;
}

/** What the engine needs to know of the measures catalogue. */
const refs = new WeakMap<object, MeasureRef[]>();
export function measureRefs(knowledge: Pick<EngineKnowledge, "measures">): MeasureRef[] {
  let hit = refs.get(knowledge.measures);
  if (!hit) refs.set(knowledge.measures, (hit = knowledge.measures.map((m) => ({ slug: m.slug, title: m.title, closesGaps: m.closesGaps }))));
  return hit;
}

/** Parses untrusted input with the assessment schema (German messages, field paths in the issues). */
export function parseAssessment(raw: unknown) {
  return AssessmentInputSchema.safeParse(raw);
}

/** Runs the recommendation engine on a parsed assessment with the snapshot's rule set, measures and question texts. */
export function evaluateAssessment(input: AssessmentInput, knowledge: EngineKnowledge, options?: RecommendOptions): Recommendation {
  return recommend(input, knowledge.ruleSet, measureRefs(knowledge), assessmentQuestionsOf(knowledge.questionCatalogue), options);
}
