import type { Citation, SourceFile } from "../knowledge/citation";

/** Short German titles of the five source documents, for footnotes. */
export const SOURCE_SHORT_TITLES: Record<SourceFile, string> = {
  "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt": "Kleinstadt Akademie, Dörentrup 2025 – Ergebnisse",
  "kleinstadt-akademie-doerentrup-2025-einladung.txt": "Kleinstadt Akademie, Dörentrup 2025 – Einladung",
  "port-studie-rolle-der-kommunen.txt": "PORT-Studie: Rolle der Kommunen",
  "kommkom-muensterland-loesungsansaetze.txt": "KommKom Münsterland: Lösungsansätze",
  "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt": "Kreis Heinsberg: Anfrage Ärztebetreuung 2026",
};

/** Identity of a citation (same source, section and quote = same footnote). */
export function citationKey(c: Citation): string {
  return c.kind === "source" ? `s|${c.source}|${c.section}|${c.quote ?? ""}` : `r|${c.rule}|${c.note ?? ""}`;
}

/** One line of German text for a citation: title, section, and the quote or note. */
export function citationParts(c: Citation): { title: string; where: string | null; quote: string | null; file: string | null } {
  if (c.kind === "source") return { title: SOURCE_SHORT_TITLES[c.source], where: c.section, quote: c.quote ?? null, file: c.source };
  return { title: c.rule, where: null, quote: c.note ?? null, file: null };
}
