import type { Citation } from "../knowledge/citation";
import { sources } from "../knowledge/sources";

/** Short German titles of the five source documents, from the knowledge base. */
const SHORT_TITLES = new Map<string, string>(sources.map((s) => [s.file, s.shortTitle]));

/** One line of German text for a citation: title, section, and the quote or note. */
export function citationParts(c: Citation): { title: string; where: string | null; quote: string | null; file: string | null } {
  if (c.kind === "source") return { title: SHORT_TITLES.get(c.source) ?? c.source, where: c.section, quote: c.quote ?? null, file: c.source };
  return { title: c.rule, where: null, quote: c.note ?? null, file: null };
}
