import { describe, expect, it } from "vitest";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { ASSESSMENT_FIELDS } from "./structure";
import { QuestionCatalogueError, assessmentQuestionsOf, questionCatalogueProblems } from "./questions";

const CATALOGUE = knowledgeFromFiles().questionCatalogue;
const copy = () => structuredClone(CATALOGUE);

/** The German messages a catalogue is refused with (none: it is accepted). */
const refusal = (catalogue: typeof CATALOGUE): string | null => {
  try {
    assessmentQuestionsOf(catalogue);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(QuestionCatalogueError);
    return (e as Error).message;
  }
};

describe("assessmentQuestionsOf: the code's fields joined with a catalogue's texts", () => {
  it("the data files' catalogue fits: one question per field, in the code's order, with its texts", () => {
    expect(questionCatalogueProblems(CATALOGUE)).toEqual([]);
    const { steps, questions, byId, unknownLabel } = assessmentQuestionsOf(CATALOGUE);
    expect(questions.map((q) => q.id)).toEqual(ASSESSMENT_FIELDS.map((f) => f.id));
    expect(steps.map((s) => s.id)).toEqual([...new Set(ASSESSMENT_FIELDS.map((f) => f.step))]);
    expect(unknownLabel).toBe(CATALOGUE.unknownLabel);
    const building = byId.get("assets.building")!;
    expect(building.label).toBe(CATALOGUE.questions.find((q) => q.id === "assets.building")!.label);
    expect(building.options!.map((o) => o.value)).toEqual(["owned", "securable", "provider", "none", "unknown"]);
    expect(building.options!.at(-1)!.label).toBe(CATALOGUE.unknownLabel);
    expect(byId.get("supply.practices")).toMatchObject({ kind: "number", unit: "Praxen", min: 0, integer: true, countsForConfidence: true });
    expect(byId.get("town.name")).toMatchObject({ kind: "text", required: true, fromDatabase: true, countsForConfidence: false });
  });

  it("is memoised per catalogue object; another object with other texts gives other questions", () => {
    expect(assessmentQuestionsOf(CATALOGUE)).toBe(assessmentQuestionsOf(CATALOGUE));
    const edited = copy();
    edited.questions[0]!.label = "Eine andere Frage";
    expect(assessmentQuestionsOf(edited).questions[0]!.label).toBe("Eine andere Frage");
    expect(assessmentQuestionsOf(CATALOGUE).questions[0]!.label).not.toBe("Eine andere Frage");
  });

  it("refuses a catalogue missing one question's text, with a German message naming it", () => {
    const c = copy();
    c.questions = c.questions.filter((q) => q.id !== "politics.councilSupport");
    expect(refusal(c)).toBe("Fragenkatalog: Text für politics.councilSupport fehlt.");
  });

  it("refuses a surplus question text (a text without a field in the code)", () => {
    const c = copy();
    c.questions.push({ ...c.questions[0]!, id: "politics.weather" });
    expect(refusal(c)).toBe("Fragenkatalog: Texte ohne Frage: politics.weather.");
  });

  it("refuses a missing or surplus answer text and a missing step", () => {
    const missing = copy();
    const building = missing.questions.find((q) => q.id === "assets.building")!;
    delete building.options!.owned;
    expect(refusal(missing)).toBe("Fragenkatalog: Antworttext assets.building = owned fehlt.");

    const surplus = copy();
    surplus.questions.find((q) => q.id === "assets.building")!.options!.castle = "Ein Schloss";
    expect(refusal(surplus)).toBe("Fragenkatalog: assets.building hat unbekannte Antworten castle.");

    const noStep = copy();
    noStep.steps = noStep.steps.filter((s) => s.id !== "goals");
    expect(refusal(noStep)).toBe("Fragenkatalog: Schritt goals fehlt.");
  });

  it("names every problem at once", () => {
    const c = copy();
    c.questions = c.questions.filter((q) => q.id !== "goals.prevention" && q.id !== "town.land");
    expect(questionCatalogueProblems(c)).toEqual(["Fragenkatalog: Text für town.land fehlt.", "Fragenkatalog: Text für goals.prevention fehlt."]);
  });
});
