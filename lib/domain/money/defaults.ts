import type { Citation } from "@/lib/knowledge/citation";
import type { CarrierModelId } from "@/lib/knowledge/ids";
import { applicableFunding, type FundingProgramme } from "@/lib/knowledge/funding-programmes";
import { PARAMETER_KEYS, resolveParameter, type RuleParameter } from "@/lib/knowledge/rule-parameters";
import {
  INVESTMENT_FIELDS,
  REVENUE_FIELDS,
  RUNNING_FIELDS,
  type InvestmentField,
  type RevenueField,
  type RunningField,
  type ScenarioAssumptions,
} from "./scenario";

/**
 * Default assumptions per model, each labelled with where it comes from. The sources price only
 * Marienmünster's MVZ (about 2.6 M€) and Schneeberg's conversion (about 3.2 M€); grants come from the
 * funding table; everything else is an assumption the user is asked to confirm.
 */

export type DefaultOrigin = "source" | "rule-parameter" | "assumption";

export interface LabelledValue {
  value: number;
  origin: DefaultOrigin;
  citation?: Citation | undefined;
  needsConfirmation: boolean;
  /** German note shown beside the value. */
  note_de: string;
}

export interface DefaultGrant {
  label: string;
  programmeId: string;
  amountPerYear: LabelledValue;
  startYear: number;
  endYear: number;
}

export interface ScenarioDefaults {
  model: CarrierModelId;
  portAddOn: boolean;
  startYear: number;
  horizonYears: number;
  investment: Record<InvestmentField, LabelledValue>;
  running: Record<RunningField, LabelledValue>;
  revenue: Record<RevenueField, LabelledValue>;
  grants: DefaultGrant[];
  /** Funding the table lists for this town that does not enter the town's budget or has no amount. */
  fundingHints: { programmeId: string; name: string; caveats_de: string[] }[];
}

export interface TownContext {
  population: number;
  landCode: string;
}

export interface DefaultOptions {
  startYear: number;
  portAddOn?: boolean | undefined;
  horizonYears?: number | undefined;
}

/**
 * Assumed yearly employer cost of one full-time coordinator post. Not in the sources or the rule
 * parameters: an assumption of this application the user must confirm.
 */
export const ASSUMED_COST_PER_FTE_EUR = 70_000;

const HEINSBERG_HALF_FTE: Citation = {
  kind: "source",
  source: "kreis-heinsberg-anfrage-aerztebetreuung-2026.txt",
  section: "1. Wie und in welchem Umfang wurde die neu geschaffene Stelle seit Aufnahme der Tätigkeit angenommen",
  quote: "eine Stelle im Umfang von 0,5 VZÄ eingerichtet",
};
const PORT_NETWORK_PERSON: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse, Fragestellung III",
  quote: "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden.",
};
const PORT_NO_MONEY_NEEDED: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse, Fragestellung III",
  quote: "Für ein kommunales Engagement bei der Umsetzung von PORT-Zentren ist eine finanzielle Beteiligung keine notwendige Voraussetzung.",
};
const PORT_GKV_GAP: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse, Fragestellung III",
  quote: "werden viele Leistungen meist nicht über den Leistungskatalog der GKV vergütet",
};

const assumption = (value: number, note_de: string, citation?: Citation): LabelledValue => ({
  value,
  origin: "assumption",
  ...(citation ? { citation } : {}),
  needsConfirmation: true,
  note_de,
});

const zeroAssumption = (note_de: string): LabelledValue => assumption(0, note_de);

function sourceParameter(params: readonly RuleParameter[], key: string, atDate: string, note_de: string): LabelledValue | undefined {
  const p = resolveParameter(params, key, atDate);
  if (!p) return undefined;
  return {
    value: p.value,
    origin: p.status === "source-figure" ? "source" : "rule-parameter",
    citation: p.parameter.citation,
    needsConfirmation: true,
    note_de,
  };
}

