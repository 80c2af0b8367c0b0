import { describe, expect, it } from "vitest";
import { fundingValidity, matchFunding, type FundingCandidate } from "./funding";

const P: FundingCandidate[] = [
  { id: "nrw-klein", landCode: "05", maxPopulation: 25000, validFrom: "2020-01-01", models: ["mvz"] },
  { id: "nrw-alle", landCode: "05", validFrom: "2020-01-01", validUntil: "2026-06-30", models: ["network"] },
  { id: "nrw-kuenftig", landCode: "05", validFrom: "2027-01-01", models: ["mvz"] },
  { id: "by", landCode: "09", validFrom: "2012-01-01", models: ["mvz"] },
];

describe("matchFunding", () => {
  it.each([
    { name: "Dörentrup (NRW, ~8 000) today", ags: "05766016", inhabitants: 8000, onDate: "2026-12-02", modelId: null, ids: ["nrw-klein"] },
    { name: "before the end of nrw-alle", ags: "05766016", inhabitants: 8000, onDate: "2026-06-30", modelId: null, ids: ["nrw-klein", "nrw-alle"] },
    { name: "too big for nrw-klein", ags: "05315000", inhabitants: 1_000_000, onDate: "2026-01-01", modelId: null, ids: ["nrw-alle"] },
    { name: "filtered by model", ags: "05766016", inhabitants: 8000, onDate: "2026-01-01", modelId: "network", ids: ["nrw-alle"] },
    { name: "other Land", ags: "09162000", inhabitants: 1_500_000, onDate: "2026-01-01", modelId: null, ids: ["by"] },
  ])("$name", ({ ids, ...input }) => expect(matchFunding(P, input).map((p) => p.id)).toEqual(ids));

  it.each([
    ["2019-12-31", "not-yet"],
    ["2026-06-30", "valid"],
    ["2026-07-01", "expired"],
  ] as const)("validity on %s is %s", (date, v) => expect(fundingValidity(P[1]!, date)).toBe(v));

  it("a programme whose start the sources do not give (validFrom null) counts as running, up to its end", () => {
    const unknownStart: FundingCandidate = { id: "bw", landCode: "08", validFrom: null, validUntil: "2027-12-31", models: ["mvz"] };
    expect(fundingValidity(unknownStart, "1990-01-01")).toBe("valid");
    expect(fundingValidity(unknownStart, "2028-01-01")).toBe("expired");
    expect(matchFunding([unknownStart], { ags: "08237000", inhabitants: 6000, onDate: "2026-12-03" }).map((p) => p.id)).toEqual(["bw"]);
  });
});
