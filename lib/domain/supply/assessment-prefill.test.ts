import { describe, expect, it } from "vitest";
import type { SupplyAssessmentAnswers } from "@/lib/domain/supply";
import { AssessmentInputSchema } from "@/lib/domain/assessment/input";
import { assessmentPrefillFromSupply } from "./assessment-prefill";

const answers = (over: Partial<SupplyAssessmentAnswers> = {}): SupplyAssessmentAnswers => ({
  gpCount: 3,
  countedGps: 2.75,
  gpsAged60Plus: 2,
  gpExitsWithin5Years: 2,
  gpExitsWithin5YearsWithoutSuccessor: 1,
  versorgungsgrad: 57.7623,
  versorgungsgradBasis: "computed",
  gpPracticesClosingWithoutSuccessor: 1,
  yearsUntilUnderSupply: 0,
  ratioVersion: "BPL-RL 2019",
  asOf: "2026-11-23",
  ...over,
});

describe("assessmentPrefillFromSupply", () => {
  it("maps the supply figures onto the self-assessment's supply and urgency answers", () => {
    expect(assessmentPrefillFromSupply(answers(), 2)).toEqual({
      supply: { practices: 2, gpCount: 2.75, gpsAged60Plus: 2, plannedExitsWithin5Years: 2, versorgungsgrad: 57.8 },
      urgency: { practicesClosingWithoutSuccessor: "one" },
    });
  });

  it.each([
    [0, "none"],
    [1, "one"],
    [2, "several"],
    [5, "several"],
  ] as const)("%i practices closing without successor → %s", (n, expected) => {
    expect(assessmentPrefillFromSupply(answers({ gpPracticesClosingWithoutSuccessor: n }), 3).urgency.practicesClosingWithoutSuccessor).toBe(expected);
  });

  it("leaves the Versorgungsgrad out when it cannot be computed", () => {
    expect(assessmentPrefillFromSupply(answers({ versorgungsgrad: null }), 0).supply).not.toHaveProperty("versorgungsgrad");
  });

  it("is accepted by the self-assessment's input schema", () => {
    const prefill = assessmentPrefillFromSupply(answers(), 2);
    expect(AssessmentInputSchema.safeParse({ town: { name: "Dörentrup" }, ...prefill }).success).toBe(true);
  });
});
