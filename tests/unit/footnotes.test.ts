import { describe, expect, it } from "vitest";
import { createFootnotes } from "@/components/knowledge/Citations";
import { canonicalSection, cite, citeRule, type Citation } from "@/lib/domain/citation";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

/** One passage, one footnote: the footnote registry every page uses (knowledge pages, comparison, result). */

const PORT = "port-studie-rolle-der-kommunen.txt" as const;
const WS = "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt" as const;

describe("footnotes", () => {
  it("citations of one passage with different quotes are one footnote showing each quote once", () => {
    const notes = createFootnotes();
    expect(notes.add([cite(PORT, "5. Fazit", "erste Stelle")])).toEqual([1]);
    expect(notes.add([cite(PORT, "5. Fazit", "zweite Stelle"), cite(PORT, "5. Fazit", "erste Stelle")])).toEqual([1]);
    expect(notes.entries).toHaveLength(1);
    expect(notes.entries[0]!.quotes).toEqual(["erste Stelle", "zweite Stelle"]);
  });

  it.each([
    ["a spaced hyphen for the en dash", "3.3 Analyse, Governance - Steuerungsrolle der Kommune", "3.3 Analyse, Governance – Steuerungsrolle der Kommune"],
    ["a closing full stop", "Absprachen vor Ort verlässlich organisieren.", "Absprachen vor Ort verlässlich organisieren"],
    ["doubled spaces", "3.3  Analyse,   Fragestellung I", "3.3 Analyse, Fragestellung I"],
  ])("two spellings of a heading (%s) are one footnote", (_label, a, b) => {
    const notes = createFootnotes();
    expect([...notes.add([cite(PORT, a)]), ...notes.add([cite(PORT, b)])]).toEqual([1, 1]);
  });

  it("different passages, sources and rules get their own numbers, in first-use order", () => {
    const notes = createFootnotes();
    expect(notes.add([cite(PORT, "5. Fazit"), cite(WS, "5. Fazit"), cite(PORT, "1. Einleitung"), citeRule("§ 95 SGB V", "a"), citeRule("§ 95 SGB V", "b")])).toEqual([1, 2, 3, 4]);
    expect(notes.entries[3]!.quotes).toEqual(["a", "b"]);
  });
});

function collect(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ((o.kind === "source" && typeof o.source === "string") || (o.kind === "rule" && typeof o.rule === "string")) out.push(o as unknown as Citation);
    else Object.values(o).forEach((v) => collect(v, out));
  }
  return out;
}

describe("section spellings in the knowledge and the question catalogue", () => {
  it("no heading is cited once bare and once under a prefix (\"Tipps für die Praxis: X\" beside \"X\")", () => {
    const all = collect(knowledgeFromFiles()); // the question catalogue is part of the knowledge files
    const bySource = new Map<string, Set<string>>();
    for (const c of all) if (c.kind === "source") (bySource.get(c.source) ?? bySource.set(c.source, new Set()).get(c.source)!).add(canonicalSection(c.section));
    const doubles: string[] = [];
    for (const [source, sections] of bySource)
      for (const a of sections) for (const b of sections) if (a !== b && a.endsWith(`: ${b}`)) doubles.push(`${source}: „${a}“ / „${b}“`);
    expect(doubles).toEqual([]);
  });
});
