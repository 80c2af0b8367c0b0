import { z } from "zod";
import { CitationSchema } from "../domain/citation";

/** How a statement that is the product's own assumption says so in its text. */
export const ASSUMPTION_LABEL = "Annahme dieser Anwendung";

/**
 * A short German statement: a claim. Every claim has a citation, or is marked as the product's own assumption
 * (`assumption: true`, and the text says "Annahme dieser Anwendung"; its citations then name what it leans on and
 * may be empty). The marker and the label go together, so a reader and the schema see the same thing.
 */
export const CitedTextSchema = z
  .object({
    text: z.string().min(1),
    citations: z.array(CitationSchema),
    assumption: z.literal(true).optional(),
  })
  .superRefine((claim, ctx) => {
    if (!claim.assumption && claim.citations.length === 0)
      ctx.addIssue({ code: "custom", path: ["citations"], message: `Jede Aussage braucht eine Quelle – oder „assumption: true“ mit „${ASSUMPTION_LABEL}“ im Text.` });
    if (claim.assumption && !claim.text.includes(ASSUMPTION_LABEL))
      ctx.addIssue({ code: "custom", path: ["text"], message: `Eine Annahme sagt es im Text: „${ASSUMPTION_LABEL}“.` });
    if (!claim.assumption && claim.text.includes(ASSUMPTION_LABEL))
      ctx.addIssue({ code: "custom", path: ["assumption"], message: `Der Text nennt eine ${ASSUMPTION_LABEL}: bitte „assumption: true“ setzen.` });
  });
export type CitedText = z.infer<typeof CitedTextSchema>;

/**
 * A group of cited statements plus an optional explicit gap note. Use `gap` to say
 * "nicht in den Quellen: …" instead of guessing.
 */
export const CitedStatementsSchema = z
  .object({
    statements: z.array(CitedTextSchema),
    gap: z.string().min(1).optional(),
  })
  .refine((v) => v.statements.length > 0 || v.gap !== undefined, {
    message: "Entweder belegte Aussagen oder ein Hinweis „nicht in den Quellen“.",
  });
export type CitedStatements = z.infer<typeof CitedStatementsSchema>;

/** Marker used where the sources are silent. */
export const NOT_IN_SOURCES = "nicht in den Quellen";
