import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, describeFinding, genderForm, jsonFiles, retiredTerm, scanJson, scanSource, sourceFiles } from "../support/gender-forms";

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
const messageFiles = () => jsonFiles(path.join(ROOT, "messages/de"));
const knowledgeFiles = () => jsonFiles(path.join(ROOT, "knowledge"));
const codeFiles = () => ["app", "components", "lib", "prisma"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

describe.each([
  ["pair or neutral forms, no colon/star/slash/Binnen-I", genderForm],
  ["none of the retired terms", retiredTerm],
])("the app's German texts: %s", (_name, detect) => {
  it("messages/de", () => {
    const files = messageFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => scanJson(file, new Set(), detect)).map(describeFinding)).toEqual([]);
  });

  it("knowledge/*.json (verbatim quotes excepted)", () => {
    const files = knowledgeFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => scanJson(file, QUOTES, detect)).map(describeFinding)).toEqual([]);
  });

  it("strings in app/, components/, lib/ and prisma/", () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => scanSource(file, undefined, detect)).map(describeFinding)).toEqual([]);
  });
});
