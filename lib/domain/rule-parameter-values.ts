import type { RuleParameter } from "./rule-parameters";

/*
 * Reading the rule parameter table without zod (issue 19: the comparison page computes its money defaults in the
 * browser): units, statuses, the keys the calculations read and the lookup of the version valid at a date. The
 * table's schema is in lib/domain/rule-parameters.ts, which re-exports all of this.
 */

export const PARAMETER_UNITS = [
  "inhabitants-per-gp",
  "percent",
  "factor",
  "years",
  "count",
  "share",
  "eur",
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

export const PARAMETER_UNIT_LABELS_DE: Record<ParameterUnit, string> = {
  "inhabitants-per-gp": "Einwohner je Hausarzt",
  percent: "Prozent",
  factor: "Faktor",
  years: "Jahre",
  count: "Anzahl",
  share: "Anteil (0–1)",
  eur: "Euro",
};

/**
 * How reliable a value is:
 * - `official`: published rule or official statistic, taken as stated;
 * - `example`: an example value inside a published range — the user should replace it with the figure
 *   their KV publishes;
 * - `source-figure`: a figure reported in one of the five source documents (one town's experience);
 * - `assumption`: a default chosen by this application, to be confirmed by the user.
 */
export const PARAMETER_STATUSES = ["official", "example", "source-figure", "assumption"] as const;
export type ParameterStatus = (typeof PARAMETER_STATUSES)[number];

/** Keys the calculations read. */
export const PARAMETER_KEYS = {
  gpRatio: "bedarfsplanung.gp-ratio",
  underSupplyThreshold: "bedarfsplanung.under-supply-threshold",
  overSupplyThreshold: "bedarfsplanung.over-supply-threshold",
  factorFullLicence: "anrechnung.licence-full",
  factorThreeQuarterLicence: "anrechnung.licence-three-quarter",
  factorHalfLicence: "anrechnung.licence-half",
  factorEmployedUpTo10h: "anrechnung.employed-up-to-10h",
  factorEmployedUpTo20h: "anrechnung.employed-up-to-20h",
  factorEmployedUpTo30h: "anrechnung.employed-up-to-30h",
  factorEmployedOver30h: "anrechnung.employed-over-30h",
  retirementAge: "forecast.retirement-age",
  gpTrainingYears: "workforce.gp-training-years",
  gpCountGermany: "workforce.gp-count-germany",
  gpShareAged60Plus: "workforce.gp-share-aged-60-plus",
  gpMeanAge: "workforce.gp-mean-age",
  landarztquoteShare: "workforce.landarztquote-share",
  costPracticeTakeover: "cost.gp-practice-takeover",
  costPracticeFoundation: "cost.gp-practice-foundation",
  costMarienmuensterMvz: "cost.source.marienmuenster-mvz",
  costSchneebergConversion: "cost.source.schneeberg-conversion",
} as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[keyof typeof PARAMETER_KEYS];

/** The parameter valid at a date, with the version and validity so the UI can show which one was used. */
export interface ResolvedParameter {
  key: string;
  value: number;
  unit: ParameterUnit;
  version: string;
  validFrom: string;
  validUntil?: string;
  status: ParameterStatus;
  label_de: string;
  parameter: RuleParameter;
}

function toIsoDate(atDate: string | Date): string {
  if (typeof atDate === "string") return atDate.slice(0, 10);
  return atDate.toISOString().slice(0, 10);
}

/**
 * Returns the version of `key` valid at `atDate` (validFrom ≤ date ≤ validUntil, both inclusive), or
 * `undefined` if none is. If several overlap (an invalid table), the one that started last wins.
 */
export function resolveParameter(
  params: readonly RuleParameter[],
  key: string,
  atDate: string | Date,
): ResolvedParameter | undefined {
  const day = toIsoDate(atDate);
  let best: RuleParameter | undefined;
  for (const p of params) {
    if (p.key !== key) continue;
    if (p.validFrom > day) continue;
    if (p.validUntil !== undefined && p.validUntil < day) continue;
    if (best === undefined || p.validFrom > best.validFrom) best = p;
  }
  if (best === undefined) return undefined;
  return {
    key: best.key,
    value: best.value,
    unit: best.unit,
    version: best.version,
    validFrom: best.validFrom,
    ...(best.validUntil !== undefined ? { validUntil: best.validUntil } : {}),
    status: best.status,
    label_de: best.label_de,
    parameter: best,
  };
}

/** Like `resolveParameter`, but throws a German error naming the key and date if none is valid. */
export function requireParameter(
  params: readonly RuleParameter[],
  key: string,
  atDate: string | Date,
): ResolvedParameter {
  const resolved = resolveParameter(params, key, atDate);
  if (resolved === undefined) {
    throw new Error(`Für „${key}“ ist zum ${toIsoDate(atDate)} kein Regelparameter hinterlegt.`);
  }
  return resolved;
}
