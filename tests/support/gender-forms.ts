import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "./import-graph";

export { ROOT, sourceFiles } from "./import-graph";

/**
 * The app writes gender-fair German in pair forms ("Ärztinnen und Ärzte") or neutral forms ("Ärzteschaft"), as
 * public bodies do (docs/ui-conventions.md, "Words"). This finds the forms it does not use: colon, asterisk,
 * underscore, slash, parenthesis and Binnen-I ("Ärzt:innen", "Ärzt*innen", "Ärzt_innen", "Ärztin/Arzt",
 * "Bürger/-innen", "Ärzt(inn)en", "ÄrztInnen"). Used by tests/unit/gender-forms.test.ts.
 */

const L = "\\p{L}";
const NOT_LETTER = "(?![\\p{L}\\p{N}_])";
const SUFFIX = `in(?:nen)?${NOT_LETTER}`;
const PATTERNS: RegExp[] = [
  // Ärzt:innen, Ärzt*in, Ärzt_innen, Ärzt·innen (a space after the colon is punctuation: "Uhrzeit: innen";
  // snake_case keys such as "already_in_plan" are not words)
  new RegExp(`${L}[:*_·]${SUFFIX}`, "u"),
  // Bürger/innen, Bürger/-innen, Hausarzt/-ärztin, Mitarbeiter/-in
  new RegExp(`${L}/-${L}*${SUFFIX}`, "u"),
  new RegExp(`\\p{Ll}/innen${NOT_LETTER}`, "u"),
  // Mitarbeiter/in – but not the preposition: "vor Ort/in der Region"
  new RegExp(`\\p{Ll}/in${NOT_LETTER}(?!\\s+\\p{Ll})`, "u"),
  // Ärzt(inn)en, Bürger(innen), Ärztin(nen)
  new RegExp(`${L}\\((?:in|innen|inn)\\)(?:en)?${NOT_LETTER}`, "u"),
  new RegExp(`${L}in\\(nen\\)`, "u"),
  // ÄrztInnen, BürgerInnen; singular ÄrztIn, BürgerIn (a capitalised noun, so "signIn"/"optIn" stay out)
  new RegExp(`\\p{Ll}Innen${NOT_LETTER}`, "u"),
  new RegExp(`(?<!${L})\\p{Lu}\\p{Ll}+(?:er|t)In${NOT_LETTER}`, "u"),
  // der Ärztin/des Arztes
  new RegExp(`${L}{2,}in/(?:des|dem|den|der|die|das|ein|eine|eines|einem|einen|einer)\\s`, "u"),
];

/** Letters without umlauts and case, so "Ärzt" and "Arzt" compare equal. */
function fold(word: string): string {
  return word.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss");
}

/** Ärztin/Arzt, Arzt/Ärztin, Lehrerin/Lehrer: a feminine and its masculine joined by a slash. */
function slashPair(text: string): string | undefined {
  for (const match of text.matchAll(/(\p{L}+)\/(\p{L}+)/gu)) {
    const [whole, left = "", right = ""] = match;
    for (const [feminine, other] of [[left, right], [right, left]] as const) {
      if (feminine.length < 4 || !feminine.endsWith("in") || other.length < 3) continue;
      const stem = fold(feminine.slice(0, -2));
      const masculine = fold(other);
      if (stem === masculine || (stem.startsWith(masculine) && stem.length - masculine.length <= 1) || (masculine.startsWith(stem) && masculine.length - stem.length <= 2))
        return whole;
    }
  }
  return undefined;
}

/** The first gender form of the kinds above in a text, or undefined. URLs and paths are not text. */
export function genderForm(text: string): string | undefined {
  const prose = text.replace(/\b(?:https?|mailto):\S+/g, " ").replace(/(?:^|\s)\/[\w\-/.[\]]*/g, " ");
  for (const pattern of PATTERNS) {
    const match = pattern.exec(prose);
    if (match) {
      const start = prose.lastIndexOf(" ", match.index) + 1;
      const end = prose.indexOf(" ", match.index + match[0].length);
      return prose.slice(start, end === -1 ? undefined : end);
    }
  }
  return slashPair(prose);
}

