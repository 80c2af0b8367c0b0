import type { Citation } from "@/lib/knowledge/citation";
import { sources } from "@/lib/knowledge/sources";

const TITLES = new Map(sources.map((s) => [s.file, s.title]));

/** One line for a citation: source title, file and section (and the quote), or the rule and its note. */
export function citationText(citation: Citation, withQuote = true): string {
  if (citation.kind === "rule") return `${citation.rule}${citation.note ? ` – ${citation.note}` : ""}`;
  const title = TITLES.get(citation.source) ?? citation.source;
  return `${title} (${citation.source}), ${citation.section}${withQuote && citation.quote ? `: „${citation.quote}“` : ""}`;
}
