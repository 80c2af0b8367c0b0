import { issuesOf } from "@/lib/domain/zod-german";
import { SupplyQuerySchema, type SupplyQuery } from "@/lib/domain/schemas/provider-api";

export type AssumptionField = "kvFigure" | "retirementAge";
export const ASSUMPTION_FIELDS: readonly AssumptionField[] = ["kvFigure", "retirementAge"];

/** The supply check's assumptions as the page's address carries them (`?kvFigure=82,5&retirementAge=67`). */
export interface SupplyAssumptions {
  /** What was entered, trimmed, to show in the form again (also when it is invalid). */
  values: Record<AssumptionField, string>;
  /** What the figures are computed with: the parsed values, or none (the defaults) when any field is invalid. */
  query: SupplyQuery;
  /** The German message per invalid field: the supply API's schema (SupplyQuerySchema) and its wording. */
  errors: Partial<Record<AssumptionField, string>>;
  /** True when at least one assumption is given and all are valid (the figures differ from the defaults' basis). */
  applied: boolean;
}

const firstOf = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

/**
 * Reads the assumptions of /gemeinde/{ags}/versorgung from its search parameters with the same schema as
 * GET /api/v1/municipalities/{ags}/supply, so the page without JavaScript (a GET form) and the API agree on what is
 * valid and say it in the same words. An empty field means "no assumption" (the rule parameter applies).
 */
export function supplyAssumptionsOf(searchParams: Readonly<Record<string, string | string[] | undefined>>): SupplyAssumptions {
  const values = { kvFigure: firstOf(searchParams.kvFigure), retirementAge: firstOf(searchParams.retirementAge) };
  const parsed = SupplyQuerySchema.safeParse(values);
  if (parsed.success) {
    return { values, query: parsed.data, errors: {}, applied: ASSUMPTION_FIELDS.some((field) => values[field] !== "") };
  }
  const errors: Partial<Record<AssumptionField, string>> = {};
  for (const issue of issuesOf(parsed.error)) {
    const field = ASSUMPTION_FIELDS.find((f) => f === issue.path);
    if (field) errors[field] ??= issue.message;
  }
  return { values, query: {}, errors, applied: false };
}

/** The query string of applied assumptions (empty when none), e.g. to tell one recalculation from the next. */
export function assumptionsKey(assumptions: SupplyAssumptions): string {
  if (!assumptions.applied) return "";
  const query = new URLSearchParams();
  for (const field of ASSUMPTION_FIELDS) if (assumptions.values[field] !== "") query.set(field, assumptions.values[field]);
  return query.toString();
}
