import type { AssessmentQuestion, AssessmentQuestions, AssessmentStep } from "./questions";

/**
 * What the wizard shows of the question catalogue: steps, questions (texts, options, ranges, citations) and the
 * label of "weiß nicht". The server page joins the knowledge snapshot's catalogue (`assessmentQuestionsOf`,
 * ./questions.ts) and hands this plain value to the client component as props, so the browser loads neither the
 * catalogue, the join nor zod with the page (issue 19).
 */
export interface CatalogueView {
  steps: readonly AssessmentStep[];
  /** Every question in order, the register facts (fromDatabase) included. */
  questions: readonly AssessmentQuestion[];
  unknownLabel: string;
}

/** The props of the wizard from the joined questions (the lookup map stays on the server). */
export function catalogueView(questions: AssessmentQuestions): CatalogueView {
  return { steps: questions.steps, questions: questions.questions, unknownLabel: questions.unknownLabel };
}
