import { describe, expect, it } from "vitest";
import { reportFont, REPORT_FONTS, woffToSfnt, type ReportFont } from "./fonts";

describe("report fonts", () => {
  it.each(Object.keys(REPORT_FONTS) as ReportFont[])("%s unpacks from WOFF and covers German text", (font) => {
    const parsed = reportFont(font);
    expect(parsed.postscriptName).toMatch(/^NotoSans-/);
    for (const char of "äöüÄÖÜß„“‚‘–€§²") expect(parsed.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
  });

  it("refuses a file that is not WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just text"))).toThrow("Keine WOFF-Schriftdatei.");
  });
});
