/**
 * Funding programmes matching a plan item (issue 15): same Land as the town (first two AGS digits), the town's
 * inhabitants within the programme's upper limit, and valid on the given date. A structural subset of the
 * knowledge base's FundingProgramme, so the domain stays free of the knowledge loader.
 */
export interface FundingCandidate {
  id: string;
  landCode: string;
  maxPopulation?: number | undefined;
  /** null: start unknown, counted as running. */
  validFrom: string | null;
  validUntil?: string | undefined;
  models: readonly string[];
}

export type FundingValidity = "valid" | "not-yet" | "expired";

export function fundingValidity(p: FundingCandidate, onDate: string): FundingValidity {
  if (p.validFrom !== null && onDate < p.validFrom) return "not-yet";
  if (p.validUntil !== undefined && onDate > p.validUntil) return "expired";
  return "valid";
}

export interface FundingMatchInput {
  ags: string;
  inhabitants: number;
  onDate: string;
  /** Only programmes serving this governance model, when given. */
  modelId?: string | null | undefined;
}

export function matchFunding<P extends FundingCandidate>(programmes: readonly P[], input: FundingMatchInput): P[] {
  const land = input.ags.slice(0, 2);
  return programmes.filter(
    (p) =>
      p.landCode === land &&
      (p.maxPopulation === undefined || input.inhabitants <= p.maxPopulation) &&
      fundingValidity(p, input.onDate) === "valid" &&
      (!input.modelId || p.models.includes(input.modelId)),
  );
}
