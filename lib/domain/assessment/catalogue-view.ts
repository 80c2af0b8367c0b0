import type { AssessmentStepId } from "./fields";
import type { AssessmentQuestion } from "./input";

/**
 * What the wizard shows of the question catalogue: steps, questions (texts, options, ranges, citations) and the
 * label of "weiß nicht". The server page builds it from ./input.ts and hands it to the client component as props,
 * so the browser loads neither the catalogue module nor zod with the page (issue 19).
 */
export interface CatalogueView {
  steps: readonly { id: AssessmentStepId; title: string; intro: string }[];
  /** Every question in order, the register facts (fromDatabase) included. */
  questions: readonly AssessmentQuestion[];
  unknownLabel: string;
}
