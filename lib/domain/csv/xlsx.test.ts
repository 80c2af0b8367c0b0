import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseProvidersCsv, PROVIDER_CSV_COLUMNS } from "@/lib/domain/csv/providers";
import { cellToText, looksLikeXlsx, MAX_XLSX_BYTES, xlsxToCsv } from "@/lib/domain/csv/xlsx";

const HEADERS = PROVIDER_CSV_COLUMNS.map((column) => column.header);

async function workbook(rows: unknown[][], extraSheet = false): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Versorgung");
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) book.addWorksheet("Notizen").addRow(["nicht lesen", "=1+1"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("xlsxToCsv: an Excel workbook imports like the CSV", () => {
  it("reads the template's columns of the first sheet, numbers and a postcode typed as a number", async () => {
    const bytes = await workbook(
      [
        HEADERS,
        [1, "Hausarztpraxis", "Praxis Straße", "Marktstraße 1", 1067, "Dresden", "gesucht", "Dr. Ä", 1961, null, "angestellt", null, 12.5, 2028],
        [2, "Apotheke", { richText: [{ text: "Löwen-" }, { text: "Apotheke" }] }, "Hauptstraße 5", "32694", "Dörentrup", "keine"],
      ],
      true,
    );
    expect(looksLikeXlsx(bytes)).toBe(true);
    const read = await xlsxToCsv(bytes);
    expect(read).toMatchObject({ ok: true, sheetName: "Versorgung" });
    if (!read.ok) return;
    expect(read.csv).not.toContain("nicht lesen");
    const parsed = parseProvidersCsv(read.csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.providers.map((p) => [p.name, p.postcode])).toEqual([
      ["Praxis Straße", "01067"],
      ["Löwen-Apotheke", "32694"],
    ]);
    expect(parsed.providers[0]!.doctors[0]).toMatchObject({ birthYear: 1961, weeklyHours: 12.5 });
  });

  it("an unknown column is named by the same parser as in a CSV", async () => {
    const read = await xlsxToCsv(await workbook([[...HEADERS, "Bemerkung"], [1, "Apotheke", "A", "B 1", "32694", "Ort", "keine"]]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const parsed = parseProvidersCsv(read.csv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.message).toMatch(/Bemerkung/);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["a CSV renamed to .xlsx", new TextEncoder().encode("Nr.;Art\n1;Apotheke"), /keine Excel-Arbeitsmappe/],
    ["a broken zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /lässt sich nicht lesen/],
    ["a file over the size cap", Object.assign(new Uint8Array(MAX_XLSX_BYTES + 1), { 0: 0x50, 1: 0x4b, 2: 3, 3: 4 }), /zu groß/],
  ])("refuses %s with a German message", async (_name, bytes, message) => {
    const read = await xlsxToCsv(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it.each<[ExcelJS.CellValue, string]>([
    [null, ""],
    [12.5, "12,5"],
    [true, "ja"],
    [{ formula: "A1*2", result: 4 } as ExcelJS.CellValue, "4"],
    [{ text: "Link", hyperlink: "https://example.org" } as ExcelJS.CellValue, "Link"],
    [new Date(Date.UTC(2028, 0, 31)), "31.1.2028"],
  ])("cellToText(%j) = %j", (value, expected) => {
    expect(cellToText(value)).toBe(expected);
  });
});
