import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { CARRIER_MODEL_IDS } from "@/lib/domain/id-labels";
import { FIELD_LABELS_DE, INVESTMENT_FIELDS, MAX_EUR, REVENUE_FIELDS, RUNNING_FIELDS, evaluateScenario, type ScenarioResult } from "./evaluate";

export * from "./evaluate";

/**
 * The 10-year money scenario for one carrier model (provider network, municipal MVZ, health centre;
 * PORT as an add-on): what the town invests once, pays and earns every year, and receives in grants.
 * Net cost = investment + running costs − revenues − grants (positive = the town pays).
 * Pure; every number is validated finite and non-negative with a German message naming the field.
 */

const euro = (label: string) =>
  z
    .number({ error: `${label}: Bitte eine endliche Zahl in Euro eingeben.` })
    .min(0, `${label}: Der Betrag darf nicht negativ sein.`)
    .max(MAX_EUR, `${label}: Der Betrag darf höchstens 1 Mrd. € betragen.`);
const calendarYear = (label: string) =>
  z
    .number({ error: `${label}: Bitte ein Jahr als ganze Zahl eingeben.` })
    .int(`${label}: Bitte ein Jahr als ganze Zahl eingeben.`)
    .min(2000, `${label}: Bitte ein Jahr zwischen 2000 und 2100 eingeben.`)
    .max(2100, `${label}: Bitte ein Jahr zwischen 2000 und 2100 eingeben.`);

const group = <F extends string>(fields: readonly F[]) =>
  z.object(Object.fromEntries(fields.map((f) => [f, euro(FIELD_LABELS_DE[f as keyof typeof FIELD_LABELS_DE])])) as Record<F, ReturnType<typeof euro>>);

export const GuaranteeSchema = z.object({
  label: safeText().trim().max(200).optional(),
  amount: euro("Bürgschaft – in Anspruch genommener Betrag"),
  year: calendarYear("Bürgschaft – Jahr der Inanspruchnahme"),
});
export type Guarantee = z.infer<typeof GuaranteeSchema>;

export const GrantSchema = z
  .object({
    label: safeText().trim().max(200).optional(),
    /** Id in the funding table, if the grant came from there. */
    programmeId: safeText().optional(),
    amountPerYear: euro("Fördermittel – Betrag je Jahr"),
    startYear: calendarYear("Fördermittel – erstes Jahr"),
    endYear: calendarYear("Fördermittel – letztes Jahr"),
  })
  .refine((g) => g.endYear >= g.startYear, {
    message: "Fördermittel – letztes Jahr: darf nicht vor dem ersten Jahr liegen.",
    path: ["endYear"],
  });
export type Grant = z.infer<typeof GrantSchema>;

export const ScenarioAssumptionsSchema = z.object({
  model: z.enum(CARRIER_MODEL_IDS, { error: "Modell: Bitte Gesundheitsnetzwerk, kommunales MVZ oder Gesundheitszentrum wählen." }),
  /** PORT concept on top of the carrier (team care, prevention, case management). */
  portAddOn: z.boolean().default(false),
  startYear: calendarYear("Startjahr"),
  horizonYears: z
    .number({ error: "Betrachtungszeitraum: Bitte eine ganze Zahl von Jahren eingeben." })
    .int("Betrachtungszeitraum: Bitte eine ganze Zahl von Jahren eingeben.")
    .min(1, "Betrachtungszeitraum: mindestens 1 Jahr.")
    .max(30, "Betrachtungszeitraum: höchstens 30 Jahre.")
    .default(10),
  /** One-off, paid in the start year. */
  investment: group(INVESTMENT_FIELDS),
  /** Every year of the horizon. */
  running: group(RUNNING_FIELDS),
  guarantees: z.array(GuaranteeSchema).max(20).default([]),
  /** Every year of the horizon. */
  revenue: group(REVENUE_FIELDS),
  grants: z.array(GrantSchema).max(20).default([]),
});
export type ScenarioAssumptions = z.output<typeof ScenarioAssumptionsSchema>;
export type ScenarioAssumptionsInput = z.input<typeof ScenarioAssumptionsSchema>;

export interface ScenarioFieldError {
  /** Dotted path, e.g. "investment.building" or "grants.0.endYear". */
  path: string;
  message: string;
}

/** Validates untrusted input (API, form) and evaluates it, or returns German field errors. */
export function safeEvaluateScenario(
  input: unknown,
): { ok: true; assumptions: ScenarioAssumptions; result: ScenarioResult } | { ok: false; errors: ScenarioFieldError[] } {
  const parsed = ScenarioAssumptionsSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    };
  }
  return { ok: true, assumptions: parsed.data, result: evaluateScenario(parsed.data) };
}
