import type { FundingProgramme } from "./funding-programmes";
import type { ModelId } from "./id-labels";

/*
 * Reading the funding table without zod (issue 19: the comparison page computes its money defaults in the browser):
 * which programmes apply to a town, model and year, and which figures are unverified. The table's schema is in
 * lib/domain/funding-programmes.ts, which re-exports all of this.
 */

/** The figures of a programme that can be unverified: its maximum amount and its town-size limit. */
export const UNVERIFIABLE_FIGURES = ["amount", "maxPopulation"] as const;
export type UnverifiableFigure = (typeof UNVERIFIABLE_FIGURES)[number];
/** The marker beside an unverified figure. */
export const UNVERIFIED_LABEL_DE = "nicht geprüft";

/** Whether a figure of the programme is marked unverified. */
export function isUnverified(p: Pick<FundingProgramme, "unverified">, figure: UnverifiableFigure): boolean {
  return p.unverified?.includes(figure) ?? false;
}

export interface FundingQuery {
  landCode: string;
  population: number;
  model: ModelId;
  year: number;
}

export interface ApplicableFunding {
  programme: FundingProgramme;
  /** Whether the money enters the town's (or its project carrier's) budget, i.e. the money scenario. */
  entersTownBudget: boolean;
  /** German hints the UI shows beside the entry. */
  caveats_de: string[];
}

/**
 * Programmes of the town's Land that fit the model, the town's size and the year. Programmes without a
 * validity end count as open, without a known start as running; every result carries its caveats.
 */
export function applicableFunding(programmes: readonly FundingProgramme[], query: FundingQuery): ApplicableFunding[] {
  return programmes
    .filter((p) => p.landCode === query.landCode)
    .filter((p) => p.models.includes(query.model))
    .filter((p) => p.maxPopulation === undefined || query.population <= p.maxPopulation)
    .filter((p) => p.validFrom === null || Number(p.validFrom.slice(0, 4)) <= query.year)
    .filter((p) => p.validUntil === undefined || Number(p.validUntil.slice(0, 4)) >= query.year)
    .map((p) => {
      const caveats_de = [p.note_de];
      if (p.kind === "precedent") caveats_de.push("Präzedenzfall aus den Quellen, kein Programm mit bekanntem Betrag.");
      if (p.amountMaxEur === null) caveats_de.push("Kein Betrag bekannt – bitte bei der Förderstelle erfragen.");
      else if (isUnverified(p, "amount")) caveats_de.push(`Betrag ${UNVERIFIED_LABEL_DE}: nicht gegen die Förderrichtlinie geprüft.`);
      if (p.maxPopulation !== undefined && isUnverified(p, "maxPopulation"))
        caveats_de.push(`Einwohnergrenze ${UNVERIFIED_LABEL_DE}: nicht gegen die Förderrichtlinie geprüft.`);
      if (p.validFrom === null) caveats_de.push("Beginn der Laufzeit in den Quellen nicht belegt.");
      if (p.validUntil === undefined) caveats_de.push("Laufzeitende nicht hinterlegt – ob das Programm noch läuft, bitte prüfen.");
      return { programme: p, entersTownBudget: p.recipient !== "doctor", caveats_de };
    });
}
