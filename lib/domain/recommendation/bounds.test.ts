import { describe, expect, it } from "vitest";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import type { RuleSet } from "@/lib/domain/recommendation/rule-set";
import { AssessmentInputSchema } from "../assessment/input";
import { recommend } from "./engine";
import { assessmentQuestionsOf } from "../assessment/questions";

/**
 * Numeric rule bounds (docs/engine.md, "Rule bounds"): `min` is inclusive, `max` is exclusive — a condition
 * `{ min: a, max: b }` holds for a ≤ value < b. Pinned at the boundary with a one-rule rule set.
 */
const base = knowledgeFromFiles().ruleSet;
const questions = assessmentQuestionsOf(knowledgeFromFiles().questionCatalogue);
const ruleSet: RuleSet = {
  ...base,
  scoreRules: [
    {
      id: "bounds.population",
      when: { field: "town.population", min: 1000, max: 5000 },
      effects: { "municipal-mvz": 5 },
      explanation: "Prüfregel für die Grenzen von min und max.",
      citations: base.scoreRules[0]!.citations,
    },
  ],
};
const fires = (population: number) => {
  const input = AssessmentInputSchema.parse({ town: { ags: "05766024", name: "Testdorf", population } });
  const r = recommend(input, ruleSet, [], questions, { whatWouldChange: false });
  return r.ranking.some((m) => m.contributions.some((c) => c.ruleId === "bounds.population"));
};

describe("rule bounds: min inclusive, max exclusive", () => {
  it.each([
    [999, false],
    [1000, true],
    [4999, true],
    [5000, false],
    [5001, false],
  ])("population %d → rule applies: %s", (population, expected) => {
    expect(fires(population)).toBe(expected);
  });

  it("the real rule town.small (max 5000) means fewer than 5,000 inhabitants", () => {
    const small = base.scoreRules.find((r) => r.id === "town.small");
    expect(small?.when).toEqual({ field: "town.population", max: 5000 });
  });
});
