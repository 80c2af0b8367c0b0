import { describe, expect, it } from "vitest";
import { sourceSlipNote, type Citation } from "../domain/citation";
import { knowledgeFromFiles } from "./snapshot-files";

const ERG = "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt" as const;

describe("sourceSlipNote: the source's own slip is said where its quote is shown", () => {
  it.each<[string, Citation, boolean]>([
    ["the 2.6 M€ quote naming Marienburg", { kind: "source", source: ERG, section: "Finanzielle Aufwände realistisch einschätzen", quote: "in Marienburg trägt die Kommune rund 2,6 Mio. € für die Entwicklung des kommunalen MVZ" }, true],
    ["the section heading naming Marienburg", { kind: "source", source: ERG, section: "Marienburg: Kommunales MVZ" }, true],
    ["a quote of the same source without the slip", { kind: "source", source: ERG, section: "Finanzielle Aufwände realistisch einschätzen", quote: "Die Stadt Schneeberg investierte rund 3,2 Mio. €" }, false],
    ["another source", { kind: "source", source: "port-studie-rolle-der-kommunen.txt", section: "3.3 Analyse", quote: "Marienburg" }, false],
    ["a rule", { kind: "rule", rule: "§ 95 SGB V" }, false],
  ])("%s", (_name, citation, hasNote) => {
    const note = sourceSlipNote(citation);
    if (hasNote) expect(note).toMatch(/Die Quelle selbst schreibt hier „Marienburg“; gemeint ist Marienmünster/);
    else expect(note).toBeNull();
  });

  it("every citation in the knowledge base whose quote names Marienburg gets the note", () => {
    const found: Citation[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (o.kind === "source" && typeof o.quote === "string" && o.quote.includes("Marienburg")) found.push(o as unknown as Citation);
        Object.values(o).forEach(walk);
      }
    };
    walk(knowledgeFromFiles());
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((c) => sourceSlipNote(c) === null)).toEqual([]);
  });
});
