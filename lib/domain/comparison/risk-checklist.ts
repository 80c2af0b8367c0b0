import type { ModelId } from "../id-labels";
import type { RiskCheckItem } from "./rows";

/*
 * The risk checklist's answers, ids and verdict without zod (issue 19: the comparison page computes its verdicts in
 * the browser); lib/domain/comparison/rows.ts holds the schema of the checklist's items and re-exports this.
 */

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
