import { z } from "zod";
import { CitationsSchema } from "../citation";

/**
 * The texts of the self-assessment's question catalogue (knowledge/question-catalogue.json): steps, question,
 * help text, option labels, citations. Types and ranges of the answers are code (lib/domain/assessment/input.ts).
 */
export const QuestionTextSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/),
  label: z.string().min(3),
  help: z.string().min(3),
  options: z.record(z.string(), z.string().min(1)).optional(),
  citations: CitationsSchema,
});
export const QuestionCatalogueSchema = z.strictObject({
  schemaVersion: z.number().int().positive(),
  description: z.string().min(10),
  unknownLabel: z.string().min(1),
  steps: z.array(z.strictObject({ id: z.string(), title: z.string().min(1), intro: z.string().min(1) })).min(1),
  questions: z.array(QuestionTextSchema).min(1),
});
export type QuestionCatalogue = z.infer<typeof QuestionCatalogueSchema>;
