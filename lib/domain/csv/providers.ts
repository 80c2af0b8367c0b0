import {
  DoctorSchema,
  EMPLOYMENT_KIND_LABELS_DE,
  LICENCE_SCOPE_LABELS_DE,
  PROVIDER_KIND_LABELS_DE,
  ProviderSchema,
  SUCCESSOR_STATUS_LABELS_DE,
  type Doctor,
  type EmploymentKind,
  type LicenceScope,
  type Provider,
  type ProviderKind,
  type SuccessorStatus,
} from "@/lib/domain/schemas/provider";
import { CsvSyntaxError, detectSeparator, findUnsafeCsvCells, readCsv, writeCsv, type CsvRecord } from "./parse";

/**
 * CSV import and export of the provider inventory: one row per doctor; the provider's columns repeat on
 * each of its rows; a provider without doctors is one row with empty doctor columns. Rows with the same
 * "Nr." belong to one provider.
 */

export type ProviderCsvField =
  | "ags"
  | "providerNo"
  | "kind"
  | "name"
  | "street"
  | "postcode"
  | "city"
  | "successorStatus"
  | "doctorName"
  | "birthYear"
  | "age"
  | "employment"
  | "licence"
  | "weeklyHours"
  | "plannedExitYear";

export interface ProviderCsvColumn {
  field: ProviderCsvField;
  header: string;
  /** Earlier headers of this column, still read on import so files people already have keep working. */
  legacyHeaders?: readonly string[];
  required: boolean;
  description_de: string;
  example: string;
}

const list = (labels: Record<string, string>): string =>
  Object.values(labels)
    .map((l) => `„${l}“`)
    .join(", ");

/** The documented column layout, in export order. Headers (and legacy headers) are matched case-insensitively on import. */
export const PROVIDER_CSV_COLUMNS: readonly ProviderCsvColumn[] = [
  { field: "providerNo", header: "Nr.", required: false, example: "1", description_de: "Nummer der Einrichtung. Zeilen mit derselben Nr. gehören zur selben Einrichtung (eine Zeile je Ärztin oder Arzt). Leer: Zeilen mit gleichen Einrichtungsangaben werden zusammengefasst." },
  { field: "kind", header: "Art", required: true, example: "Hausarztpraxis", description_de: `Art der Einrichtung: ${list(PROVIDER_KIND_LABELS_DE)}.` },
  { field: "name", header: "Name", required: true, example: "Hausarztpraxis am Markt", description_de: "Name der Einrichtung." },
  { field: "street", header: "Straße", required: true, example: "Am Rathaus 2", description_de: "Straße und Hausnummer." },
  { field: "postcode", header: "PLZ", required: true, example: "32694", description_de: "Fünfstellige Postleitzahl." },
  { field: "city", header: "Ort", required: true, example: "Dörentrup", description_de: "Ort." },
  { field: "successorStatus", header: "Nachfolge", required: false, example: "gesucht", description_de: "Stand der Nachfolge: „keine“, „gesucht“ oder „gefunden“. Leer: keine." },
  { field: "doctorName", header: "Ärztin oder Arzt", legacyHeaders: ["Ärztin/Arzt"], required: false, example: "Dr. Beispiel", description_de: "Optional: Name oder Kürzel der Ärztin oder des Arztes. Alle Arztspalten leer: Einrichtung ohne Ärztinnen und Ärzte." },
  { field: "birthYear", header: "Geburtsjahr", required: false, example: "1961", description_de: "Geburtsjahr (1930–2010). Geburtsjahr oder Alter ist nötig, wenn eine Ärztin oder ein Arzt eingetragen ist." },
  { field: "age", header: "Alter", required: false, example: "", description_de: "Alter in Jahren, nur wenn das Geburtsjahr unbekannt ist." },
  { field: "employment", header: "Tätigkeit", required: false, example: "zugelassen", description_de: "„zugelassen“ (eigene Zulassung) oder „angestellt“." },
  { field: "licence", header: "Versorgungsauftrag", required: false, example: "voll", description_de: "Nur bei „zugelassen“: „voll“, „drei Viertel“ oder „halb“." },
  { field: "weeklyHours", header: "Wochenstunden", required: false, example: "", description_de: "Nur bei „angestellt“: vertragliche Wochenstunden, z. B. 25 oder 12,5." },
  { field: "plannedExitYear", header: "Geplantes Abgabejahr", required: false, example: "2028", description_de: "Optional: Jahr, in dem die Ärztin oder der Arzt aufhören will." },
];

