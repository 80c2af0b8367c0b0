/**
 * Citations without their schemas: the five sources, the citation type, builders, identity and text. No zod, so
 * client components render citations without loading it (issue 19); the schemas are ./citation.ts (re-exporting this).
 */
/**
 * The five source documents in `../shared/sources/` (German originals). Every domain claim in the
 * knowledge base cites one of them by file name and section, or names the public rule it implements.
 */
export const SOURCE_FILES = [
  "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
  "kleinstadt-akademie-doerentrup-2025-einladung.txt",
  "port-studie-rolle-der-kommunen.txt",
  "kommkom-muensterland-loesungsansaetze.txt",
  "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt",
] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];

/**
 * The titles of the five documents, for rendering a citation anywhere (client components included) without the
 * knowledge bundle. They are part of the corpus's identity like the file names; the snapshot parser checks that
 * knowledge/sources.json carries the same titles, so the two cannot drift apart.
 */
export const SOURCE_TITLES: Record<SourceFile, { short: string; full: string }> = {
  "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt": { short: "Kleinstadt Akademie, Dörentrup 2025 – Ergebnisse", full: "Kommunale Gesundheitsversorgung in Kleinstädten sichern: Netzwerkbildung oder Medizinische Versorgungszentren? – Kleinstadt Akademie auf Tour in Dörentrup (Ergebnisse)" },
  "kleinstadt-akademie-doerentrup-2025-einladung.txt": { short: "Kleinstadt Akademie, Dörentrup 2025 – Einladung", full: "Kommunale Gesundheitsversorgung in Kleinstädten sichern - Netzwerkbildung oder Medizinische Versorgungszentren? (Einladung)" },
  "port-studie-rolle-der-kommunen.txt": { short: "PORT-Studie: Rolle der Kommunen", full: "Die Rolle der Kommunen bei der Umsetzung von PORT-Zentren (Studie zu fünf von der Robert Bosch Stiftung geförderten PORT-/supPORT-Projekten)" },
  "kommkom-muensterland-loesungsansaetze.txt": { short: "KommKom Münsterland: Lösungsansätze", full: "Lösungsansätze zur Stärkung der kommunalen Versorgungskompetenz – Ergebnisse aus fünf Modellkommunen" },
  "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt": { short: "Kreis Heinsberg: Anfrage Ärztebetreuung 2026", full: "Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN gem. § 12 GeschO vom 28.01.2026 betreffend die Ärztebetreuung im Kreis Heinsberg" },
};

/** A citation of a passage in one of the source documents (section as printed, an optional verbatim quote). */
export interface SourceCitation {
  kind: "source";
  source: SourceFile;
  section: string;
  quote?: string;
}
/** A citation of a public rule (law, G-BA guideline, official statistic) outside the five sources. */
export interface RuleCitation {
  kind: "rule";
  rule: string;
  note?: string;
}
export type Citation = SourceCitation | RuleCitation;

// --- The one citation builder ---------------------------------------------------------------------------------

/** A citation of a passage: `cite(source, section, quote?)`. The section is stored as printed (canonical spelling). */
export function cite(source: SourceFile, section: string, quote?: string): Citation {
  return quote === undefined ? { kind: "source", source, section } : { kind: "source", source, section, quote };
}

/** A citation of a public rule outside the five sources. */
export function citeRule(rule: string, note?: string): Citation {
  return note === undefined ? { kind: "rule", rule } : { kind: "rule", rule, note };
}

// --- Identity: one passage, one footnote ------------------------------------------------------------------------

/**
 * A section heading spelled canonically: whitespace collapsed, a spaced hyphen or em dash read as the en dash the
 * sources print, a closing full stop dropped. Two spellings of the same heading give the same key.
 */
export function canonicalSection(section: string): string {
  return section
    .replace(/\s+/g, " ")
    .replace(/ [-—] /g, " – ")
    .replace(/[.\s]+$/, "")
    .trim();
}

/**
 * Identity of a footnote: the passage (source and canonical section) or the rule. Citations of the same passage
 * with different quotes are ONE footnote that shows each quote.
 */
export function citationKey(c: Citation): string {
  return c.kind === "source" ? `s|${c.source}|${canonicalSection(c.section)}` : `r|${c.rule}`;
}

// --- Text of a citation ------------------------------------------------------------------------------------------

/** The parts of a citation for rendering: short title, section, the quote or note, the source file. */
export function citationParts(c: Citation): { title: string; where: string | null; quote: string | null; file: string | null } {
  if (c.kind === "source") return { title: SOURCE_TITLES[c.source].short, where: c.section, quote: c.quote ?? null, file: c.source };
  return { title: c.rule, where: null, quote: c.note ?? null, file: null };
}

/** One line of plain text for a citation: full source title, file and section (and the quote), or the rule and its note. */
export function citationText(citation: Citation, withQuote = true): string {
  if (citation.kind === "rule") return `${citation.rule}${citation.note ? ` – ${citation.note}` : ""}`;
  const title = SOURCE_TITLES[citation.source].full;
  const slip = sourceSlipNote(citation);
  return `${title} (${citation.source}), ${citation.section}${withQuote && citation.quote ? `: „${citation.quote}“` : ""}${slip ? ` (${slip})` : ""}`;
}

/**
 * Known slips of the sources themselves, said wherever a quote containing them is shown (not only on the sources
 * page): the results of the Dörentrup workshop write "Marienburg" for Marienmünster (knowledge/sources.json).
 */
export const SOURCE_SLIPS: ReadonlyArray<{ source: SourceFile; wrong: string; note_de: string }> = [
  {
    source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
    wrong: "Marienburg",
    note_de: "Die Quelle selbst schreibt hier „Marienburg“; gemeint ist Marienmünster (Kreis Höxter).",
  },
];

/** The note on a slip in the citation's quote or section, or null (a quote without a known slip). */
export function sourceSlipNote(c: Citation): string | null {
  if (c.kind !== "source") return null;
  const slip = SOURCE_SLIPS.find((s) => s.source === c.source && ((c.quote ?? "").includes(s.wrong) || c.section.includes(s.wrong)));
  return slip ? slip.note_de : null;
}
