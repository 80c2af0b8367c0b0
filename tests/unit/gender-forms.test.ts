import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, describeFinding, genderForm, genericMasculine, jsonFiles, retiredTerm, scanJson, scanSource, sourceFiles } from "../support/gender-forms";

// One gender-fair style in the app's own German texts: pair forms or neutral forms (docs/ui-conventions.md).
// Verbatim quotes from the sources keep their colon forms.

describe("the gender-form detector", () => {
  it.each([
    ["Ärzt:innen", "Ärzt:innen"],
    ["Die Hausärzt:innen vor Ort", "Hausärzt:innen"],
    ["eine Ärzt:in", "Ärzt:in"],
    ["Bürger*innen", "Bürger*innen"],
    ["Mitarbeiter_innen", "Mitarbeiter_innen"],
    ["Nutzer·innen", "Nutzer·innen"],
    ["ÄrztInnen", "ÄrztInnen"],
    ["jede BürgerIn", "BürgerIn"],
    ["Bürger/innen", "Bürger/innen"],
    ["Bürger/-innen", "Bürger/-innen"],
    ["Hausarzt/-ärztin", "Hausarzt/-ärztin"],
    ["eine Mitarbeiter/in.", "Mitarbeiter/in."],
    ["Ärzt(inn)en", "Ärzt(inn)en"],
    ["Bürger(innen)", "Bürger(innen)"],
    ["eine Zeile je Ärztin/Arzt", "Ärztin/Arzt"],
    ["Arzt/Ärztin", "Arzt/Ärztin"],
    ["Lehrerin/Lehrer", "Lehrerin/Lehrer"],
    ["die Kollegin/der Kollege", "Kollegin/der Kollege"],
    ["Name der Ärztin/des Arztes", "Ärztin/des Arztes"],
    ["wenn eine Ärztin/ein Arzt eingetragen ist", "Ärztin/ein Arzt"],
  ])("flags %j", (text, form) => {
    expect(genderForm(text)).toBe(form);
  });

  it.each([
    "Ärztinnen und Ärzte",
    "Hausärztin oder Hausarzt",
    "Bürgerinnen und Bürger",
    "Ärzteschaft, Fachkräfte, Beschäftigte, Teilnehmende",
    "Uhrzeit: innen und außen",
    "Innenstadt und Innenausbau",
    "z. B. die Gemeinde",
    "https://example.org/in/innen:in",
    "Quelle: /gemeinde/05766/in",
    "vor Ort/in der Region",
    "Termin/Ort, Berlin/Brandenburg, und/oder",
    "signIn, optIn, loggedIn",
    "already_in_plan",
    "md:inline print:inset",
    "Medizin/Pflege",
  ])("does not flag %j", (text) => {
    expect(genderForm(text)).toBeUndefined();
  });

  it("skips quote fields in JSON but reads every other string", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gender-forms-"));
    const file = path.join(dir, "k.json");
    fs.writeFileSync(file, JSON.stringify([{ text_de: "Die Ärzt:innen", citations: [{ quote: "die Ärzt:innen" }] }]));
    expect(scanJson(file, new Set(["quote"])).map(describeFinding)).toEqual([expect.stringContaining("[0].text_de: „Ärzt:innen“")]);
    expect(scanJson(file)).toHaveLength(2);
  });

  it("reads string literals, template texts and JSX text, not comments, quotes or legacy CSV headers", () => {
    const source = [
      "// Ärzt:innen in a comment",
      'const a = "Bürger*innen";',
      "const b = `je ${a} Ärztin/Arzt`;",
      'const c = { quote: "Ärzt:innen", legacyHeaders: ["Ärztin/Arzt"], header: "Lehrer/innen" };',
      "const d = <p>Liebe ÄrztInnen</p>;",
    ].join("\n");
    expect(scanSource("x.tsx", source).map((f) => `${f.where} ${f.form}`)).toEqual(["Zeile 2 Bürger*innen", "Zeile 3 Ärztin/Arzt", "Zeile 4 Lehrer/innen", "Zeile 5 ÄrztInnen"]);
  });
});