/**
 * The county-wide shape (issue 17): the same columns with the AGS of each practice's municipality first, so one file
 * carries the inventories of many towns (as a KV or a county's own survey delivers them).
 */
export const COUNTY_PROVIDER_CSV_COLUMNS: readonly ProviderCsvColumn[] = [
  { field: "ags", header: "AGS", required: true, example: "05766024", description_de: "Amtlicher Gemeindeschlüssel (8 Ziffern) der Gemeinde, in der die Einrichtung liegt; sie muss zum Kreis gehören." },
  ...PROVIDER_CSV_COLUMNS,
];

const DOCTOR_FIELDS: readonly ProviderCsvField[] = ["doctorName", "birthYear", "age", "employment", "licence", "weeklyHours", "plannedExitYear"];
const PROVIDER_FIELDS: readonly ProviderCsvField[] = ["kind", "name", "street", "postcode", "city", "successorStatus"];

const SHORT_LICENCE_LABELS_DE: Record<LicenceScope, string> = { full: "voll", "three-quarter": "drei Viertel", half: "halb" };
const SHORT_SUCCESSOR_LABELS_DE: Record<SuccessorStatus, string> = { none: "keine", searching: "gesucht", found: "gefunden" };

function headerOf(field: ProviderCsvField): string {
  return COUNTY_PROVIDER_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
}

/** Downloadable template: header, an example GP practice with two doctors, and a pharmacy without doctors. */
export const PROVIDER_CSV_TEMPLATE: string = writeCsv(
  [
    PROVIDER_CSV_COLUMNS.map((c) => c.header),
    ["1", "Hausarztpraxis", "Hausarztpraxis am Markt", "Marktstraße 1", "32694", "Dörentrup", "gesucht", "Dr. Beispiel", "1961", "", "zugelassen", "voll", "", "2028"],
    ["1", "Hausarztpraxis", "Hausarztpraxis am Markt", "Marktstraße 1", "32694", "Dörentrup", "gesucht", "Ärztin B", "1984", "", "angestellt", "", "25", ""],
    ["2", "Apotheke", "Löwen-Apotheke", "Hauptstraße 5", "32694", "Dörentrup", "keine", "", "", "", "", "", "", ""],
  ],
  ";",
  true,
);

/**
 * Caps per file (= per inventory: an import replaces the whole inventory of one town). Sizing: the largest German
 * municipality, Berlin, has 3,755,251 inhabitants (GV100AD 31.12.2022, prisma/data). At roughly 60 GPs, 20
 * pharmacies and 18 home-nursing services per 100,000 inhabitants (the product's assumption, orders of magnitude of
 * the national averages, not a cited figure) that is about 2,300 GPs in some 1,600 practices, 750 pharmacies and
 * 700 nursing services — about 3,000 providers. 5,000 providers and 20,000 rows (one row per doctor) leave room for
 * that and for some specialist and therapy practices; a town of the tool's audience (small towns) has tens.
 * Together with the 2 MB request cap this bounds the work of one import (scripts/bench.ts measures it).
 */
export const MAX_CSV_ROWS = 20_000;
export const MAX_CSV_PROVIDERS = 5_000;

/** Rows validated between two yields to the event loop in the async parser. */
const PARSE_CHUNK_ROWS = 500;

/** One bad row (line 1 = header; `column` where the problem is in one column): the API contract's type. */
export type { ProviderCsvError } from "@/lib/domain/schemas/provider-responses";
import type { ProviderCsvError } from "@/lib/domain/schemas/provider-responses";

export type ProviderCsvParseResult =
  | { ok: true; providers: Provider[] }
  | { ok: false; errors: ProviderCsvError[] };

/** The county-wide file: the providers of each town (AGS), towns in file order. */
export type CountyProviderCsvParseResult =
  | { ok: true; towns: Map<string, Provider[]>; providerCount: number; rowCount: number }
  | { ok: false; errors: ProviderCsvError[] };