export function defaultAssumptions(
  model: CarrierModelId,
  town: TownContext,
  params: readonly RuleParameter[],
  funding: readonly FundingProgramme[],
  options: DefaultOptions,
): ScenarioDefaults {
  const startYear = options.startYear;
  const portAddOn = options.portAddOn ?? false;
  const atDate = `${startYear}-01-01`;

  const investment = Object.fromEntries(
    INVESTMENT_FIELDS.map((f) => [f, zeroAssumption("Nicht in den Quellen beziffert – bitte eigenen Betrag eintragen oder 0 bestätigen.")]),
  ) as Record<InvestmentField, LabelledValue>;
  const running = Object.fromEntries(
    RUNNING_FIELDS.map((f) => [f, zeroAssumption("Nicht in den Quellen beziffert – bitte eigenen Betrag eintragen oder 0 bestätigen.")]),
  ) as Record<RunningField, LabelledValue>;
  const revenue = Object.fromEntries(
    REVENUE_FIELDS.map((f) => [f, zeroAssumption("Nicht in den Quellen beziffert – bitte eigenen Betrag eintragen oder 0 bestätigen.")]),
  ) as Record<RevenueField, LabelledValue>;

  const takeover = resolveParameter(params, PARAMETER_KEYS.costPracticeTakeover, atDate);
  const takeoverHint = takeover
    ? ` Richtwert für die Übernahme einer Hausarztpraxis: rund ${takeover.value.toLocaleString("de-DE")} € (${takeover.version}).`
    : "";

  switch (model) {
    case "provider-network": {
      investment.other = assumption(
        0,
        "Für die Teilnahme an einem Netzwerk braucht die Kommune kein eigenes Geld; ohne Geld bleibt aber auch ihre Steuerung begrenzt.",
        PORT_NO_MONEY_NEEDED,
      );
      running.coordinator = assumption(
        0.5 * ASSUMED_COST_PER_FTE_EUR,
        `Annahme: eine halbe Stelle für die Netzwerkkoordination (Umfang wie die 0,5-VZÄ-Stelle im Kreis Heinsberg) zu angenommenen ${ASSUMED_COST_PER_FTE_EUR.toLocaleString("de-DE")} € Arbeitgeberkosten je Vollzeitstelle.`,
        HEINSBERG_HALF_FTE,
      );
      break;
    }
    case "municipal-mvz": {
      const mvz = sourceParameter(
        params,
        PARAMETER_KEYS.costMarienmuensterMvz,
        atDate,
        "Marienmünster trägt rund 2,6 Mio. € für die Entwicklung seines kommunalen MVZ (ein Ort, ohne Aufschlüsselung) – bitte durch eigene Planung ersetzen." + takeoverHint,
      );
      if (mvz) investment.other = mvz;
      running.coordinator = assumption(
        0.5 * ASSUMED_COST_PER_FTE_EUR,
        `Annahme: eine halbe Stelle in der Verwaltung, die das MVZ begleitet, zu ${ASSUMED_COST_PER_FTE_EUR.toLocaleString("de-DE")} € je Vollzeitstelle.`,
        PORT_NETWORK_PERSON,
      );
      running.mvzOperations = zeroAssumption(
        "Personal- und Sachkosten des MVZ (angestellte Ärztinnen und Ärzte, Praxisteam) – bitte aus dem Wirtschaftsplan eintragen, zusammen mit den Erlösen.",
      );
      revenue.mvzIncome = zeroAssumption(
        "Erlöse aus der GKV-Abrechnung – nicht in den Quellen beziffert; bitte aus dem Wirtschaftsplan eintragen. Mit 0 zeigt die Rechnung den ungünstigsten Fall.",
      );
      break;
    }
    case "health-centre": {
      const conversion = sourceParameter(
        params,
        PARAMETER_KEYS.costSchneebergConversion,
        atDate,
        "Schneeberg investierte rund 3,2 Mio. € in den Umbau eines ehemaligen Krankenhauses (ein Ort) – bitte durch eigene Planung ersetzen.",
      );
      if (conversion) investment.conversion = conversion;
      revenue.rent = zeroAssumption("Mieteinnahmen gibt es nur, wenn die Kommune Eigentümerin ist; die Höhe nennen die Quellen nicht.");
      running.rentSubsidies = zeroAssumption(
        "Hohenstein zahlt Mietzuschüsse für gemeinsam genutzte Räume, Dornhan garantiert die Miete des Hausarztgeschosses – Beträge nennen die Quellen nicht.",
      );
      break;
    }
  }

  if (portAddOn) {
    running.coordinator = assumption(
      running.coordinator.value + ASSUMED_COST_PER_FTE_EUR,
      `${running.coordinator.value > 0 ? running.coordinator.note_de + " " : ""}PORT: zusätzlich angenommen eine Vollzeitstelle für Koordination, Case Management und Prävention – diese Leistungen zahlt die GKV meist nicht.`,
      PORT_GKV_GAP,
    );
  }

  const grants: DefaultGrant[] = [];
  const fundingHints: ScenarioDefaults["fundingHints"] = [];
  const models = portAddOn ? [model, "port" as const] : [model];
  const seen = new Set<string>();
  for (const m of models) {
    for (const f of applicableFunding(funding, { landCode: town.landCode, population: town.population, model: m, year: startYear })) {
      if (seen.has(f.programme.id)) continue;
      seen.add(f.programme.id);
      const p = f.programme;
      if (f.entersTownBudget && p.kind === "programme" && p.amountMaxEur !== null) {
        const citation = p.citations[0];
        grants.push({
          label: p.name,
          programmeId: p.id,
          amountPerYear: {
            value: p.amountMaxEur,
            origin: "rule-parameter",
            ...(citation ? { citation } : {}),
            needsConfirmation: true,
            note_de: `Höchstbetrag laut Fördertabelle, ${p.amountPeriod === "once" ? "einmalig im Startjahr angesetzt" : "je Jahr"}. ${p.note_de}`,
          },
          startYear,
          endYear: startYear,
        });
      } else {
        fundingHints.push({ programmeId: p.id, name: p.name, caveats_de: f.caveats_de });
      }
    }
  }

  return { model, portAddOn, startYear, horizonYears: options.horizonYears ?? 10, investment, running, revenue, grants, fundingHints };
}

/** The plain assumptions (values only) from labelled defaults, ready for `evaluateScenario`. */
export function assumptionsFromDefaults(d: ScenarioDefaults): ScenarioAssumptions {
  const values = <F extends string>(o: Record<F, LabelledValue>): Record<F, number> =>
    Object.fromEntries(Object.entries<LabelledValue>(o).map(([k, v]) => [k, v.value])) as Record<F, number>;
  return {
    model: d.model,
    portAddOn: d.portAddOn,
    startYear: d.startYear,
    horizonYears: d.horizonYears,
    investment: values(d.investment),
    running: values(d.running),
    guarantees: [],
    revenue: values(d.revenue),
    grants: d.grants.map((g) => ({ label: g.label, programmeId: g.programmeId, amountPerYear: g.amountPerYear.value, startYear: g.startYear, endYear: g.endYear })),
  };
}
