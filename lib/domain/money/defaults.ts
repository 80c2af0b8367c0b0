import type { Citation } from "@/lib/domain/citation";
import type { CarrierModelId } from "@/lib/domain/ids";
import type { FundingProgramme } from "@/lib/domain/funding-programmes";
import { formatNumber } from "@/lib/domain/format/number";
import { applicableFunding } from "@/lib/domain/funding-query";
import type { RuleParameter } from "@/lib/domain/rule-parameters";
import { PARAMETER_KEYS, resolveParameter } from "@/lib/domain/rule-parameter-values";
import {
  INVESTMENT_FIELDS,
  REVENUE_FIELDS,
  RUNNING_FIELDS,
  type InvestmentField,
  type RevenueField,
  type RunningField,
} from "./evaluate";
import type { ScenarioAssumptions } from "./scenario";

/**
 * Default assumptions per model, each labelled with where it comes from. The sources price only
 * Marienmünster's MVZ (about 2.6 M€, GP care for the whole town) and Schneeberg's conversion of a former
 * hospital (about 3.2 M€). A town of another size does not start with those amounts: they are scaled with the
 * town (inhabitants, and the GP seats they need at the Verhältniszahl), and the note says from which town and
 * how. MVZ running costs and GKV revenue are never silently zero: they start at labelled per-seat assumptions.
 * Grants are not booked by default (the only amount in the funding table is a programme whose running today
 * is unproven): the applicable programmes are listed as hints; a user enters a grant once it is approved.
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
  /** The town's name, for the notes ("für Dörentrup"). */
  name?: string | undefined;
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

/**
 * Assumed yearly cost of running a municipal MVZ per GP seat (employed doctor, practice team, rooms, material)
 * and its GKV revenue per seat. Not in the sources: assumptions of this application, set with revenue a little
 * below cost (a cautious start), for the user to replace with the MVZ's business plan.
 */
export const ASSUMED_MVZ_COST_PER_SEAT_EUR = 330_000;
export const ASSUMED_MVZ_REVENUE_PER_SEAT_EUR = 300_000;

/** The two towns whose costs the sources name, with their inhabitants from the municipality register (GV100AD, 31.12.2022). */
export const REFERENCE_TOWNS = {
  marienmuenster: { name: "Marienmünster", ags: "05762024", population: 4_970 },
  schneeberg: { name: "Schneeberg", ags: "14521530", population: 13_994 },
} as const;

/** A town more than this many times larger (or smaller) than the reference town: the transfer is rough. */
const ROUGH_TRANSFER_FACTOR = 3;

/** Rounds to 10,000 € (the scaled figures are orders of magnitude, not quotes). */
export function roundEuro(value: number): number {
  return Math.round(value / 10_000) * 10_000;
}

/** GP seats a population needs at the Verhältniszahl (inhabitants per GP), to one decimal; at least one seat. */
export function gpSeatsFor(population: number, inhabitantsPerGp: number): number {
  if (!(inhabitantsPerGp > 0) || !(population > 0)) return 1;
  return Math.max(1, Math.round((population / inhabitantsPerGp) * 10) / 10);
}

/** An amount of a reference town carried over to another by inhabitants (linear; rounded to 10,000 €). */
export function scaleByPopulation(amount: number, referencePopulation: number, population: number): { value: number; factor: number } {
  const factor = referencePopulation > 0 && population > 0 ? population / referencePopulation : 1;
  return { value: roundEuro(amount * factor), factor };
}

/** Assumed share of a full-time coordinator post by town size (an assumption of this application). */
export function coordinatorFte(population: number): number {
  if (population < 5_000) return 0.25;
  if (population < 15_000) return 0.5;
  return 1;
}

/** German format through the app's one formatter (made once per precision; `toLocaleString` builds one per call). */
const de = (n: number, digits = 0) => formatNumber(n, { maximumFractionDigits: digits, minimumFractionDigits: 0 });

function roughNote(factor: number, reference: string): string {
  if (factor > ROUGH_TRANSFER_FACTOR) return ` Ihre Kommune ist rund ${de(factor, 1)}-mal so groß wie ${reference}: die Übertragung ist grob.`;
  if (factor < 1 / ROUGH_TRANSFER_FACTOR) return ` Ihre Kommune ist deutlich kleiner als ${reference}: die Übertragung ist grob.`;
  return "";
}