const normalise = (s: string): string => s.trim().toLocaleLowerCase("de-DE").replace(/\s+/g, " ");

// Normalised label → id, built once per label set (normalising every label on every cell was most of the CPU time).
const enumLookups = new WeakMap<object, Map<string, string>>();
function enumFromCell<T extends string>(
  value: string,
  labelSets: readonly Record<T, string>[],
): T | undefined {
  const v = normalise(value);
  for (const labels of labelSets) {
    let lookup = enumLookups.get(labels);
    if (!lookup) {
      lookup = new Map();
      for (const [id, label] of Object.entries(labels) as [T, string][]) {
        if (!lookup.has(normalise(label))) lookup.set(normalise(label), id);
      }
      for (const id of Object.keys(labels)) if (!lookup.has(normalise(id))) lookup.set(normalise(id), id);
      enumLookups.set(labels, lookup);
    }
    const id = lookup.get(v);
    if (id !== undefined) return id as T;
  }
  return undefined;
}

type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

function numberCell(value: string): CellResult<number> {
  const v = value.trim();
  if (v === "") return { ok: true, value: undefined };
  // Accept German decimal commas ("12,5") and points; no thousands separators in these columns.
  if (!/^-?\d+([.,]\d+)?$/.test(v)) return { ok: false, message: `„${v}“ ist keine Zahl.` };
  return { ok: true, value: Number(v.replace(",", ".")) };
}

function formatNumber(n: number | undefined): string {
  return n === undefined ? "" : String(n).replace(".", ",");
}

interface ParsedRow {
  line: number;
  ags: string;
  key: string;
  providerFields: Record<string, unknown>;
  doctor: Doctor | undefined;
}

/** Parses an inventory CSV. All rows or none: any bad row makes the whole import fail, with every error listed. */
export function parseProvidersCsv(text: string): ProviderCsvParseResult {
  const steps = parseSteps(text, null);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.ok ? { ok: true, providers: step.value.providers.map((p) => p.provider) } : step.value;
  }
}

/**
 * The same as parseProvidersCsv, but yields to the event loop every few hundred rows, so a server keeps answering
 * other requests while it validates a large file.
 */
export async function parseProvidersCsvAsync(text: string): Promise<ProviderCsvParseResult> {
  const result = await driveAsync(parseSteps(text, null));
  return result.ok ? { ok: true, providers: result.providers.map((p) => p.provider) } : result;
}

async function driveAsync<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Parses a county-wide file (COUNTY_PROVIDER_CSV_COLUMNS): every row names its town by AGS, which must be one of
 * `allowedAgs` (the towns of the Kreis). All rows or none, every error with its line; the caps are those of one file.
 */
export async function parseCountyProvidersCsvAsync(text: string, allowedAgs: ReadonlySet<string>): Promise<CountyProviderCsvParseResult> {
  const result = await driveAsync(parseSteps(text, allowedAgs));
  if (!result.ok) return result;
  const towns = new Map<string, Provider[]>();
  for (const { ags, provider } of result.providers) {
    const list = towns.get(ags);
    if (list) list.push(provider);
    else towns.set(ags, [provider]);
  }
  return { ok: true, towns, providerCount: result.providers.length, rowCount: result.rowCount };
}

const COUNT = new Intl.NumberFormat("de-DE");

/**
 * Groups items by key in first-seen order, each group in input order. Linear: one Map lookup and one push per item
 * (copying the group on every row, as before, was quadratic: 30,000 rows took 13.8 s of CPU).
 */
export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
/** Built once: deriving the schema on every row cost more than validating with it. */
const PROVIDER_FIELDS_SCHEMA = ProviderSchema.omit({ doctors: true, id: true });

type StepsResult = { ok: true; providers: { ags: string; provider: Provider }[]; rowCount: number } | { ok: false; errors: ProviderCsvError[] };
const tooLarge = (line: number, message: string): StepsResult => ({ ok: false, errors: [{ line, message }] });

