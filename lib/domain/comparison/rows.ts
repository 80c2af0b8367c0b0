import { z } from "zod";
import { CitationsSchema } from "../citation";
import { ModelIdSchema } from "../ids";
import { RISK_CHECK_IDS, RISK_EFFECTS } from "./risk-checklist";

export * from "./risk-checklist";

/**
 * The side-by-side comparison a mayor takes to the council: network, municipal MVZ and health centre,
 * with PORT as an option on top of a carrier. Every cell is German text with its citations. Where the
 * sources say nothing, the cell says so instead of guessing.
 */

export const ComparisonCellSchema = z.object({
  text_de: z.string().min(1),
  citations: CitationsSchema,
});
export type ComparisonCell = z.infer<typeof ComparisonCellSchema>;

export const COMPARISON_ROW_IDS = [
  "town-brings",
  "control",
  "financial-risk",
  "time-to-effect",
  "legal-steps",
  "doctors-get",
  "source-towns",
] as const;
export type ComparisonRowId = (typeof COMPARISON_ROW_IDS)[number];

export const ComparisonRowSchema = z.object({
  id: z.enum(COMPARISON_ROW_IDS),
  label_de: z.string().min(1),
  cells: z.object({
    "provider-network": ComparisonCellSchema,
    "municipal-mvz": ComparisonCellSchema,
    "health-centre": ComparisonCellSchema,
    port: ComparisonCellSchema,
  }),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

/** Legal forms of a municipal MVZ (§ 95 Abs. 1a SGB V). */
export const MvzLegalFormSchema = z.object({
  id: z.enum(["gmbh", "eigenbetrieb", "aoer", "eg"]),
  label_de: z.string().min(1),
  guaranteeRequired: z.boolean(),
  text_de: z.string().min(1),
  citations: CitationsSchema,
});
export type MvzLegalForm = z.infer<typeof MvzLegalFormSchema>;

export const RiskCheckItemSchema = z.object({
  id: z.enum(RISK_CHECK_IDS),
  question_de: z.string().min(1),
  models: z.array(ModelIdSchema).min(1),
  /** How much a "yes" weighs for these models. */
  effectIfYes: z.enum(RISK_EFFECTS),
  /** Sentence added to the verdict when the answer is "yes". */
  verdictIfYes_de: z.string().min(1),
  citations: CitationsSchema,
});
export type RiskCheckItem = z.infer<typeof RiskCheckItemSchema>;
