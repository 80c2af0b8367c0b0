/**
 * An Excel workbook (.xlsx) of the provider inventory, turned into the same CSV text the import reads, so one
 * parser validates both (same columns, same messages, same caps). Read: the cell values of the FIRST worksheet
 * only — no other sheets, no formulas evaluated (a formula cell gives the result Excel stored), no macros, links
 * or images. Bounded: the file's size, the columns (the template's plus a few, so an unknown column is still
 * named by the parser) and the rows (the CSV row cap plus one, so the parser's "too many rows" message appears).
 * Loads exceljs on demand: the library stays out of every page until someone picks a workbook.
 */
import type { CellValue } from "exceljs";
import { writeCsv } from "@/lib/domain/csv/parse";
import { MAX_CSV_ROWS, PROVIDER_CSV_COLUMNS } from "@/lib/domain/csv/providers";

/** Largest workbook read (bytes). A workbook of 20,000 rows is about 1 MB; zip compression keeps it small. */
export const MAX_XLSX_BYTES = 5_000_000;
const MAX_COLUMNS = PROVIDER_CSV_COLUMNS.length + 10;
const POSTCODE_HEADER = PROVIDER_CSV_COLUMNS.find((column) => column.field === "postcode")!.header.toLowerCase();

export type XlsxReadResult = { ok: true; csv: string; sheetName: string } | { ok: false; message: string };

/** The zip signature every .xlsx starts with ("PK\x03\x04"). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A cell's value as the CSV would carry it: numbers with a German decimal comma, rich text as plain text. */
export function cellToText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", ",") : "";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "" : new Intl.DateTimeFormat("de-DE", { timeZone: "UTC" }).format(value);
  }
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellToText((value.result ?? null) as CellValue);
  if ("formula" in value || "sharedFormula" in value) return "";
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value) return "";
  return "";
}

export async function xlsxToCsv(data: ArrayBuffer | Uint8Array): Promise<XlsxReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    return { ok: false, message: `Die Excel-Datei ist zu groß (höchstens ${MAX_XLSX_BYTES / 1_000_000} MB). Es wurde nichts übernommen.` };
  }
  if (!looksLikeXlsx(bytes)) {
    return { ok: false, message: "Die Datei ist keine Excel-Arbeitsmappe (.xlsx). Bitte als .xlsx oder als CSV speichern." };
  }
  const imported = (await import("exceljs")) as unknown as { default?: typeof import("exceljs") } & typeof import("exceljs");
  const ExcelJS = imported.default ?? imported;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's type names Node's Buffer; an ArrayBuffer is what it reads in the browser and in Node alike.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never);
  } catch {
    return { ok: false, message: "Die Excel-Datei lässt sich nicht lesen (beschädigt oder kein .xlsx-Format). Es wurde nichts übernommen." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: "Die Excel-Datei enthält kein Tabellenblatt." };
  const rows: string[][] = [];
  let postcodeColumn = -1;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length > MAX_CSV_ROWS + 1) return;
    const cells: string[] = [];
    for (let column = 1; column <= Math.min(row.cellCount, MAX_COLUMNS); column++) {
      const text = cellToText(row.getCell(column).value).trim();
      // A postcode typed as a number loses its leading zero in Excel (01067 → 1067): the column is five digits.
      cells.push(rows.length > 0 && column - 1 === postcodeColumn && /^\d{4}$/.test(text) ? text.padStart(5, "0") : text);
    }
    if (rows.length === 0) postcodeColumn = cells.findIndex((cell) => cell.toLowerCase() === POSTCODE_HEADER);
    rows.push(cells);
  });
  if (rows.length === 0) return { ok: false, message: "Das erste Tabellenblatt der Excel-Datei ist leer." };
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
  return { ok: true, csv: writeCsv(padded, ";", false), sheetName: sheet.name };
}
