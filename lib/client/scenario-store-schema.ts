import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { ComparisonDataSchema } from "../domain/comparison/scenario-set";
import { AgsSchema } from "@/lib/domain/schemas/municipality";
import { ScenarioNameSchema } from "../domain/schemas/scenario";

/** A scenario as this browser stores it; loaded by lib/client/scenario-store.ts on first use (keeps zod off the first load). */
export const SavedScenarioSchema = z.object({
  id: safeText().min(1).max(64),
  ags: AgsSchema,
  name: safeText().trim().min(1).max(120),
  data: ComparisonDataSchema,
  version: z.number().int().min(1),
  updatedAt: safeText(),
});
export type SavedScenario = z.output<typeof SavedScenarioSchema>;

export { ComparisonDataSchema, ScenarioNameSchema };
