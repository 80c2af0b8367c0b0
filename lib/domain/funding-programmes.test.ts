import { describe, expect, it } from "vitest";
import { FundingProgrammeTableSchema, applicableFunding, landCodeFromAgs } from "./funding-programmes";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

describe("funding programme table", () => {
  it("parses, cites every entry and asks to check every amount", () => {
    expect(FundingProgrammeTableSchema.safeParse(K.fundingProgrammes).success).toBe(true);
    for (const p of K.fundingProgrammes) expect(p.note_de).toContain("Betrag bitte vor Antrag prüfen");
    expect(new Set(K.fundingProgrammes.map((p) => p.id)).size).toBe(K.fundingProgrammes.length);
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
    expect(applicableFunding(K.fundingProgrammes, { landCode: "08", population: 6000, model: "port", year: 2020 })).toEqual([]);
    expect(applicableFunding(K.fundingProgrammes, { landCode: "14", population: 14000, model: "health-centre", year: 2026 })).toEqual([]);
  });

  it("reads the Land from an AGS", () => {
    expect(landCodeFromAgs("05766016")).toBe("05");
    expect(landCodeFromAgs("17000000")).toBeUndefined();
  });
});
