/**
 * A small RFC 4180 CSV reader/writer: `;` or `,` separator, quoted fields (with `""` escapes and line
 * breaks inside quotes), CRLF/LF/CR line ends, UTF-8 byte-order mark. Pure string functions.
 */
import { unsafeTextProblem } from "@/lib/schemas/text";

export type CsvSeparator = ";" | ",";

export interface CsvRecord {
  /** Physical line (1-based) where the record starts. */
  line: number;
  fields: string[];
}

export const UTF8_BOM = "\uFEFF";

export function stripBom(text: string): string {
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

/** Detects the separator from the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch === ";") semicolons++;
    else if (!inQuotes && ch === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * Cells that are not storable text (NUL, an unpaired surrogate, a control character other than tab and line
 * breaks): one entry per bad cell with its line and (1-based) column, so an import refuses them with a clear
 * message instead of failing in the database.
 */
export function findUnsafeCsvCells(records: readonly CsvRecord[]): Array<{ line: number; column: number; message: string }> {
  const problems: Array<{ line: number; column: number; message: string }> = [];
  for (const record of records) {
    record.fields.forEach((field, index) => {
      const problem = unsafeTextProblem(field);
      if (problem) problems.push({ line: record.line, column: index + 1, message: `Spalte ${index + 1}: Die Zelle ${problem}` });
    });
  }
  return problems;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** Splits CSV text into records. Throws `CsvSyntaxError` on an unterminated quote. */
export function readCsv(text: string, separator: CsvSeparator): CsvRecord[] {
  const src = stripBom(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteStartLine = 1;
  let fieldStarted = false; // whether the current record has any content yet

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === "\r" && src[i + 1] === "\n") {
          field += "\n";
          i++;
          line++;
        } else if (ch === "\n" || ch === "\r") {
          field += "\n";
          line++;
        } else {
          field += ch;
        }
      }
      continue;
    }
    if (ch === '"' && field === "") {
      inQuotes = true;
      quoteStartLine = line;
      fieldStarted = true;
    } else if (ch === separator) {
      fields.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    throw new CsvSyntaxError(quoteStartLine, "Ein Anführungszeichen wird nicht geschlossen.");
  }
  if (fieldStarted || field !== "" || fields.length > 0) endRecord();
  return records;
}

function needsQuotes(value: string, separator: CsvSeparator): boolean {
  return value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();
}

export function writeCsvField(value: string, separator: CsvSeparator): string {
  return needsQuotes(value, separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records with CRLF line ends (as Excel does). */
export function writeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator, withBom: boolean): string {
  const body = rows.map((r) => r.map((v) => writeCsvField(v, separator)).join(separator)).join("\r\n");
  return (withBom ? UTF8_BOM : "") + body + "\r\n";
}
