import { describe, expect, it } from "vitest";
import { countyNameMatches, normalizeSearchText, searchKeyVariants } from "@/lib/domain/search/normalize";

describe("normalizeSearchText", () => {
  it.each([
    ["Dörentrup", "dorentrup"],
    ["Doerentrup", "dorentrup"],
    ["Dorentrup", "dorentrup"],
    ["DÖRENTRUP", "dorentrup"],
    ["Büsum", "busum"],
    ["Buesum", "busum"],
    ["Marienmünster", "marienmunster"],
    ["Weißenborn", "weissenborn"],
    ["Willingen (Upland)", "willingen upland"],
    ["  Halle (Saale)  ", "halle saale"],
    ["Sankt-Peter-Ording", "sankt peter ording"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });
});

describe("searchKeyVariants: St. and Sankt are the same word", () => {
  it.each([
    ["St. Ingbert", ["st ingbert", "sankt ingbert"]],
    ["Sankt Ingbert", ["sankt ingbert", "st ingbert"]],
    ["Sankt", ["sankt", "st "]],
    ["St.Wendel", ["st wendel", "sankt wendel"]],
    ["St", ["st"]],
    ["Stuttgart", ["stuttgart"]],
    ["Dörentrup", ["dorentrup"]],
  ])("%s → %j", (input, expected) => {
    expect(searchKeyVariants(normalizeSearchText(input))).toEqual(expected);
  });

  it("a query of punctuation only has no variants", () => {
    expect(searchKeyVariants(normalizeSearchText("…"))).toEqual([]);
  });
});

describe("countyNameMatches", () => {
  it.each([
    ["Lippe", "Lippe", true],
    ["Lippe", "Kreis Lippe", true],
    ["Lippe", "kreis lip", true],
    ["Heinsberg", "Landkreis Heinsberg", true],
    ["Rhein-Kreis Neuss", "Neuss", true],
    ["Städteregion Aachen", "Aachen", true],
    ["St. Wendel", "Sankt Wendel", true],
    ["St. Wendel", "Sankt", true],
    ["Lippe", "Lüneburg", false],
    ["Stuttgart", "Sankt", false],
    ["Lippe", "Kreis", false],
  ])("%s ← %s: %s", (name, query, expected) => {
    expect(countyNameMatches(normalizeSearchText(name), normalizeSearchText(query))).toBe(expected);
  });
});
