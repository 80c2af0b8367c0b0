import { z } from "zod";
import { CitationSchema } from "./citation";

/**
 * Versioned rule parameters: every public figure the calculations use, stored as data with its unit,
 * validity period, version and citation, so that an administrator can update a value when the rule
 * changes (a data change with a test, not a code change).
 *
 * Figures from public rules and statistics are outside the five source documents (see DOMAIN.md,
 * "Public rules and figures"); figures from the sources cite the file and section.
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
export const ParameterUnitSchema = z.enum(PARAMETER_UNITS);
export type ParameterUnit = z.infer<typeof ParameterUnitSchema>;

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
export const ParameterStatusSchema = z.enum(PARAMETER_STATUSES);
export type ParameterStatus = z.infer<typeof ParameterStatusSchema>;

const IsoDateSchema = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });

export const RuleParameterSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "Schlüssel: Kleinbuchstaben, Ziffern, Punkte, Bindestriche."),
    value: z.number({ error: "Der Wert muss eine endliche Zahl sein." }),
    unit: ParameterUnitSchema,
    validFrom: IsoDateSchema,
    validUntil: IsoDateSchema.optional(),
    version: z.string().min(1, "Bitte eine Versionsbezeichnung angeben."),
    label_de: z.string().min(1, "Bitte eine Bezeichnung angeben."),
    status: ParameterStatusSchema,
    /** Optional German note shown beside the value (e.g. "Beispielwert – bitte durch den Wert Ihrer KV ersetzen"). */
    note_de: z.string().min(1).optional(),
    citation: CitationSchema,
  })
  .refine((p) => p.validUntil === undefined || p.validUntil >= p.validFrom, {
    message: "Das Ende der Gültigkeit darf nicht vor ihrem Beginn liegen.",
    path: ["validUntil"],
  });
export type RuleParameter = z.infer<typeof RuleParameterSchema>;

export const RuleParameterTableSchema = z.array(RuleParameterSchema).superRefine((params, ctx) => {
  // No two versions of one key may be valid on the same day.
  const byKey = new Map<string, RuleParameter[]>();
  for (const p of params) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const [key, versions] of byKey) {
    const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && (prev.validUntil === undefined || prev.validUntil >= cur.validFrom)) {
        ctx.addIssue({
          code: "custom",
          message: `Die Versionen „${prev.version}“ und „${cur.version}“ von „${key}“ überschneiden sich zeitlich.`,
        });
      }
    }
  }
});

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
