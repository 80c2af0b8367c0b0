import { SOURCE_TITLES, sourceSlipNote, type Citation } from "@/lib/domain/citation";

/** One line for a citation: source title, file and section (and the quote), or the rule and its note. */
export function citationText(citation: Citation, withQuote = true): string {
  if (citation.kind === "rule") return `${citation.rule}${citation.note ? ` – ${citation.note}` : ""}`;
  const title = SOURCE_TITLES[citation.source].full;
  const slip = sourceSlipNote(citation);
  return `${title} (${citation.source}), ${citation.section}${withQuote && citation.quote ? `: „${citation.quote}“` : ""}${slip ? ` (${slip})` : ""}`;
}
