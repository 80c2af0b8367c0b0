import { describe, expect, it } from "vitest";
import { Gv100ParseError, parseGv100 } from "@/lib/server/import/gv100";

// Minimal register built from real records of ../shared/data/GV100AD_301123.txt (Büsum and its parents).
function pad(text: string, width: number) {
  return text.padEnd(width, " ");
}
function record(fields: Array<[number, string]>): string {
  const chars = Array.from({ length: 220 }, () => " ");
  for (const [column, value] of fields) [...value].forEach((char, i) => (chars[column - 1 + i] = char));
  return chars.join("");
}
const LAND = record([[1, "10"], [3, "20231130"], [11, "01"], [23, pad("Schleswig-Holstein", 50)], [73, "Kiel"]]);
const KREIS = record([[1, "40"], [3, "20231130"], [11, "01"], [13, "0"], [14, "51"], [23, "Dithmarschen"], [73, "Heide"], [123, "44"]]);
const VERBAND = record([[1, "50"], [3, "20231130"], [11, "01"], [13, "051"], [19, "5178"], [23, "Büsum-Wesselburen"], [73, "Büsum"], [123, "51"]]);
const BUESUM = record([
  [1, "60"], [3, "20231130"], [11, "01"], [13, "051"], [16, "013"], [19, "5178"], [23, "Büsum"], [123, "64"],
  [129, "00000000848"], [140, "00000004970"], [151, "00000002310"], [166, "25761"],
]);
const valid = [LAND, KREIS, VERBAND, BUESUM];

describe("parseGv100", () => {
  it("reads Land, Kreis, Gemeindeverband and Gemeinde with keys, population and area", () => {
    const register = parseGv100(valid.join("\n") + "\n");
    expect(register.lands).toEqual([{ code: "01", name: "Schleswig-Holstein", seat: "Kiel", referenceDate: "2023-11-30" }]);
    expect(register.kreise[0]).toMatchObject({ key: "01051", name: "Dithmarschen", typeCode: 44 });
    expect(register.verbaende[0]).toMatchObject({ key: "010515178", kreisKey: "01051" });
    expect(register.municipalities[0]).toMatchObject({
      ags: "01051013",
      name: "Büsum",
      searchName: "busum",
      population: 4970,
      populationMale: 2310,
      areaHectares: 848,
      postcode: "25761",
      kreisKey: "01051",
      verbandKey: "010515178",
    });
  });

  it("accepts a BOM and CRLF line ends", () => {
    expect(parseGv100("\uFEFF" + valid.join("\r\n")).municipalities).toHaveLength(1);
  });

  const corrupt = (line: string, column: number, text: string) =>
    line.slice(0, column - 1) + text + line.slice(column - 1 + text.length);

  it.each([
    ["an unknown record type", [LAND, "99" + KREIS.slice(2)], 2, /Satztyp "99"/],
    ["a population that is not a number", [LAND, KREIS, VERBAND, corrupt(BUESUM, 140, "0000000X970")], 4, /Einwohnerzahl/],
    ["an invalid date", [corrupt(LAND, 3, "20231331")], 1, /kein gültiges Datum/],
    ["a municipality of an unknown Kreis", [LAND, VERBAND], 2, /Kreis 01051 ist unbekannt/],
    ["a truncated line", [LAND, KREIS.slice(0, 80)], 2, /zu kurz/],
    ["a duplicate municipality", [...valid, BUESUM], 5, /doppelt/],
    ["an unknown municipality type", [LAND, KREIS, VERBAND, corrupt(BUESUM, 123, "99")], 4, /unbekannter Typ/],
  ])("stops at %s with the line number", (_what, lines, line, reason) => {
    try {
      parseGv100(lines.join("\n"));
      expect.fail("parse should fail");
    } catch (error) {
      expect(error).toBeInstanceOf(Gv100ParseError);
      expect((error as Gv100ParseError).line).toBe(line);
      expect((error as Error).message).toMatch(reason);
      expect((error as Error).message).toMatch(new RegExp(`^Zeile ${line}:`));
    }
  });

  it("rejects an empty file", () => {
    expect(() => parseGv100("")).toThrow(/leer/);
  });
});