/**
 * Generic masculine nouns the app no longer uses for people in general (issue 18): each with its masculine endings
 * (lower case, compounds end in them: "Hausärzte", "Praxisnachfolger") and the feminine stem the pair form starts
 * with ("Hausärztinnen und Hausärzte", "die Bürgermeisterin oder der Bürgermeister").
 */
const GENERIC_MASCULINE: readonly { readonly forms: readonly string[]; readonly feminine: string }[] = [
  { forms: ["bürgermeister", "bürgermeisters", "bürgermeistern"], feminine: "bürgermeisterin" },
  { forms: ["nachfolger", "nachfolgers", "nachfolgern"], feminine: "nachfolgerin" },
  { forms: ["patient", "patienten"], feminine: "patientin" },
  { forms: ["mitarbeiter", "mitarbeiters", "mitarbeitern"], feminine: "mitarbeiterin" },
  { forms: ["bürger", "bürgers", "bürgern"], feminine: "bürgerin" },
  { forms: ["investor", "investors", "investoren"], feminine: "investorin" },
  { forms: ["akteur", "akteurs", "akteure", "akteuren"], feminine: "akteurin" },
  { forms: ["einwohner", "einwohners", "einwohnern"], feminine: "einwohnerin" },
  { forms: ["arzt", "arztes", "ärzte", "ärzten"], feminine: "ärztin" },
  { forms: ["mieter", "mieters", "mietern"], feminine: "mieterin" },
  { forms: ["ansprechpartner", "ansprechpartners", "ansprechpartnern"], feminine: "ansprechpartnerin" },
  { forms: ["experte", "experten"], feminine: "expertin" },
  { forms: ["mentor", "mentors", "mentoren"], feminine: "mentorin" },
];

/**
 * Kept as given (docs/ui-conventions.md, "Words"): terms of the Bedarfsplanung, titles the sources give (KommKom
 * measures, a publication) and one person the source names ("ein ortsansässiger Hausarzt", Dornhan, PORT 3.2.3).
 * Words in German quotation marks („…“) quote a source and are skipped too.
 */
export const GENERIC_MASCULINE_EXCEPTIONS: readonly string[] = [
  "Allgemeine Verhältniszahl Hausärzte",
  "Einwohner je Hausarzt",
  "Alles aus einer Hand für Ärzte und medizinisches Fachpersonal",
  "Analyse der kommunalen Gesundheitsakteure",
  "Mentoring-Programm für angehende Ärzte & Apotheker",
  "Existenzgründungsanalyse Hausärzte",
  "ein Hausarzt seinen Rückzug ankündigte",
];

/**
 * "Ärztinnen und ", "Ärztinnen, ", "einer Hausärztin oder eines neuen ": a feminine, "und", "oder" or a comma, and at
 * most two lower-case words (article, adjective) before the noun.
 */
const PAIR_BEFORE = /(\p{L}+)(?:\s+(?:und|oder)|,)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** " und Ärztinnen", " oder die Bürgermeisterin": the same after the noun. */
const PAIR_AFTER = /^(?:\s+(?:und|oder)|,)\s+(?:\p{Ll}+\s+){0,2}(\p{L}+)/u;

function isFeminine(word: string | undefined, feminine: string): boolean {
  const lower = word?.toLowerCase();
  return lower === feminine || lower === `${feminine}nen`;
}

/**
 * The first generic masculine noun of GENERIC_MASCULINE in a text that is not part of a pair form ("Ärztinnen und
 * Ärzte", "Ärztinnen oder Ärzte", "die Hausärztin oder der Hausarzt") or of an exception, or undefined. Only
 * capitalised whole words count: compounds that start with the noun ("Einwohnerzahl", "Arzt-Geschoss", "Hausarzt-,
 * Kinderarzt- und Hebammenpraxis") do not, and "-ärzte" is not a word ("Haus- und Fachärzte" is flagged at "Fachärzte").
 */
