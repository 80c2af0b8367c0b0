import { z } from "zod";
import { ComparisonDataSchema } from "@/lib/domain/comparison/scenario-set";
import { safeText } from "@/lib/domain/text";
import { AgsSchema } from "./municipality";
import { IdSchema } from "./tenant";

/**
 * Request schemas of `/api/v1/organisations/{orgId}/scenarios…`: a named comparison scenario of one town
 * (money assumptions of the three carrier models, risk answers, confirmations), owned by the organisation.
 */
/** The name of a saved scenario (browser store and API). */
export const ScenarioNameSchema = safeText()
  .trim()
  .min(1, "Bitte einen Namen für das Szenario eingeben.")
  .max(120, "Der Name darf höchstens 120 Zeichen lang sein.");

export const ScenarioListParamsSchema = z.object({ orgId: IdSchema });
export const ScenarioParamsSchema = z.object({ orgId: IdSchema, id: IdSchema });
export const ScenarioListQuerySchema = z.object({ ags: AgsSchema.optional() });

export const CreateScenarioSchema = z.strictObject({
  ags: AgsSchema,
  name: ScenarioNameSchema,
  data: ComparisonDataSchema,
});
export type CreateScenarioInput = z.output<typeof CreateScenarioSchema>;

export const UpdateScenarioSchema = z
  .strictObject({
    version: z
      .number({ error: "version fehlt: senden Sie die Version, die Sie gelesen haben." })
      .int("version muss eine ganze Zahl sein.")
      .min(1, "version muss mindestens 1 sein."),
    name: ScenarioNameSchema.optional(),
    data: ComparisonDataSchema.optional(),
  })
  .refine((u) => u.name !== undefined || u.data !== undefined, { message: "Bitte name oder data ändern.", path: ["data"] });
export type UpdateScenarioInput = z.output<typeof UpdateScenarioSchema>;

export const DuplicateScenarioSchema = z.strictObject({ name: ScenarioNameSchema });

/** The contract of a scenario as the scenario routes return it (read by lib/client/scenario-server-store.ts). */
export const ScenarioRecordSchema = z.object({
  id: z.string(),
  ags: z.string(),
  name: z.string(),
  data: ComparisonDataSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ScenarioRecordResponse = z.infer<typeof ScenarioRecordSchema>;
export const ScenarioResponseSchema = z.object({ data: ScenarioRecordSchema });
export const ScenarioListResponseSchema = z.object({ data: z.array(ScenarioRecordSchema) });
