/**
 * A small RFC 4180 CSV reader/writer: `;` or `,` separator, quoted fields (with `""` escapes and line
 * breaks inside quotes), CRLF/LF/CR line ends, UTF-8 byte-order mark. Pure string functions.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab, a
 * carriage return (or a line feed) as a formula. The writer therefore puts a single quote `'` before such a cell and quotes the
 * field (`"'=HYPERLINK(…)"`); spreadsheets show the text instead of running it. So that the round trip stays
 * lossless, a cell that genuinely begins with `'` is escaped the same way (`'x` → `''x`), and the reader removes
 * exactly one leading `'` when it is followed by one of those characters or by another `'` (`'=x` → `=x`,
 * `''x` → `'x`). Any other cell (also `'x`, as a person may type it) is read as it is.
 */
import { unsafeTextProblem } from "@/lib/domain/text";

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

/** Splits CSV text into records (formula escapes removed, see above). Throws `CsvSyntaxError` on an unterminated quote. */
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

  const endField = () => fields.push(restoreFormula(field));
  const endRecord = () => {
    endField();
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
      endField();
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

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection), plus the escape itself. */
const FORMULA_START = /^[=+\-@\t\r\n']/;
const ESCAPED_FORMULA_START = /^'[=+\-@\t\r\n']/;

/** The cell as written: `'` before a cell a spreadsheet would run as a formula (or that begins with `'`). */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormula: removes exactly the one `'` it added. */
export function restoreFormula(value: string): string {
  return ESCAPED_FORMULA_START.test(value) ? value.slice(1) : value;
}

function needsQuotes(value: string, separator: CsvSeparator): boolean {
  return value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();
}

export function writeCsvField(value: string, separator: CsvSeparator): string {
  const safe = neutraliseFormula(value);
  return safe !== value || needsQuotes(safe, separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes records with CRLF line ends (as Excel does). */
export function writeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator, withBom: boolean): string {
  const body = rows.map((r) => r.map((v) => writeCsvField(v, separator)).join(separator)).join("\r\n");
  return (withBom ? UTF8_BOM : "") + body + "\r\n";
}
