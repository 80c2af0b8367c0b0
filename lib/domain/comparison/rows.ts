import { z } from "zod";
import { CitationsSchema } from "../citation";
import { ModelIdSchema, type ModelId } from "../ids";

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

/** Risk checklist: answered yes / no / unknown; a "yes" changes the verdict text of the models it names. */
export const RISK_ANSWERS = ["yes", "no", "unknown"] as const;
export type RiskAnswer = (typeof RISK_ANSWERS)[number];

export const RISK_EFFECTS = ["caution", "serious"] as const;
export type RiskEffect = (typeof RISK_EFFECTS)[number];

/** The checklist's item ids (structure: saved scenarios key their answers by them; the texts are in the snapshot). */
export const RISK_CHECK_IDS = [
  "financing-after-grant",
  "doctors-fear-competition",
  "no-unpaid-coordination",
  "lacking-expertise-staff",
  "municipal-law-limits",
  "no-council-majority",
  "no-suitable-building",
  "gaps-soon",
  "profession-conflicts",
  "regulated-sector",
] as const;
export type RiskCheckId = (typeof RISK_CHECK_IDS)[number];

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

export interface RiskVerdict {
  model: ModelId;
  /** "serious" if any serious risk is answered yes; "caution" for caution-only; "open" if relevant items are unknown; else "clear". */
  level: "clear" | "open" | "caution" | "serious";
  sentences_de: string[];
  yesIds: string[];
  unknownIds: string[];
}

/** Turns checklist answers into the verdict text for one model. */
export function riskVerdict(
  checklist: readonly RiskCheckItem[],
  model: ModelId,
  answers: Readonly<Record<string, RiskAnswer | undefined>>,
): RiskVerdict {
  const relevant = checklist.filter((i) => i.models.includes(model));
  const yes = relevant.filter((i) => answers[i.id] === "yes");
  const unknown = relevant.filter((i) => answers[i.id] === undefined || answers[i.id] === "unknown");
  const level: RiskVerdict["level"] = yes.some((i) => i.effectIfYes === "serious")
    ? "serious"
    : yes.length > 0
      ? "caution"
      : unknown.length > 0
        ? "open"
        : "clear";
  const sentences_de = yes.map((i) => i.verdictIfYes_de);
  if (unknown.length > 0) {
    sentences_de.push(`${unknown.length} ${unknown.length === 1 ? "Risikofrage ist" : "Risikofragen sind"} noch offen – die Einschätzung ist entsprechend unsicher.`);
  }
  if (level === "clear") sentences_de.push("Keine der geprüften Risiken trifft zu.");
  return { model, level, sentences_de, yesIds: yes.map((i) => i.id), unknownIds: unknown.map((i) => i.id) };
}