describe("the generic-masculine detector", () => {
  it.each([
    ["Engagement des Bürgermeisters", "Bürgermeisters"],
    ["die Bürgermeister der Region", "Bürgermeister"],
    ["Praxen ohne Nachfolger", "Nachfolger"],
    ["die Praxisnachfolger", "Praxisnachfolger"],
    ["für Patienten attraktiv", "Patienten"],
    ["ein fester Mitarbeiter", "Mitarbeiter"],
    ["Bürger beteiligen", "Bürger"],
    ["Investoren suchen", "Investoren"],
    ["ein Investor baut", "Investor"],
    ["Lenkungskreis aller Akteure", "Akteure"],
    ["zwischen Gesundheitsakteuren", "Gesundheitsakteuren"],
    ["je 100.000 Einwohner", "Einwohner"],
    ["Gemeinden unter 30.000 Einwohnern", "Einwohnern"],
    ["die Ärzte vor Ort", "Ärzte"],
    ["mit den Ärzten", "Ärzten"],
    ["Versorgungsgrad Hausärzte", "Hausärzte"],
    ["Haus- und Fachärzte", "Fachärzte"],
    ["Weiterbildung zum Facharzt", "Facharzt"],
    ["ein Gebäude ohne Mieter", "Mieter"],
    ["erst mit Mietern", "Mietern"],
    ["Ansprechpartner in der Verwaltung", "Ansprechpartner"],
    ["Kontakte zu Präventionsexperten", "Präventionsexperten"],
    ["ein Experte berät", "Experte"],
    ["Mentoren begleiten", "Mentoren"],
    // a pair only counts with its own feminine
    ["Ärztinnen und Hausärzte", "Hausärzte"],
    ["Bürgerinnen und Einwohner", "Einwohner"],
    // a feminine further away than one article and one adjective is no pair
    ["Ärztinnen und alle die anderen Ärzte", "Ärzte"],
    // the exceptions are whole phrases, not words
    ["Einwohner je Ärztin", "Einwohner"],
  ])("flags %j", (text, word) => {
    expect(genericMasculine(text)).toBe(word);
  });

  it.each([
    "Ärztinnen und Ärzte",
    "Ärztinnen oder Ärzte",
    "angestellte Ärztinnen, Ärzte und Fachkräfte",
    "Zusammenarbeit zwischen Ärztinnen, Ärzten und anderen",
    "Hausärztinnen und Hausärzten",
    "die Bürgermeisterin oder der Bürgermeister",
    "Engagement der Bürgermeisterin oder des Bürgermeisters",
    "einer neuen Hausärztin oder eines neuen Hausarztes",
    "Bürgermeisterinnen und Bürgermeister",
    "Patientinnen und Patienten",
    "Einwohnerinnen und Einwohnern",
    "Ärzte und Ärztinnen",
    "Ärzteschaft, Praxisnachfolge, Beteiligte, Fachkräfte, Bevölkerung, Verwaltungsspitze",
    "Mietparteien, Ansprechpersonen, Fachleute, Fachexpertise, Mentoring",
    "Mieterinnen und Mieter, Expertinnen und Experten",
    "Einwohnerzahl, Bürgermeisteramt, Arztsitze, Patientenversorgung, Investorenbau",
    "Mietgarantie für das Arzt-Geschoss; Hausarzt-, Kinderarzt- und Hebammenpraxis",
    "Allgemeine Verhältniszahl Hausärzte",
    "Verhältniszahl laut KV (Einwohner je Hausarzt, optional)",
    "Mentoring-Programm für angehende Ärzte & Apotheker",
    "Dornhan wurde aktiv, als ein Hausarzt seinen Rückzug ankündigte.",
    "sie „kann keine Ärzte backen“",
    "https://example.org/Aerzte/Buerger",
  ])("does not flag %j", (text) => {
    expect(genericMasculine(text)).toBeUndefined();
  });

  it("skips the sources' own words in JSON (quotes, sections, texts as printed) but reads the prose", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "generic-masculine-"));
    const file = path.join(dir, "k.json");
    const entry = { summary: "Die Akteure vor Ort", printed: "Akteure", firstSteps: ["Investoren suchen"], citations: [{ section: "Strukturen & Akteure", quote: "die Bürgermeister" }] };
    fs.writeFileSync(file, JSON.stringify([entry]));
    expect(scanJson(file, SOURCE_WORDS, genericMasculine).map(describeFinding)).toEqual([expect.stringContaining("[0].summary: „Akteure“")]);
    expect(scanJson(file, new Set(), genericMasculine)).toHaveLength(5);
  });
});

describe("retired terms", () => {
  it.each([
    ["Das Versorgernetzwerk", "Versorgernetzwerk (statt dessen: Gesundheitsnetzwerk)"],
    ["Ihr Bereitschaftsprofil", "Bereitschaftsprofil (statt dessen: Voraussetzungen)"],
    ["obendrauf kommt", "obendrauf (statt dessen: zusätzlich)"],
    ["Das hat nicht geklappt.", "Das hat nicht geklappt (statt dessen: sagen, was fehlschlug)"],
    ["Wer stellt an?", "Wer stellt an? (statt dessen: Wer ist Arbeitgeber?)"],
  ])("flags %j", (text, finding) => {
    expect(retiredTerm(text)).toBe(finding);
  });

  it.each(["Gesundheitsnetzwerk", "Voraussetzungen vor Ort", "zusätzlich", "Wer stellt die Ärztinnen und Ärzte an?"])("does not flag %j", (text) => {
    expect(retiredTerm(text)).toBeUndefined();
  });
});

const QUOTES = new Set(["quote"]);
/**
 * The sources' own words in the knowledge files: quotes, the sections they stand in, and what the schemas keep "as
 * printed" (a role's `printed` text, a KommKom measure's `firstSteps`).
 */
const SOURCE_WORDS = new Set(["quote", "section", "printed", "firstSteps"]);
const messageFiles = () => jsonFiles(path.join(ROOT, "messages/de"));
const knowledgeFiles = () => jsonFiles(path.join(ROOT, "knowledge"));
const codeFiles = () => ["app", "components", "lib", "prisma"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

describe.each([
  ["pair or neutral forms, no colon/star/slash/Binnen-I", genderForm, QUOTES],
  ["none of the retired terms", retiredTerm, QUOTES],
  ["no generic masculine outside pair forms and the documented exceptions", genericMasculine, SOURCE_WORDS],
] as const)("the app's German texts: %s", (_name, detect, sourceWords) => {
  it("messages/de", () => {
    const files = messageFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => scanJson(file, new Set(), detect)).map(describeFinding)).toEqual([]);
  });

  it("knowledge/*.json (verbatim quotes excepted)", () => {
    const files = knowledgeFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => scanJson(file, sourceWords, detect)).map(describeFinding)).toEqual([]);
  });

  it("strings in app/, components/, lib/ and prisma/", () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => scanSource(file, undefined, detect)).map(describeFinding)).toEqual([]);
  });
});
