import { describe, expect, it } from "vitest";
import { FundingProgrammeSchema, FundingProgrammeTableSchema, applicableFunding, landCodeFromAgs } from "./funding-programmes";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();
const byIdOf = (id: string) => K.fundingProgrammes.find((p) => p.id === id)!;

describe("funding programme table", () => {
  it("parses, cites every entry and asks to check every amount", () => {
    expect(FundingProgrammeTableSchema.safeParse(K.fundingProgrammes).success).toBe(true);
    for (const p of K.fundingProgrammes) expect(p.note_de).toContain("Betrag bitte vor Antrag prüfen");
    expect(new Set(K.fundingProgrammes.map((p) => p.id)).size).toBe(K.fundingProgrammes.length);
  });

  it("names when each source was read and marks the figures not checked against a guideline (knowledge review, Dec. 2026)", () => {
    for (const p of K.fundingProgrammes) expect(p.accessed, p.id).not.toBeUndefined();
    // 22.08.2021 is the day the PORT study read its footnotes' pages: an access date, not the programmes' start.
    for (const id of ["bw-primaerversorgung-projekte", "bw-landesmittel-abriss-dornhan", "he-foerderrichtlinie-laendliche-raeume"])
      expect(byIdOf(id)).toMatchObject({ validFrom: null, accessed: "2021-08-22" });
    expect(byIdOf("nw-hausarztaktionsprogramm").unverified).toContain("amount");
    expect(byIdOf("by-landarztpraemie").unverified).toEqual(["amount", "maxPopulation"]);
    expect(byIdOf("bw-primaerversorgung-projekte").unverified).toEqual(["amount"]);
  });

  it("refuses an unverified marker without its figure and an end before the start", () => {
    const bw = byIdOf("bw-primaerversorgung-projekte");
    expect(FundingProgrammeSchema.safeParse({ ...bw, amountMaxEur: null, unverified: ["amount"] }).success).toBe(false);
    expect(FundingProgrammeSchema.safeParse({ ...bw, unverified: ["maxPopulation"] }).success).toBe(false);
    expect(FundingProgrammeSchema.safeParse({ ...bw, validFrom: "2022-01-01", validUntil: "2021-12-31" }).success).toBe(false);
    expect(FundingProgrammeSchema.safeParse({ ...bw, validUntil: "2021-12-31" }).success).toBe(true);
  });

  it("reads a programme stored before 2026-12-03.2 (no accessed, no unverified, a start date)", () => {
    const { accessed: _a, unverified: _u, ...old } = byIdOf("bw-primaerversorgung-projekte");
    expect(FundingProgrammeSchema.parse({ ...old, validFrom: "2021-08-22" })).toMatchObject({ validFrom: "2021-08-22", amountMaxEur: 300_000 });
  });

  it("keeps the BW figure the PORT study cites", () => {
    expect(K.fundingProgrammes.find((p) => p.id === "bw-primaerversorgung-projekte")?.amountMaxEur).toBe(300_000);
  });
});

describe("applicableFunding", () => {
  it("finds BW's primary-care project grant for a BW network", () => {
    const result = applicableFunding(K.fundingProgrammes, { landCode: "08", population: 6000, model: "provider-network", year: 2026 });
    expect(result.map((r) => r.programme.id)).toEqual(["bw-primaerversorgung-projekte"]);
    expect(result[0]?.entersTownBudget).toBe(true);
  });

  it("adds Dornhan's precedent for a BW health centre", () => {
    const ids = applicableFunding(K.fundingProgrammes, { landCode: "08", population: 6000, model: "health-centre", year: 2026 }).map((r) => r.programme.id);
    expect(ids).toContain("bw-landesmittel-abriss-dornhan");
  });

  it.each([
    [20_000, true],
    [20_001, false],
  ])("respects Bavaria's town-size limit (%d inhabitants → %s)", (population, found) => {
    const result = applicableFunding(K.fundingProgrammes, { landCode: "09", population, model: "municipal-mvz", year: 2026 });
    expect(result.some((r) => r.programme.id === "by-landarztpraemie")).toBe(found);
    expect(result.every((r) => r.entersTownBudget === false)).toBe(true);
  });

  it("returns nothing before a programme started or for a Land without entries", () => {
    // NRW's Hausarztaktionsprogramm runs from 2009 (the BW entries have no known start, see below).
    expect(applicableFunding(K.fundingProgrammes, { landCode: "05", population: 6000, model: "provider-network", year: 2008 })).toEqual([]);
    expect(applicableFunding(K.fundingProgrammes, { landCode: "05", population: 6000, model: "provider-network", year: 2009 }).map((r) => r.programme.id)).toEqual(["nw-hausarztaktionsprogramm"]);
    expect(applicableFunding(K.fundingProgrammes, { landCode: "14", population: 14000, model: "health-centre", year: 2026 })).toEqual([]);
  });

  it("a programme without a known start is listed in any year and says its start is not documented", () => {
    const [bw] = applicableFunding(K.fundingProgrammes, { landCode: "08", population: 6000, model: "port", year: 2020 });
    expect(bw?.programme.id).toBe("bw-primaerversorgung-projekte");
    expect(bw?.caveats_de).toContain("Beginn der Laufzeit in den Quellen nicht belegt.");
  });

  it("an unverified amount or town-size limit is said to be „nicht geprüft“", () => {
    const nrw = applicableFunding(K.fundingProgrammes, { landCode: "05", population: 6000, model: "municipal-mvz", year: 2026 })[0];
    expect(nrw?.caveats_de).toContain("Betrag nicht geprüft: nicht gegen die Förderrichtlinie geprüft.");
    const by = applicableFunding(K.fundingProgrammes, { landCode: "09", population: 6000, model: "municipal-mvz", year: 2026 })[0];
    expect(by?.caveats_de).toEqual(expect.arrayContaining(["Betrag nicht geprüft: nicht gegen die Förderrichtlinie geprüft.", "Einwohnergrenze nicht geprüft: nicht gegen die Förderrichtlinie geprüft."]));
  });

  it("reads the Land from an AGS", () => {
    expect(landCodeFromAgs("05766016")).toBe("05");
    expect(landCodeFromAgs("17000000")).toBeUndefined();
  });
});