/**
 * The parser as a generator: it yields between chunks of rows (the sync and async entry points above drive it).
 * `allowedAgs` null: one town's file (PROVIDER_CSV_COLUMNS); a set: the county-wide file with the AGS column.
 */
function* parseSteps(text: string, allowedAgs: ReadonlySet<string> | null): Generator<void, StepsResult, void> {
  const columns = allowedAgs ? COUNTY_PROVIDER_CSV_COLUMNS : PROVIDER_CSV_COLUMNS;
  const separator = detectSeparator(text);
  let records: CsvRecord[];
  try {
    records = readCsv(text, separator);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { ok: false, errors: [{ line: e.line, message: e.message }] };
    throw e;
  }
  const unsafe = findUnsafeCsvCells(records);
  if (unsafe.length > 0) return { ok: false, errors: unsafe.slice(0, 50).map(({ line, message }) => ({ line, message })) };
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  const headerRecord = nonEmpty[0];
  if (!headerRecord) return { ok: false, errors: [{ line: 1, message: "Die Datei ist leer." }] };

  // Map header names to columns.
  const errors: ProviderCsvError[] = [];
  const indexOf = new Map<ProviderCsvField, number>();
  headerRecord.fields.forEach((h, i) => {
    const col = columns.find((c) => [c.header, ...(c.legacyHeaders ?? [])].some((name) => normalise(name) === normalise(h)));
    if (col) {
      if (indexOf.has(col.field)) errors.push({ line: headerRecord.line, column: col.header, message: `Die Spalte „${col.header}“ kommt doppelt vor.` });
      else indexOf.set(col.field, i);
    } else if (h.trim() !== "") {
      errors.push({ line: headerRecord.line, column: h.trim(), message: `Unbekannte Spalte „${h.trim()}“. Erlaubt sind: ${columns.map((c) => c.header).join(", ")}.` });
    }
  });
  for (const col of columns) {
    if (col.required && !indexOf.has(col.field)) {
      errors.push({ line: headerRecord.line, column: col.header, message: `Die Pflichtspalte „${col.header}“ fehlt.` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const dataRecords = nonEmpty.length - 1;
  if (dataRecords > MAX_CSV_ROWS) {
    return tooLarge(
      nonEmpty[MAX_CSV_ROWS + 1]?.line ?? headerRecord.line,
      `Die Datei hat ${COUNT.format(dataRecords)} Zeilen; erlaubt sind höchstens ${COUNT.format(MAX_CSV_ROWS)} Zeilen (eine Zeile je Ärztin oder Arzt) und ${COUNT.format(MAX_CSV_PROVIDERS)} Einrichtungen je Gemeinde. Es wurde nichts übernommen.`,
    );
  }
  yield;

  const rows: ParsedRow[] = [];
  let sinceYield = 0;
  for (const record of nonEmpty.slice(1)) {
    if (++sinceYield >= PARSE_CHUNK_ROWS) {
      sinceYield = 0;
      yield;
    }
    const cell = (field: ProviderCsvField): string => {
      const i = indexOf.get(field);
      return i === undefined ? "" : (record.fields[i] ?? "").trim();
    };
    const rowErrors: ProviderCsvError[] = [];
    const err = (field: ProviderCsvField, message: string) => rowErrors.push({ line: record.line, column: headerOf(field), message });
    if (record.fields.length > headerRecord.fields.length) {
      rowErrors.push({ line: record.line, message: `Die Zeile hat ${record.fields.length} Felder, die Kopfzeile nur ${headerRecord.fields.length}. Steht ein Trennzeichen im Text? Dann das Feld in Anführungszeichen setzen.` });
    }

    // The town (county-wide file only).
    const ags = allowedAgs ? cell("ags") : "";
    if (allowedAgs) {
      if (ags === "") err("ags", "Bitte den Gemeindeschlüssel (AGS) angeben.");
      else if (!/^\d{8}$/.test(ags)) err("ags", `„${ags}“ ist kein Gemeindeschlüssel: 8 Ziffern, z. B. 05766024.`);
      else if (!allowedAgs.has(ags)) err("ags", `Die Gemeinde ${ags} gehört nicht zu diesem Kreis.`);
    }

    // Provider columns.
    const providerFields: Record<string, unknown> = { name: cell("name"), street: cell("street"), postcode: cell("postcode"), city: cell("city") };
    const kindText = cell("kind");
    const kind = enumFromCell<ProviderKind>(kindText, [PROVIDER_KIND_LABELS_DE]);
    if (kind) providerFields.kind = kind;
    else err("kind", kindText === "" ? "Bitte die Art der Einrichtung angeben." : `Unbekannte Art „${kindText}“. Erlaubt: ${list(PROVIDER_KIND_LABELS_DE)}.`);
    const successorText = cell("successorStatus");
    if (successorText !== "") {
      const s = enumFromCell<SuccessorStatus>(successorText, [SHORT_SUCCESSOR_LABELS_DE, SUCCESSOR_STATUS_LABELS_DE]);
      if (s) providerFields.successorStatus = s;
      else err("successorStatus", `Unbekannter Stand der Nachfolge „${successorText}“. Erlaubt: „keine“, „gesucht“, „gefunden“.`);
    }
    const providerCheck = PROVIDER_FIELDS_SCHEMA.safeParse(providerFields);
    if (!providerCheck.success) {
      for (const issue of providerCheck.error.issues) {
        const field = issue.path[0];
        // The kind and successor status were reported above with the cell text.
        if (field === "kind" || field === "successorStatus") continue;
        const f = PROVIDER_FIELDS.find((x) => x === field);
        rowErrors.push({ line: record.line, ...(f ? { column: headerOf(f) } : {}), message: issue.message });
      }
    }

    // Doctor columns.
    let doctor: Doctor | undefined;
    if (DOCTOR_FIELDS.some((f) => cell(f) !== "")) {
      const errorsBeforeDoctor = rowErrors.length;
      const d: Record<string, unknown> = { employment: undefined };
      const name = cell("doctorName");
      if (name !== "") d.name = name;
      for (const f of ["birthYear", "age", "weeklyHours", "plannedExitYear"] as const) {
        const n = numberCell(cell(f));
        if (!n.ok) err(f, n.message);
        else if (n.value !== undefined) d[f] = n.value;
      }
      const employmentText = cell("employment");
      const employment = enumFromCell<EmploymentKind>(employmentText, [EMPLOYMENT_KIND_LABELS_DE]);
      if (employment) d.employment = employment;
      else err("employment", employmentText === "" ? "Bitte „zugelassen“ oder „angestellt“ angeben." : `Unbekannte Tätigkeit „${employmentText}“. Erlaubt: „zugelassen“, „angestellt“.`);
      const licenceText = cell("licence");
      if (licenceText !== "") {
        const l = enumFromCell<LicenceScope>(licenceText, [SHORT_LICENCE_LABELS_DE, LICENCE_SCOPE_LABELS_DE]);
        if (l) d.licence = l;
        else err("licence", `Unbekannter Versorgungsauftrag „${licenceText}“. Erlaubt: „voll“, „drei Viertel“, „halb“.`);
      }
      // Check the doctor as a whole only if each of its cells could be read.
      if (rowErrors.length === errorsBeforeDoctor) {
        const parsed = DoctorSchema.safeParse(d);
        if (parsed.success) doctor = parsed.data;
        else {
          for (const issue of parsed.error.issues) {
            const f = DOCTOR_FIELDS.find((x) => x === (issue.path[0] === "name" ? "doctorName" : issue.path[0]));
            rowErrors.push({ line: record.line, ...(f ? { column: headerOf(f) } : {}), message: issue.message });
          }
        }
      }
    }

    errors.push(...rowErrors);
    if (rowErrors.length === 0) {
      const no = cell("providerNo");
      const key = `${ags}|${no !== "" ? `nr:${no}` : `p:${JSON.stringify(PROVIDER_FIELDS.map((f) => providerFields[f] ?? ""))}`}`;
      rows.push({ line: record.line, ags, key, providerFields: providerCheck.success ? providerCheck.data : providerFields, doctor });
    }
  }

  // Group rows into providers; the provider columns must agree on every row of one provider.
  const groups = groupByKey(rows, (row) => row.key);
  if (groups.size > MAX_CSV_PROVIDERS) {
    return tooLarge(
      headerRecord.line,
      `Die Datei enthält ${COUNT.format(groups.size)} Einrichtungen; erlaubt sind höchstens ${COUNT.format(MAX_CSV_PROVIDERS)} Einrichtungen je Gemeinde. Es wurde nichts übernommen.`,
    );
  }
  yield;
  const providers: { ags: string; provider: Provider }[] = [];
  sinceYield = 0;
  for (const group of groups.values()) {
    sinceYield += group.length;
    if (sinceYield >= PARSE_CHUNK_ROWS) {
      sinceYield = 0;
      yield;
    }
    const first = group[0];
    if (!first) continue;
    for (let i = 1; i < group.length; i++) {
      const row = group[i]!;
      for (const f of PROVIDER_FIELDS) {
        if ((row.providerFields[f] ?? "none") !== (first.providerFields[f] ?? "none")) {
          errors.push({ line: row.line, column: headerOf(f), message: `Abweichend von Zeile ${first.line}: Alle Zeilen einer Einrichtung (gleiche Nr.) brauchen dieselben Einrichtungsangaben.` });
        }
      }
      if (row.doctor === undefined || first.doctor === undefined) {
        errors.push({ line: row.line, message: "Eine Einrichtung mit mehreren Zeilen braucht in jeder Zeile eine Ärztin oder einen Arzt." });
      }
    }
    const parsed = ProviderSchema.safeParse({
      ...first.providerFields,
      doctors: group.map((r) => r.doctor).filter((d): d is Doctor => d !== undefined),
    });
    if (parsed.success) providers.push({ ags: first.ags, provider: parsed.data });
    else for (const issue of parsed.error.issues) errors.push({ line: first.line, message: issue.message });
  }

  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return { ok: false, errors };
  }
  return { ok: true, providers, rowCount: dataRecords };
}

/** Writes the inventory as `;`-separated CSV with a UTF-8 BOM and CRLF (opens correctly in Excel). */
export function serializeProvidersCsv(providers: readonly Provider[]): string {
  return writeCsv(providerRows(providers.map((provider) => ({ ags: "", provider })), PROVIDER_CSV_COLUMNS), ";", true);
}

/** The county-wide export: the same shape with the AGS column first (COUNTY_PROVIDER_CSV_COLUMNS), towns in order. */
export function serializeCountyProvidersCsv(towns: readonly { ags: string; providers: readonly Provider[] }[]): string {
  const entries = towns.flatMap((t) => t.providers.map((provider) => ({ ags: t.ags, provider })));
  return writeCsv(providerRows(entries, COUNTY_PROVIDER_CSV_COLUMNS), ";", true);
}

function providerRows(entries: readonly { ags: string; provider: Provider }[], columns: readonly ProviderCsvColumn[]): string[][] {
  const rows: string[][] = [columns.map((c) => c.header)];
  entries.forEach(({ ags, provider: p }, i) => {
    const providerCells: Record<ProviderCsvField, string> = {
      ags,
      providerNo: String(i + 1),
      kind: PROVIDER_KIND_LABELS_DE[p.kind],
      name: p.name,
      street: p.street,
      postcode: p.postcode,
      city: p.city,
      successorStatus: SHORT_SUCCESSOR_LABELS_DE[p.successorStatus],
      doctorName: "",
      birthYear: "",
      age: "",
      employment: "",
      licence: "",
      weeklyHours: "",
      plannedExitYear: "",
    };
    const doctorRows: Record<ProviderCsvField, string>[] =
      p.doctors.length === 0
        ? [providerCells]
        : p.doctors.map((d) => ({
            ...providerCells,
            doctorName: d.name ?? "",
            birthYear: formatNumber(d.birthYear),
            age: formatNumber(d.age),
            employment: EMPLOYMENT_KIND_LABELS_DE[d.employment],
            licence: d.licence ? SHORT_LICENCE_LABELS_DE[d.licence] : "",
            weeklyHours: formatNumber(d.weeklyHours),
            plannedExitYear: formatNumber(d.plannedExitYear),
          }));
    for (const r of doctorRows) rows.push(columns.map((c) => r[c.field]));
  });
  return rows;
}
