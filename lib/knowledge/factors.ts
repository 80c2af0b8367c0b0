import { z } from "zod";
import { FactorCategorySchema, ModelIdSchema, SlugSchema } from "../domain/ids";
import { CitedTextSchema } from "./common";

/**
 * How a factor bears on a model, read by the recommendation engine:
 * - favours: present → model more suitable
 * - hinders: present → model less suitable (for risk factors: the risk weighs on this model)
 * - requires: the model needs this factor; missing lowers suitability strongly
 * - rules-out-when-missing: without it the model is not feasible
 */
export const MODEL_EFFECTS = ["favours", "hinders", "requires", "rules-out-when-missing"] as const;
export const ModelEffectSchema = z.enum(MODEL_EFFECTS);
export type ModelEffect = z.infer<typeof ModelEffectSchema>;

export const FactorKindSchema = z.enum(["success", "risk"]);
export type FactorKind = z.infer<typeof FactorKindSchema>;

export const FactorOriginSchema = z.enum([
  "port-fazit",
  "port-case-studies",
  "workshop-tip",
  "workshop-impulse",
  "kommkom",
  "heinsberg",
  "domain-synthesis",
]);

export const FactorSchema = z
  .object({
    slug: SlugSchema,
    kind: FactorKindSchema,
    category: FactorCategorySchema,
    /** Where the factor is named (PORT Fazit list, workshop heading, …). */
    origin: FactorOriginSchema,
    title: z.string().min(1),
    description: z.string().min(1),
    evidence: z.array(CitedTextSchema).min(1),
    modelEffects: z.partialRecord(ModelIdSchema, ModelEffectSchema),
    /** Short German reason per model effect (same keys as modelEffects). */
    modelEffectReasons: z.partialRecord(ModelIdSchema, z.string().min(1)),
  })
  .refine(
    (f) => {
      const a = Object.keys(f.modelEffects).sort().join(",");
      const b = Object.keys(f.modelEffectReasons).sort().join(",");
      return a === b;
    },
    { message: "Jede Modellwirkung braucht eine Begründung (gleiche Schlüssel)." },
  );
export type Factor = z.infer<typeof FactorSchema>;