const PORT_STAFF_IN_TOWN: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse",
  quote: "bedarf es personeller Ressourcen in der Kommune, die das Projekt von kommunaler Seite aus begleiten",
};
const MVZ_WHOLE_TOWN: Citation = {
  kind: "source",
  source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt",
  section: "Marienburg: Kommunales MVZ",
  quote: "Es übernimmt zukünftig die hausärztliche Versorgung für die gesamte Stadt",
};
const HOHENSTEIN_RENT: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse",
  quote: "Die Gemeinde und der Landkreis zahlen Mietzuschüsse für die gemeinschaftlich genutzten Räume.",
};
const PORT_NETWORK_PERSON: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse",
  quote: "Netzwerkarbeit kann, soll sie erfolgreich verlaufen, nicht „nebenbei“ geleistet werden.",
};
const PORT_NO_MONEY_NEEDED: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse",
  quote: "Für ein kommunales Engagement bei der Umsetzung von PORT-Zentren ist eine finanzielle Beteiligung keine notwendige Voraussetzung.",
};
const PORT_GKV_GAP: Citation = {
  kind: "source",
  source: "port-studie-rolle-der-kommunen.txt",
  section: "3.3 Analyse",
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


/** The rule parameters `defaultAssumptions` reads: the comparison page sends the browser only these. */
export const MONEY_DEFAULT_PARAMETER_KEYS: readonly string[] = [
  PARAMETER_KEYS.gpRatio,
  PARAMETER_KEYS.costPracticeTakeover,
  PARAMETER_KEYS.costMarienmuensterMvz,
  PARAMETER_KEYS.costSchneebergConversion,
];

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
    ? ` Richtwert für die Übernahme einer Hausarztpraxis: rund ${de(takeover.value, 3)} € (${takeover.version}).`
    : "";

  const townName = town.name ?? "Ihre Kommune";
  const ratio = resolveParameter(params, PARAMETER_KEYS.gpRatio, atDate);
  const inhabitantsPerGp = ratio?.value ?? 1_609;
  const seats = gpSeatsFor(town.population, inhabitantsPerGp);
  const seatsText = `${de(seats, 1)} ${seats === 1 ? "Hausarztsitz" : "Hausarztsitze"} (${de(town.population)} Einwohnerinnen und Einwohner bei 1:${de(inhabitantsPerGp)}${ratio ? `, ${ratio.version}` : ""})`;
  const fte = coordinatorFte(town.population);

  switch (model) {
    case "provider-network": {
      investment.other = assumption(
        0,
        "Für die Teilnahme an einem Netzwerk braucht die Kommune kein eigenes Geld; ohne Geld bleibt aber auch ihre Steuerung begrenzt.",
        PORT_NO_MONEY_NEEDED,
      );
      running.coordinator = assumption(
        fte * ASSUMED_COST_PER_FTE_EUR,
        `Annahme dieser Anwendung: ${de(fte, 2)} Stelle für die Netzwerkkoordination bei ${de(town.population)} Einwohnerinnen und Einwohnern (unter 5.000: 0,25; bis 15.000: 0,5; darüber: 1 Stelle), zu angenommenen ${de(ASSUMED_COST_PER_FTE_EUR)} € Arbeitgeberkosten je Vollzeitstelle. Dass Netzwerkarbeit nicht nebenbei geht, sagt die PORT-Studie; wie viel Zeit sie braucht, sagen die Quellen nicht.`,
        PORT_NETWORK_PERSON,
      );
      break;
    }
    case "municipal-mvz": {
      const mvz = resolveParameter(params, PARAMETER_KEYS.costMarienmuensterMvz, atDate);
      if (mvz) {
        const reference = REFERENCE_TOWNS.marienmuenster;
        const referenceSeats = gpSeatsFor(reference.population, inhabitantsPerGp);
        const scaled = scaleByPopulation(mvz.value, reference.population, town.population);
        investment.other = {
          value: scaled.value,
          origin: "assumption",
          citation: mvz.parameter.citation,
          needsConfirmation: true,
          note_de:
            `Aus Marienmünster übertragen: Die Stadt (${de(reference.population)} Einwohnerinnen und Einwohner laut Gemeindeverzeichnis, rund ${de(referenceSeats, 1)} Hausarztsitze) trägt rund ${de(mvz.value / 1_000_000, 1)} Mio. € für die Entwicklung ihres kommunalen MVZ, das die hausärztliche Versorgung der ganzen Stadt übernimmt. ` +
            `Für ${townName} mit ${seatsText} im selben Verhältnis angesetzt: rund ${de(scaled.value)} € (ein Ort, ohne Aufschlüsselung; Annahme) – bitte durch eigene Planung ersetzen.` +
            roughNote(scaled.factor, reference.name) +
            takeoverHint,
        };
      }
      running.coordinator = assumption(
        fte * ASSUMED_COST_PER_FTE_EUR,
        `Annahme dieser Anwendung: ${de(fte, 2)} Stelle in der Verwaltung, die das MVZ von kommunaler Seite begleitet (die PORT-Studie: auch wenn Geschäftsführung und andere Aufgaben vergeben sind, braucht es Personal in der Kommune), zu ${de(ASSUMED_COST_PER_FTE_EUR)} € je Vollzeitstelle.`,
        PORT_STAFF_IN_TOWN,
      );
      running.mvzOperations = assumption(
        roundEuro(seats * ASSUMED_MVZ_COST_PER_SEAT_EUR),
        `Annahme dieser Anwendung (nicht aus den Quellen): Personal- und Sachkosten des MVZ mit ${seatsText} – so viele braucht die ganze Kommune, wie in Marienmünster –, je Sitz ${de(ASSUMED_MVZ_COST_PER_SEAT_EUR)} € im Jahr (angestellte Ärztin oder angestellter Arzt, Praxisteam, Räume, Material). Bitte aus dem Wirtschaftsplan eintragen, zusammen mit den Erlösen.`,
        MVZ_WHOLE_TOWN,
      );
      revenue.mvzIncome = assumption(
        roundEuro(seats * ASSUMED_MVZ_REVENUE_PER_SEAT_EUR),
        `Annahme dieser Anwendung (nicht aus den Quellen): Erlöse aus der GKV-Abrechnung, je Sitz ${de(ASSUMED_MVZ_REVENUE_PER_SEAT_EUR)} € im Jahr bei ${seatsText} – vorsichtig etwas unter den angenommenen Kosten. Bitte aus dem Wirtschaftsplan eintragen; mit 0 zeigt die Rechnung den ungünstigsten Fall.`,
      );
      break;
    }
    case "health-centre": {
      const conversion = resolveParameter(params, PARAMETER_KEYS.costSchneebergConversion, atDate);
      if (conversion) {
        const reference = REFERENCE_TOWNS.schneeberg;
        const scaled = scaleByPopulation(conversion.value, reference.population, town.population);
        investment.conversion = {
          value: scaled.value,
          origin: "assumption",
          citation: conversion.parameter.citation,
          needsConfirmation: true,
          note_de:
            `Aus Schneeberg übertragen: Die Stadt (${de(reference.population)} Einwohnerinnen und Einwohner laut Gemeindeverzeichnis) investierte rund ${de(conversion.value / 1_000_000, 1)} Mio. € in den Umbau eines ehemaligen Krankenhauses zum Gesundheitszentrum. ` +
            `Für ${townName} (${de(town.population)} Einwohnerinnen und Einwohner) im Verhältnis der Einwohnerzahl angesetzt: rund ${de(scaled.value)} € (ein Ort; Annahme) – bitte durch eigene Planung ersetzen.` +
            roughNote(scaled.factor, reference.name),
        };
      }
      revenue.rent = zeroAssumption(
        "Mieteinnahmen gibt es nur, wenn die Kommune Eigentümerin des Gebäudes ist; die Höhe nennen die Quellen nicht. Mit 0 zeigt die Rechnung den Fall ohne Mieteinnahmen – bitte eintragen, wenn die Kommune vermietet.",
      );
      running.rentSubsidies = zeroAssumption(
        "In Hohenstein zahlen die Gemeinde und der Landkreis Mietzuschüsse für die gemeinsam genutzten Räume, Dornhan garantiert die Miete des Hausarztgeschosses – Beträge nennen die Quellen nicht. Bitte eintragen, wenn Ihre Kommune so etwas plant.",
      );
      running.rentSubsidies.citation = HOHENSTEIN_RENT;
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

  // No grant is booked by default: the table's only amount belongs to a programme whose running today is
  // unproven (knowledge review, Dec. 2026). Every applicable programme is a hint; a user enters a grant once approved.
  const grants: DefaultGrant[] = [];
  const fundingHints: ScenarioDefaults["fundingHints"] = [];
  const models = portAddOn ? [model, "port" as const] : [model];
  const seen = new Set<string>();
  for (const m of models) {
    for (const f of applicableFunding(funding, { landCode: town.landCode, population: town.population, model: m, year: startYear })) {
      if (seen.has(f.programme.id)) continue;
      seen.add(f.programme.id);
      const p = f.programme;
      const amount =
        f.entersTownBudget && p.kind === "programme" && p.amountMaxEur !== null
          ? [`Bis zu ${de(p.amountMaxEur)} € ${p.amountPeriod === "once" ? "einmalig" : "je Jahr"} laut Fördertabelle – nicht voreingetragen: ${p.note_de} Erst als Förderung eintragen, wenn sie bewilligt ist.`]
          : [];
      fundingHints.push({ programmeId: p.id, name: p.name, caveats_de: [...amount, ...f.caveats_de] });
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
