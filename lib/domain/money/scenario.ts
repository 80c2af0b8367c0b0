import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { CARRIER_MODEL_IDS } from "@/lib/domain/ids";

/**
 * The 10-year money scenario for one carrier model (provider network, municipal MVZ, health centre;
 * PORT as an add-on): what the town invests once, pays and earns every year, and receives in grants.
 * Net cost = investment + running costs − revenues − grants (positive = the town pays).
 * Pure; every number is validated finite and non-negative with a German message naming the field.
 */

export const INVESTMENT_FIELDS = ["building", "conversion", "equipment", "practicePurchase", "other"] as const;
export type InvestmentField = (typeof INVESTMENT_FIELDS)[number];
export const RUNNING_FIELDS = ["coordinator", "management", "rentSubsidies", "mvzOperations"] as const;
export type RunningField = (typeof RUNNING_FIELDS)[number];
export const REVENUE_FIELDS = ["rent", "mvzIncome"] as const;
export type RevenueField = (typeof REVENUE_FIELDS)[number];

/** Fields that belong to a municipal MVZ only: the network's and the health centre's forms do not offer them. */
export const MVZ_ONLY_FIELDS: ReadonlySet<string> = new Set<string>(["mvzOperations", "mvzIncome"]);

/** The fields of a group that a model's form offers (all but the MVZ's own for the other models). */
export function fieldsForModel<F extends string>(model: (typeof CARRIER_MODEL_IDS)[number], fields: readonly F[]): F[] {
  return model === "municipal-mvz" ? [...fields] : fields.filter((field) => !MVZ_ONLY_FIELDS.has(field));
}

export const FIELD_LABELS_DE: Record<InvestmentField | RunningField | RevenueField, string> = {
  building: "Investition – Gebäude oder Grundstück",
  conversion: "Investition – Umbau",
  equipment: "Investition – Ausstattung",
  practicePurchase: "Investition – Kauf von Praxen/Arztsitzen",
  other: "Investition – Sonstiges (Gesamtbetrag ohne Aufschlüsselung)",
  coordinator: "Laufende Kosten – Koordination (je Jahr)",
  management: "Laufende Kosten – Geschäftsführung/Management (je Jahr)",
  rentSubsidies: "Laufende Kosten – Mietzuschüsse/Mietgarantie (je Jahr)",
  mvzOperations: "Laufende Kosten – Betrieb des MVZ: Personal und Sachkosten (je Jahr)",
  rent: "Einnahmen – Miete (je Jahr)",
  mvzIncome: "Einnahmen – MVZ-Erlöse aus der GKV-Abrechnung (je Jahr)",
};

/** Upper bound that keeps every sum finite and far above any town budget. */
export const MAX_EUR = 1_000_000_000;

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

export interface ScenarioYear {
  year: number;
  /** 1 = start year. */
  yearIndex: number;
  investment: number;
  running: number;
  /** Guarantees called in this year (part of `running`). */
  guaranteesCalled: number;
  revenue: number;
  grant: number;
  /** Investment + running − revenue − grant: positive means the town pays. */
  net: number;
  cumulativeNet: number;
  /** A grant ended in the previous year: the funding gap shows here. */
  grantEnded: boolean;
}

export interface ScenarioTotals {
  investment: number;
  running: number;
  guaranteesCalled: number;
  revenue: number;
  grant: number;
  net: number;
}

export interface ScenarioResult {
  model: ScenarioAssumptions["model"];
  portAddOn: boolean;
  years: ScenarioYear[];
  totals: ScenarioTotals;
  /** Years in which a grant stopped (first year without it), for the chart's annotations. */
  grantGapYears: number[];
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((s, v) => s + v, 0);
/** Round to cents so sums of floats stay stable in the table and in tests. */
const cents = (x: number): number => Math.round(x * 100) / 100;

/** Evaluates validated assumptions year by year. */
export function evaluateScenario(assumptions: ScenarioAssumptions): ScenarioResult {
  const a = assumptions;
  const investmentTotal = sum(a.investment);
  const runningBase = sum(a.running);
  const revenueBase = sum(a.revenue);
  const years: ScenarioYear[] = [];
  let cumulative = 0;
  const grantGapYears = new Set<number>();
  for (let i = 0; i < a.horizonYears; i++) {
    const year = a.startYear + i;
    const guaranteesCalled = a.guarantees.filter((g) => g.year === year).reduce((s, g) => s + g.amount, 0);
    const grant = a.grants.filter((g) => g.startYear <= year && year <= g.endYear).reduce((s, g) => s + g.amountPerYear, 0);
    const grantEnded = a.grants.some((g) => g.endYear === year - 1 && year - 1 >= a.startYear);
    if (grantEnded) grantGapYears.add(year);
    const investment = i === 0 ? investmentTotal : 0;
    const running = runningBase + guaranteesCalled;
    const net = cents(investment + running - revenueBase - grant);
    cumulative = cents(cumulative + net);
    years.push({
      year,
      yearIndex: i + 1,
      investment: cents(investment),
      running: cents(running),
      guaranteesCalled: cents(guaranteesCalled),
      revenue: cents(revenueBase),
      grant: cents(grant),
      net,
      cumulativeNet: cumulative,
      grantEnded,
    });
  }
  const total = (k: keyof Omit<ScenarioYear, "year" | "yearIndex" | "grantEnded" | "cumulativeNet">) =>
    cents(years.reduce((s, y) => s + y[k], 0));
  return {
    model: a.model,
    portAddOn: a.portAddOn,
    years,
    totals: {
      investment: total("investment"),
      running: total("running"),
      guaranteesCalled: total("guaranteesCalled"),
      revenue: total("revenue"),
      grant: total("grant"),
      net: total("net"),
    },
    grantGapYears: [...grantGapYears],
  };
}

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