export function genericMasculine(text: string): string | undefined {
  let prose = text.replace(/\b(?:https?|mailto):\S+/g, " ").replace(/„[^“]*“/g, " ");
  for (const exception of GENERIC_MASCULINE_EXCEPTIONS) prose = prose.split(exception).join(" ");
  for (const match of prose.matchAll(/(?<![\p{L}\p{N}_-])\p{Lu}\p{L}*(?![\p{L}-])/gu)) {
    const word = match[0];
    const lower = word.toLowerCase();
    for (const { forms, feminine } of GENERIC_MASCULINE) {
      const form = forms.find((candidate) => lower.endsWith(candidate));
      if (!form) continue;
      const femininePair = lower.slice(0, lower.length - form.length) + feminine;
      const before = PAIR_BEFORE.exec(prose.slice(0, match.index))?.[1];
      const after = PAIR_AFTER.exec(prose.slice(match.index + word.length))?.[1];
      if (!isFeminine(before, femininePair) && !isFeminine(after, femininePair)) return word;
    }
  }
  return undefined;
}

/** Words the app no longer uses (issue 18), with what it says instead. */
export const RETIRED_TERMS: readonly (readonly [RegExp, string])[] = [
  [/Versorgernetzwerk/i, "Gesundheitsnetzwerk"],
  [/Bereitschaftsprofil/i, "Voraussetzungen"],
  [/obendrauf/i, "zusätzlich"],
  [/Das hat nicht geklappt/i, "sagen, was fehlschlug"],
  [/Wer stellt an\?/i, "Wer ist Arbeitgeber?"],
];

/** The first retired term in a text, with its replacement, or undefined. */
export function retiredTerm(text: string): string | undefined {
  for (const [pattern, instead] of RETIRED_TERMS) {
    const match = pattern.exec(text);
    if (match) return `${match[0]} (statt dessen: ${instead})`;
  }
  return undefined;
}

type Detector = (text: string) => string | undefined;

export interface Finding {
  file: string;
  where: string;
  form: string;
  text: string;
}

function relative(file: string): string {
  return path.relative(ROOT, file);
}

function check(out: Finding[], file: string, where: string, text: string, detect: Detector): void {
  const form = detect(text);
  if (form) out.push({ file: relative(file), where, form, text: text.length > 160 ? `${text.slice(0, 157)}…` : text });
}

/**
 * Every string value of a JSON file, with its path. Values under a key in `skipKeys` are skipped: in the knowledge
 * files `quote` holds the source's words verbatim (the quote checks compare them with ../shared/sources).
 */
export function scanJson(file: string, skipKeys: ReadonlySet<string> = new Set(), detect: Detector = genderForm): Finding[] {
  const out: Finding[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === "string") check(out, file, where, value, detect);
    else if (Array.isArray(value)) value.forEach((child, i) => walk(child, `${where}[${i}]`));
    else if (value && typeof value === "object")
      for (const [key, child] of Object.entries(value)) if (!skipKeys.has(key)) walk(child, where ? `${where}.${key}` : key);
  };
  walk(JSON.parse(fs.readFileSync(file, "utf8")), "");
  return out;
}

/** The property a string is the value of (directly or as an element of an array), e.g. `quote` in `{ quote: "…" }`. */
function propertyName(node: ts.Node): string | undefined {
  let value = node;
  while (value.parent && ts.isArrayLiteralExpression(value.parent)) value = value.parent;
  const parent = value.parent;
  if (parent && ts.isPropertyAssignment(parent) && parent.initializer === value) {
    const name = parent.name;
    if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  }
  return undefined;
}

/**
 * Not the app's words: `quote` holds a source's words verbatim; `legacyHeaders` are old CSV headers that are still
 * read on import (lib/domain/csv/providers.ts), never shown.
 */
const NOT_OWN_TEXT = new Set(["quote", "legacyHeaders"]);

/**
 * Every string literal, template text and JSX text of a .ts/.tsx source (comments are not texts), except the values
 * of the properties in NOT_OWN_TEXT.
 */
export function scanSource(file: string, source = fs.readFileSync(file, "utf8"), detect: Detector = genderForm): Finding[] {
  const out: Finding[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      text = node.text;
    else if (ts.isJsxText(node)) text = node.text;
    if (text !== undefined && !NOT_OWN_TEXT.has(propertyName(node) ?? "")) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      check(out, file, `Zeile ${line}`, text, detect);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

export function jsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => path.join(dir, name));
}

export function describeFinding(finding: Finding): string {
  return `${finding.file} ${finding.where}: „${finding.form}“ in „${finding.text}“`;
}
