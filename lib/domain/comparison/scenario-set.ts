import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { ScenarioAssumptionsSchema } from "@/lib/domain/money/scenario";
import { RISK_ANSWERS, RISK_CHECK_IDS } from "@/lib/domain/comparison/risk-checklist";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";

export * from "./scenario-defaults";

/**
 * What one comparison holds for a town: the money assumptions of the three carrier models, the risk
 * checklist answers and which labelled assumptions the user has confirmed. This is what a named scenario
 * saves (browser store now, the organisation's record once accounts exist). Pure.
 */

export const RiskAnswersSchema = z.partialRecord(z.enum(RISK_CHECK_IDS), z.enum(RISK_ANSWERS));

export const ComparisonDataSchema = z.object({
  models: z.object(
    Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, ScenarioAssumptionsSchema])) as Record<CarrierModelId, typeof ScenarioAssumptionsSchema>,
  ),
  risks: RiskAnswersSchema.default({}),
  /** Keys "<model>.<group>.<field>" (or "<model>.grants.<i>") of defaults the user confirmed. */
  confirmed: z.array(safeText().max(120)).max(200).default([]),
});
export type ComparisonData = z.output<typeof ComparisonDataSchema>;
