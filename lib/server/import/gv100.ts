import { normalizeSearchText } from "@/lib/domain/search/normalize";

/**
 * Parser for the Destatis Gemeindeverzeichnis in the fixed-width "GV100AD" format (../shared/data/README.md).
 * Pure: text in, typed records out. A malformed line stops the parse with its line number and the reason.
 */
export interface Gv100Land {
  code: string;
  name: string;
  seat: string;
  referenceDate: string;
}
export interface Gv100Kreis {
  key: string;
  name: string;
  seat: string;
  typeCode: number;
  landCode: string;
  referenceDate: string;
}
export interface Gv100Verband {
  key: string;
  name: string;
  seat: string;
  typeCode: number;
  /** null for the few areas directly under a Land (e.g. the German-Luxembourg condominium, coastal waters). */
  kreisKey: string | null;
  referenceDate: string;
}
export interface Gv100Municipality {
  ags: string;
  name: string;
  officialName: string;
  searchName: string;
  typeCode: number;
  areaHectares: number;
  population: number;
  populationMale: number;
  postcode: string | null;
  hasSeveralPostcodes: boolean;
  landCode: string;
  kreisKey: string | null;
  verbandKey: string;
  referenceDate: string;
}
export interface Gv100Register {
  lands: Gv100Land[];
  kreise: Gv100Kreis[];
  verbaende: Gv100Verband[];
  municipalities: Gv100Municipality[];
  /** Lines of record types the app does not store (20 Regierungsbezirk, 30 region). */
  skipped: number;
}

