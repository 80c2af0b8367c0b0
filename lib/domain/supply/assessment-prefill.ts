import type { SupplyAssessmentAnswers } from "@/lib/domain/supply";

/**
 * The supply check's figures as answers of the self-assessment (lib/domain/assessment/input.ts, groups `supply`
 * and `urgency`). Pure; the supply endpoint returns it as `assessmentPrefill`, so the wizard can merge it into its
 * answers (only into fields the user has not answered yet).
 */
export interface SupplyAssessmentPrefill {
  supply: {
    /** GP practices in the inventory. */
    practices: number;
    /** Counted GPs (Anrechnungsfaktoren), as the wizard's label says. */
    gpCount: number;
    gpsAged60Plus: number;
    /** GPs leaving within 5 years (planned exit year, else the retirement age). */
    plannedExitsWithin5Years: number;
    /** The KV's figure if entered, else the computed one; absent if it cannot be computed. */
    versorgungsgrad?: number;
  };
  urgency: {
    practicesClosingWithoutSuccessor: "none" | "one" | "several";
  };
}

export function assessmentPrefillFromSupply(answers: SupplyAssessmentAnswers, gpPractices: number): SupplyAssessmentPrefill {
  const closing = answers.gpPracticesClosingWithoutSuccessor;
  return {
    supply: {
      practices: gpPractices,
      gpCount: answers.countedGps,
      gpsAged60Plus: answers.gpsAged60Plus,
      plannedExitsWithin5Years: answers.gpExitsWithin5Years,
      ...(answers.versorgungsgrad !== null ? { versorgungsgrad: Math.round(answers.versorgungsgrad * 10) / 10 } : {}),
    },
    urgency: { practicesClosingWithoutSuccessor: closing === 0 ? "none" : closing === 1 ? "one" : "several" },
  };
}
