import { z } from "zod";
import { SOURCE_FILES, type Citation } from "./citation-core";
import type { Assert, Same } from "./same-type";

export * from "./citation-core";

export const SourceFileSchema = z.enum(SOURCE_FILES);

/** A citation of a passage in one of the source documents. */
export const SourceCitationSchema = z.object({
  kind: z.literal("source"),
  source: SourceFileSchema,
  /** Section or page heading as printed in the source, e.g. "3.3 Rolle der Kommunen" or "Fazit". */
  section: z.string().min(1),
  /** A short verbatim quote where it helps the reader find the passage. */
  quote: z.string().min(1).optional(),
});

/** A citation of a public rule (law, G-BA guideline, official statistic) outside the five sources. */
export const RuleCitationSchema = z.object({
  kind: z.literal("rule"),
  /** e.g. "§ 95 Abs. 1a SGB V" or "G-BA Bedarfsplanungs-Richtlinie, § 11". */
  rule: z.string().min(1),
  /** Optional note on what exactly is taken from the rule. */
  note: z.string().min(1).optional(),
});

export const CitationSchema = z.discriminatedUnion("kind", [SourceCitationSchema, RuleCitationSchema]);
/** The schema reads exactly the plain type of ./citation-core.ts (checked both ways at compile time). */
export type CitationSchemaReadsCitation = Assert<Same<z.infer<typeof CitationSchema>, Citation>>;
export const CitationsSchema = z.array(CitationSchema).min(1, "Jeder Eintrag braucht mindestens eine Quelle.");