export class Gv100ParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Zeile ${line}: ${reason}`);
    this.name = "Gv100ParseError";
  }
}

const KREIS_TYPES = new Set([41, 42, 43, 44, 45]);
const MUNICIPALITY_TYPES = new Set([60, 61, 62, 63, 64, 65, 66, 67, 68, 69]);

/** 1-based inclusive character columns, as in the format description. */
function columns(line: string, from: number, to: number): string {
  return line.slice(from - 1, to);
}

function digits(line: string, lineNo: number, from: number, to: number, what: string): string {
  const value = columns(line, from, to);
  if (!/^\d+$/.test(value) || value.length !== to - from + 1) {
    throw new Gv100ParseError(lineNo, `${what} (Spalten ${from}–${to}) ist keine Zahl: "${value.trim()}"`);
  }
  return value;
}

function text(line: string, lineNo: number, from: number, to: number, what: string, required: boolean): string {
  const value = columns(line, from, to).trim();
  if (required && !value) throw new Gv100ParseError(lineNo, `${what} (Spalten ${from}–${to}) fehlt`);
  return value;
}

function referenceDate(line: string, lineNo: number): string {
  const raw = digits(line, lineNo, 3, 10, "Gebietsstand");
  const iso = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Gv100ParseError(lineNo, `Gebietsstand ${raw} ist kein gültiges Datum`);
  }
  return iso;
}

function typeCode(line: string, lineNo: number, allowed: Set<number>, what: string): number {
  const value = text(line, lineNo, 123, 124, `Typ (${what})`, true);
  const code = Number(value);
  if (!/^\d\d$/.test(value) || !allowed.has(code)) {
    throw new Gv100ParseError(lineNo, `unbekannter Typ "${value}" für ${what}`);
  }
  return code;
}

export function parseGv100(content: string): Gv100Register {
  const register: Gv100Register = { lands: [], kreise: [], verbaende: [], municipalities: [], skipped: 0 };
  const landCodes = new Set<string>();
  const kreisKeys = new Set<string>();
  const verbandKeys = new Set<string>();
  const ags = new Set<string>();
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines.length === 0) throw new Gv100ParseError(1, "die Datei ist leer");

  /** A Kreis key must name a known Kreis, except "xx000": an area directly under its Land. */
  const resolveKreis = (areaKey: string, lineNo: number, what: string): string | null => {
    if (kreisKeys.has(areaKey)) return areaKey;
    if (areaKey.endsWith("000") && landCodes.has(areaKey.slice(0, 2))) return null;
    throw new Gv100ParseError(lineNo, `${what}: Kreis ${areaKey} ist unbekannt`);
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.length < 122) {
      throw new Gv100ParseError(lineNo, `Zeile ist zu kurz (${line.length} Zeichen, erwartet mindestens 122)`);
    }
    const recordType = columns(line, 1, 2);
    const date = referenceDate(line, lineNo);
    const landCode = digits(line, lineNo, 11, 12, "Land");
    switch (recordType) {
      case "10": {
        if (landCodes.has(landCode)) throw new Gv100ParseError(lineNo, `Land ${landCode} doppelt`);
        landCodes.add(landCode);
        register.lands.push({
          code: landCode,
          name: text(line, lineNo, 23, 72, "Name", true),
          seat: text(line, lineNo, 73, 122, "Verwaltungssitz", false),
          referenceDate: date,
        });
        return;
      }
      case "20":
      case "30":
        register.skipped++;
        return;
      case "40": {
        const key = `${landCode}${digits(line, lineNo, 13, 13, "Regierungsbezirk")}${digits(line, lineNo, 14, 15, "Kreis")}`;
        if (!landCodes.has(landCode)) throw new Gv100ParseError(lineNo, `Kreis ${key}: Land ${landCode} ist unbekannt`);
        if (kreisKeys.has(key)) throw new Gv100ParseError(lineNo, `Kreis ${key} doppelt`);
        kreisKeys.add(key);
        register.kreise.push({
          key,
          name: text(line, lineNo, 23, 72, "Name", true),
          seat: text(line, lineNo, 73, 122, "Verwaltungssitz", false),
          typeCode: typeCode(line, lineNo, KREIS_TYPES, "Kreis"),
          landCode,
          referenceDate: date,
        });
        return;
      }
      case "50": {
        const areaKey = `${landCode}${digits(line, lineNo, 13, 15, "Kreis")}`;
        const key = `${areaKey}${digits(line, lineNo, 19, 22, "Gemeindeverband")}`;
        const kreisKey = resolveKreis(areaKey, lineNo, `Gemeindeverband ${key}`);
        if (verbandKeys.has(key)) throw new Gv100ParseError(lineNo, `Gemeindeverband ${key} doppelt`);
        verbandKeys.add(key);
        const rawType = columns(line, 123, 124).trim();
        register.verbaende.push({
          key,
          name: text(line, lineNo, 23, 72, "Name", true),
          seat: text(line, lineNo, 73, 122, "Verwaltungssitz", false),
          typeCode: /^\d\d$/.test(rawType) ? Number(rawType) : 0,
          kreisKey,
          referenceDate: date,
        });
        return;
      }
      case "60": {
        const areaKey = `${landCode}${digits(line, lineNo, 13, 15, "Kreis")}`;
        const code = `${areaKey}${digits(line, lineNo, 16, 18, "Gemeinde")}`;
        const verbandKey = `${areaKey}${digits(line, lineNo, 19, 22, "Gemeindeverband")}`;
        const kreisKey = resolveKreis(areaKey, lineNo, `Gemeinde ${code}`);
        if (!verbandKeys.has(verbandKey)) {
          throw new Gv100ParseError(lineNo, `Gemeinde ${code}: Gemeindeverband ${verbandKey} ist unbekannt`);
        }
        if (ags.has(code)) throw new Gv100ParseError(lineNo, `Gemeinde ${code} doppelt`);
        ags.add(code);
        const officialName = text(line, lineNo, 23, 72, "Name", true);
        const name = officialName.split(",")[0]!.trim();
        const postcode = columns(line, 166, 170).trim();
        if (postcode && !/^\d{5}$/.test(postcode)) {
          throw new Gv100ParseError(lineNo, `Postleitzahl "${postcode}" hat nicht fünf Ziffern`);
        }
        const population = Number(digits(line, lineNo, 140, 150, "Einwohnerzahl"));
        const populationMale = Number(digits(line, lineNo, 151, 161, "Einwohnerzahl männlich"));
        if (populationMale > population) {
          throw new Gv100ParseError(lineNo, `Einwohnerzahl männlich (${populationMale}) größer als die Einwohnerzahl (${population})`);
        }
        register.municipalities.push({
          ags: code,
          name,
          officialName,
          searchName: normalizeSearchText(name),
          typeCode: typeCode(line, lineNo, MUNICIPALITY_TYPES, "Gemeinde"),
          areaHectares: Number(digits(line, lineNo, 129, 139, "Fläche")),
          population,
          populationMale,
          postcode: postcode || null,
          hasSeveralPostcodes: columns(line, 171, 175).trim() !== "",
          landCode,
          kreisKey,
          verbandKey,
          referenceDate: date,
        });
        return;
      }
      default:
        throw new Gv100ParseError(lineNo, `unbekannter Satztyp "${recordType}"`);
    }
  });
  return register;
}

export const GV100_ATTRIBUTION =
  "Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys, Gebietsstand 30.11.2023";
export const GV100_LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
