import { describe, expect, it } from "vitest";
import { safeText, unsafeTextProblem } from "@/lib/domain/text";
import { findUnsafeCsvCells, readCsv } from "@/lib/domain/csv/parse";
import { parseProvidersCsv } from "@/lib/domain/csv/providers";
import { OrganisationNameSchema } from "@/lib/domain/schemas/tenant";
import { MunicipalitySearchQuerySchema } from "@/lib/domain/schemas/municipality";
import { ProviderSchema } from "@/lib/domain/schemas/provider";

describe("safeText: outside text PostgreSQL can store", () => {
  it.each([
    ["NUL", "Praxis\u0000A", /Nullzeichen/],
    ["lone high surrogate", "Praxis \uD83D", /Unicode-Ersatzzeichen/],
    ["lone low surrogate", "\uDE00 Praxis", /Unicode-Ersatzzeichen/],
    ["bell", "Praxis\u0007", /Steuerzeichen/],
    ["escape", "\u001b[31m", /Steuerzeichen/],
  ])("refuses %s", (_, value, message) => {
    expect(unsafeTextProblem(value)).toMatch(message);
    const result = safeText().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Der Text enthält/);
  });

  it.each(["Dörentrup", "Praxis 😀", "Zeile 1\nZeile 2\tTab", "", "Café"])("accepts %j", (value) => {
    expect(safeText().safeParse(value).success).toBe(true);
  });

  it("is used by the shared schemas of names, providers and the search", () => {
    expect(OrganisationNameSchema.safeParse("Stadt\u0000X").success).toBe(false);
    expect(MunicipalitySearchQuerySchema.safeParse({ q: "D\uD800" }).success).toBe(false);
    const provider = ProviderSchema.safeParse({ kind: "pharmacy", name: "A\u0000", street: "Weg 1", postcode: "32694", city: "Ort" });
    expect(provider.success).toBe(false);
    expect(provider.error?.issues[0]?.path).toEqual(["name"]);
  });

  it("a search query of 3,000 characters gets a clear message", () => {
    const result = MunicipalitySearchQuerySchema.safeParse({ q: "a".repeat(3000) });
    expect(result.error?.issues[0]?.message).toMatch(/höchstens 100 Zeichen/);
  });
});

describe("CSV cells", () => {
  it("names line and column of a cell with a NUL or a lone surrogate", () => {
    const records = readCsv("a;b\nx;y\u0000\n\uD800;z\n", ";");
    expect(findUnsafeCsvCells(records)).toEqual([
      { line: 2, column: 2, message: expect.stringMatching(/Spalte 2: Die Zelle enthält ein Nullzeichen/) },
      { line: 3, column: 1, message: expect.stringMatching(/Spalte 1: Die Zelle enthält ein ungültiges Zeichen/) },
    ]);
  });

  it("the provider import refuses the file with the cell's line instead of storing it", () => {
    const result = parseProvidersCsv("Art;Name;Straße;PLZ;Ort\nApotheke;Apo\u0000theke;Weg 1;32694;Dörentrup\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/Nullzeichen/) });
  });
});

describe("findUnsafeJsonText", () => {
  it("names the path of the first unsafe string in parsed JSON, keys included", async () => {
    const { findUnsafeJsonText } = await import("@/lib/domain/text");
    expect(findUnsafeJsonText(JSON.parse('{"email":"a@b.de","name":"a\\u0000b"}'))).toEqual({ path: "name", problem: expect.stringMatching(/Nullzeichen/) });
    expect(findUnsafeJsonText(JSON.parse('{"list":[1,{"x":"\\ud800"}]}'))?.path).toBe("list.1.x");
    expect(findUnsafeJsonText(JSON.parse('{"\\u0000":1}'))?.path).toBe("(Feldname)");
    expect(findUnsafeJsonText({ name: "Dörentrup 😀", n: 1, ok: true, none: null })).toBeNull();
  });
});
