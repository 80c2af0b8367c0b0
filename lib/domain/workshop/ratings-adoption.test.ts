import { describe, expect, it } from "vitest";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { assessmentQuestionsOf } from "@/lib/domain/assessment/questions";
import { answerChangesFromRatings, type ReadinessItemRef } from "./ratings-adoption";

const CATALOGUE = knowledgeFromFiles().questionCatalogue;
const QUESTIONS = assessmentQuestionsOf(CATALOGUE);

const ITEMS: ReadinessItemRef[] = [
  { id: "readiness.expertise", category: "expertise", field: "resources.expertise", values: { "in-house": 100, bought: 80, none: 0 } },
  { id: "readiness.expertise-county", category: "expertise", field: "partners.countyWilling", values: { active: 90, willing: 60, no: 10 } },
  { id: "readiness.county", category: "cooperation", field: "partners.countyWilling", values: { active: 100, willing: 70, no: 0 } },
  { id: "readiness.doctors-count", category: "supply", field: "supply.gpCount" },
];

describe("answerChangesFromRatings: the room's ratings as proposed answers of the self-check", () => {
  it("proposes for each answer behind a rated category the value closest to the room's rating, and labels both", () => {
    const changes = answerChangesFromRatings(ITEMS, { resources: { expertise: "none" } }, { expertise: 50 }, 25, QUESTIONS);
    expect(changes.map((c) => [c.field, c.current, c.proposed, c.currentScore, c.proposedScore, c.target])).toEqual([
      ["resources.expertise", "none", "bought", 0, 80, 50],
      ["partners.countyWilling", null, "willing", 25, 60, 50],
    ]);
    expect(changes[0]!.question).toBe("Fachwissen über das Gesundheitssystem");
    expect(changes[1]!.currentLabel).toBe(CATALOGUE.unknownLabel);
    expect(changes[0]!.proposedLabel).not.toBe("bought"); // the catalogue's German label, not the stored value
  });

  it("leaves out answers that already say what the room says, unrated categories and number answers", () => {
    expect(answerChangesFromRatings(ITEMS, { resources: { expertise: "in-house" }, partners: { countyWilling: "active" } }, { expertise: 95 }, 25, QUESTIONS)).toEqual([]);
    expect(answerChangesFromRatings(ITEMS, {}, { supply: 0 }, 25, QUESTIONS)).toEqual([]);
  });

  it("gives an answer that counts for two rated categories one proposal (the smallest summed distance)", () => {
    const changes = answerChangesFromRatings(ITEMS, { partners: { countyWilling: "no" } }, { expertise: 60, cooperation: 100 }, 25, QUESTIONS);
    const county = changes.filter((c) => c.field === "partners.countyWilling");
    expect(county).toHaveLength(1);
    expect(county[0]).toMatchObject({ proposed: "active", categories: ["expertise", "cooperation"], target: 80 });
  });

  it("labels questions and answers with the texts of the catalogue it is given (the snapshot's), not a file", () => {
    const edited = structuredClone(CATALOGUE);
    const expertise = edited.questions.find((q) => q.id === "resources.expertise")!;
    expertise.label = "Fachwissen (geänderter Text)";
    expertise.options = { ...expertise.options, bought: "Eingekauft (geänderter Text)" };
    edited.unknownLabel = "keine Ahnung";
    const changes = answerChangesFromRatings(ITEMS, { resources: { expertise: "none" } }, { expertise: 50 }, 25, assessmentQuestionsOf(edited));
    expect(changes[0]).toMatchObject({ question: "Fachwissen (geänderter Text)", proposedLabel: "Eingekauft (geänderter Text)" });
    expect(changes[1]!.currentLabel).toBe("keine Ahnung");
  });
});
