import { z } from "zod";
import { SlugSchema } from "../domain/ids";
import { CitationsSchema } from "../domain/citation";
import { CitedTextSchema } from "./common";

export const GuidingQuestionSchema = z.object({
  slug: SlugSchema,
  /** Verbatim from the invitation. */
  question: z.string().min(1),
  answer: z.array(CitedTextSchema).min(2),
  citations: CitationsSchema,
});
export type GuidingQuestion = z.infer<typeof GuidingQuestionSchema>;


export { QuestionTextSchema, QuestionCatalogueSchema, type QuestionCatalogue } from "../domain/assessment/question-catalogue";
