import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "./answers";
import { mergePrefill } from "./prefill";

const SUPPLY_PREFILL = {
  supply: { practices: 3, gpCount: 2.75, gpsAged60Plus: 2, plannedExitsWithin5Years: 1, versorgungsgrad: 57.8 },
  urgency: { practicesClosingWithoutSuccessor: "one" },
};

describe("mergePrefill (supply check → self-check answers)", () => {
  it("fills every empty field and names them", () => {
    const { answers, filled } = mergePrefill({}, SUPPLY_PREFILL);
    expect(answers).toEqual(SUPPLY_PREFILL);
    expect(filled).toEqual({
      "supply.practices": 3,
      "supply.gpCount": 2.75,
      "supply.gpsAged60Plus": 2,
      "supply.plannedExitsWithin5Years": 1,
      "supply.versorgungsgrad": 57.8,
      "urgency.practicesClosingWithoutSuccessor": "one",
    });
  });

  it("never overwrites an answer the user gave, and keeps the other groups", () => {
    const mine: AssessmentAnswers = {
      supply: { practices: 5, gpsAged60Plus: 0 },
      urgency: { practicesClosingWithoutSuccessor: "several", acuteCrisis: "yes" },
      politics: { councilSupport: "majority" },
    };
    const before = structuredClone(mine);
    const { answers, filled } = mergePrefill(mine, SUPPLY_PREFILL);
    expect(answers.supply).toEqual({ practices: 5, gpsAged60Plus: 0, gpCount: 2.75, plannedExitsWithin5Years: 1, versorgungsgrad: 57.8 });
    expect(answers.urgency).toEqual({ practicesClosingWithoutSuccessor: "several", acuteCrisis: "yes" });
    expect(answers.politics).toEqual({ councilSupport: "majority" });
    expect(Object.keys(filled).sort()).toEqual(["supply.gpCount", "supply.plannedExitsWithin5Years", "supply.versorgungsgrad"]);
    // The input is not mutated.
    expect(mine).toEqual(before);
  });

  it("treats null and 'weiß nicht' as not answered", () => {
    const { answers, filled } = mergePrefill(
      { supply: { practices: null }, urgency: { practicesClosingWithoutSuccessor: "unknown" } } as AssessmentAnswers,
      SUPPLY_PREFILL,
    );
    expect(answers.supply?.practices).toBe(3);
    expect(answers.urgency?.practicesClosingWithoutSuccessor).toBe("one");
    expect(filled["supply.practices"]).toBe(3);
  });

  it("zero is an answer, not an empty field", () => {
    const { answers, filled } = mergePrefill({ supply: { plannedExitsWithin5Years: 0 } }, SUPPLY_PREFILL);
    expect(answers.supply?.plannedExitsWithin5Years).toBe(0);
    expect(filled).not.toHaveProperty("supply.plannedExitsWithin5Years");
  });

  it("ignores unknown fields, invalid values and an absent prefill", () => {
    const { answers, filled } = mergePrefill(
      {},
      {
        supply: { practices: 2.5, versorgungsgrad: 900, gpCount: Number.NaN, invented: 4 },
        urgency: { practicesClosingWithoutSuccessor: "many" },
        town: { name: "Anderswo" },
      },
    );
    expect(answers).toEqual({});
    expect(filled).toEqual({});
    expect(mergePrefill({ politics: { councilSupport: "split" } }, null)).toEqual({ answers: { politics: { councilSupport: "split" } }, filled: {} });
  });
});
