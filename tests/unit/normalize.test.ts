import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "@/lib/search/normalize";

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
