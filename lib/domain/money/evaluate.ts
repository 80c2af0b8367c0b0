import type { CarrierModelId } from "@/lib/domain/id-labels";
import type { ScenarioAssumptions } from "./scenario";

/*
 * The money scenario's fields and its year-by-year evaluation without zod (issue 19: the comparison page computes in
 * the browser and loads the schema after the first paint). The schema that validates assumptions (German messages
 * naming the field) is in lib/domain/money/scenario.ts, which re-exports all of this.
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
export function fieldsForModel<F extends string>(model: CarrierModelId, fields: readonly F[]): F[] {
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
