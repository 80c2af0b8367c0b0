import { SOURCE_TITLES, type Citation } from "../citation";

/** One line of German text for a citation: title, section, and the quote or note. */
export function citationParts(c: Citation): { title: string; where: string | null; quote: string | null; file: string | null } {
  if (c.kind === "source") return { title: SOURCE_TITLES[c.source].short, where: c.section, quote: c.quote ?? null, file: c.source };
  return { title: c.rule, where: null, quote: c.note ?? null, file: null };
}
