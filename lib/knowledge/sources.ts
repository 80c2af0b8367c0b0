import { z } from "zod";
import { CitationsSchema, SourceFileSchema } from "../domain/citation";

/** One of the five German source documents in `../shared/sources/`. */
export const SourceDocumentSchema = z.object({
  file: SourceFileSchema,
  /** German title as printed (or a descriptive title where the document has none). */
  title: z.string().min(1),
  /** Short German title for footnotes and hover texts. */
  shortTitle: z.string().min(1),
  /** What the document contains (German). */
  contents: z.string().min(1),
  /** Date as stated in the document, or "nicht in den Quellen". */
  date: z.string().min(1),
  /** Publisher / issuing body if stated, else "nicht in den Quellen". */
  publisher: z.string().min(1),
  /** Caveats for readers of the knowledge base (German). */
  caveats: z.array(z.string().min(1)),
  citations: CitationsSchema,
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

