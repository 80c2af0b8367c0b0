import { describe, expect, it } from "vitest";
import { formatAmountInput, formatEuro, formatNumber, formatNumberInput, parseNumber } from "./number";

describe("parseNumber reads what German (and English) users type", () => {
  it.each([
    ["8,5", 8.5],
    ["8.5", 8.5],
    [" 8,5 ", 8.5],
    ["12", 12],
    ["0", 0],
    ["0,25", 0.25],
    [",5", 0.5],
    ["2.600.000", 2_600_000],
    ["2 600 000", 2_600_000],
    ["2\u00a0600\u00a0000", 2_600_000],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567,89", 1234567.89],
    ["1,234,567", 1_234_567],
    ["-3,5", -3.5],
    ["\u22123,5", -3.5],
    ["1,2345", 1.2345],
    ["12.50", 12.5],
    ["1234,567", 1234.567],
    ["0.500", 0.5],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["1.500", "1,500", "12.345", "999,999"])("%j is ambiguous in a decimal field and says both readings", (text) => {
    const result = parseNumber(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("ambiguous");
      expect(result.message).toContain("mehrdeutig");
    }
  });

  it.each([
    ["1.500", 1500],
    ["1,500", 1500],
    ["12.345", 12345],
  ])("%j is %d in a whole-number field", (text, expected) => {
    expect(parseNumber(text, { integer: true })).toEqual({ ok: true, value: expected });
  });

  it.each(["abc", "8,5,5", "1..5", "1,,5", "8.", "1.23.4", "1.2,3.4", "12a", "e5", "1e5", "Infinity", "NaN", "--1", "1.234.5678"])(
    "%j is refused with a German message",
    (text) => {
      const result = parseNumber(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/keine Zahl|mehrdeutig|ganze Zahl/);
    },
  );

  it("an empty field is its own case (the caller decides whether empty is allowed)", () => {
    expect(parseNumber("  ")).toMatchObject({ ok: false, reason: "empty" });
  });

  it("a whole-number field refuses a fraction", () => {
    expect(parseNumber("2,5", { integer: true })).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("formatNumber shows numbers the German way", () => {
  it.each([
    [8.5, "8,5"],
    [2_600_000, "2.600.000"],
    [45.8333, "45,83"],
    [0, "0"],
    [-1.5, "-1,5"],
  ])("%d → %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it("number fields show the value back in German without grouping, and it parses to the same value", () => {
    for (const value of [8.5, 2_600_000, 0.25, 12]) {
      const shown = formatNumberInput(value);
      expect(shown).not.toContain(".");
      expect(parseNumber(shown)).toEqual({ ok: true, value });
    }
    expect(formatNumberInput(8.5)).toBe("8,5");
    expect(formatNumberInput(null)).toBe("");
  });
});

describe("changes, amounts and chart axes in German format", () => {
  it.each([
    [1, { signDisplay: "always" as const }, "+1"],
    [-2.5, { signDisplay: "always" as const, maximumFractionDigits: 1 }, "-2,5"],
    [45.8, { maximumFractionDigits: 1 }, "45,8"],
    [2_600_000, { notation: "compact" as const, maximumFractionDigits: 1 }, "2,6\u00a0Mio."],
  ])("%d with %j → %j", (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it("euro amounts have thousands separators and no cents", () => {
    expect(formatEuro(2_600_000)).toBe("2.600.000\u00a0€");
    expect(formatEuro(1234.56)).toBe("1.235\u00a0€");
  });
});

describe("amount fields show thousands separators and read them back", () => {
  it.each([
    ["400.000", 400_000],
    ["1.500", 1500],
    ["2.600.000", 2_600_000],
    ["1.500,50", 1500.5],
    ["2600000", 2_600_000],
    ["8,5", 8.5],
  ])("%j → %d", (typed, value) => {
    expect(parseNumber(typed, { amount: true })).toEqual({ ok: true, value });
  });

  it("what the field shows parses to the same amount", () => {
    for (const value of [2_600_000, 35_000, 1500.5, 0, 999]) {
      const shown = formatAmountInput(value);
      expect(parseNumber(shown, { amount: true })).toEqual({ ok: true, value });
    }
    expect(formatAmountInput(2_600_000)).toBe("2.600.000");
  });
});
