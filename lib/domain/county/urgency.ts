import { formatNumber } from "../format/number";
import { AT_RISK_WINDOW_YEARS, STATUS_CONVENTIONS, type SupplyFigures, type SupplyParameters } from "../supply";

/**
 * "Wo zuerst handeln": the urgency of every town of a Kreis from its supply figures. Pure.
 *
 * Four criteria, each with a "hoch" and a "mittel" threshold kept as data (URGENCY_CRITERIA) with where the threshold
 * comes from — a rule parameter (with its version) or the product's own assumption. A criterion whose figure is
 * unknown says "unbekannt"; a town with no known figure at all ranks "unbekannt", never "gering" (a town nobody has
 * entered data for is not a town without problems).
 */

export type UrgencyLevel = "hoch" | "mittel" | "gering" | "unbekannt";
export type UrgencyCriterionId = "share-aged-60-plus" | "exits-without-successor" | "versorgungsgrad" | "population-per-fte";

/** The figures of one town the ranking reads (all optional: unknown stays unknown). */
export interface TownUrgencyInput {
  ags: string;
  name: string;
  population: number;
  /** False when nothing is known for the town (no inventory, no KV figure): every criterion is "unbekannt". */
  hasData: boolean;
  gpHeadcount: number;
  /** Counted GP FTE (Anrechnungsfaktoren). */
  countedGps: number;
  /** 0–1, null if no GP age is known. */
  shareGpsAged60Plus: number | null;
  gpExitsWithin5YearsWithoutSuccessor: number;
  /** Percent; the KV's figure (town's planning area) if given, else computed. */
  versorgungsgrad: number | null;
}

export interface ThresholdBasis {
  kind: "parameter" | "assumption";
  /** German: the rule parameter with its version, or why the product chose this value. */
  text_de: string;
}

export interface UrgencyCriterion {
  id: UrgencyCriterionId;
  label_de: string;
  unit_de: string;
  /** "above": higher is worse (value > threshold); "below": lower is worse (value < threshold). */
  direction: "above" | "below";
  high: number;
  /** The "hoch" threshold itself already counts as "hoch" (value ≥ high instead of value > high). */
  highInclusive?: boolean;
  medium: number;
  highBasis: ThresholdBasis;
  mediumBasis: ThresholdBasis;
}

/** The thresholds, as data, for the rule parameters in force (ratio, under-supply line, national share aged 60+). */
export function urgencyCriteria(params: Pick<SupplyParameters, "gpRatio" | "underSupplyPercent" | "nationalGpShareAged60Plus">): UrgencyCriterion[] {
  const ratio = params.gpRatio.value;
  const under = params.underSupplyPercent.value;
  const paramText = (p: { label_de: string; version: string }) => `Regelparameter „${p.label_de}“ (${p.version})`;
  const share = params.nationalGpShareAged60Plus;
  return [
    {
      id: "share-aged-60-plus",
      label_de: "Anteil der Hausärztinnen und Hausärzte ab 60 Jahren",
      unit_de: "%",
      direction: "above",
      high: STATUS_CONVENTIONS.share60PlusRedAbove,
      medium: share?.value ?? STATUS_CONVENTIONS.share60PlusAmberAbove,
      highBasis: { kind: "assumption", text_de: "Annahme dieser Anwendung: mehr als die Hälfte ab 60 Jahren (dieselbe Schwelle wie die rote Ampel im Versorgungscheck)." },
      mediumBasis: share
        ? { kind: "parameter", text_de: `Über dem Bundeswert: ${paramText(share)}.` }
        : { kind: "assumption", text_de: "Annahme dieser Anwendung: rund der Bundeswert (41 %), da kein Regelparameter hinterlegt ist." },
    },
    {
      id: "exits-without-successor",
      label_de: `Hausärztinnen und Hausärzte, die in ${AT_RISK_WINDOW_YEARS} Jahren ohne Nachfolge aufhören`,
      unit_de: "%",
      direction: "above",
      high: STATUS_CONVENTIONS.capacityAtRiskRedFrom,
      highInclusive: true,
      medium: 0,
      highBasis: { kind: "assumption", text_de: "Annahme dieser Anwendung: ab einem Viertel der Hausärztinnen und Hausärzte (wie die rote Ampel im Versorgungscheck)." },
      mediumBasis: { kind: "assumption", text_de: "Annahme dieser Anwendung: schon ein Abgang ohne Nachfolge verdient Aufmerksamkeit." },
    },
    {
      id: "versorgungsgrad",
      label_de: "Hausärztlicher Versorgungsgrad",
      unit_de: "%",
      direction: "below",
      high: under,
      medium: STATUS_CONVENTIONS.amberBelowPercent,
      highBasis: { kind: "parameter", text_de: `Unterversorgung: ${paramText(params.underSupplyPercent)}.` },
      mediumBasis: { kind: "assumption", text_de: "Annahme dieser Anwendung: unter 100 % hat die Gemeinde weniger Hausärztinnen und Hausärzte, als der Bedarfsplan vorsieht." },
    },
    {
      id: "population-per-fte",
      label_de: "Einwohnerzahl je hausärztlicher Vollzeitstelle",
      unit_de: "Einwohnerinnen und Einwohner",
      direction: "above",
      high: ratio / (under / 100),
      medium: ratio,
      highBasis: { kind: "parameter", text_de: `Verhältniszahl ÷ Unterversorgungsschwelle: ${paramText(params.gpRatio)} und ${paramText(params.underSupplyPercent)}.` },
      mediumBasis: { kind: "parameter", text_de: `Mehr Einwohnerinnen und Einwohner je Stelle als die Verhältniszahl: ${paramText(params.gpRatio)}.` },
    },
  ];
}

export interface CriterionResult {
  id: UrgencyCriterionId;
  label_de: string;
  /** Shown value (percent for shares), null if unknown. */
  value: number | null;
  level: UrgencyLevel;
  reason_de: string;
}

export interface TownUrgency {
  ags: string;
  name: string;
  population: number;
  level: UrgencyLevel;
  /** Sort key: 2 per "hoch", 1 per "mittel" criterion; -1 for "unbekannt". */
  score: number;
  /** Known criteria / all criteria. */
  knownCriteria: number;
  criteria: CriterionResult[];
  /** The reasons for the level, most severe first ("Warum hier?"). */
  reasons_de: string[];
  /** 1-based position in the ranking. */
  rank: number;
}

const fmt = (x: number, digits = 1) => formatNumber(x, { maximumFractionDigits: digits });

/** The value of one criterion for a town (shares in percent), or null if unknown. */
function criterionValue(id: UrgencyCriterionId, town: TownUrgencyInput): number | null {
  if (!town.hasData) return null;
  switch (id) {
    case "share-aged-60-plus":
      return town.shareGpsAged60Plus;
    case "exits-without-successor":
      return town.gpHeadcount > 0 ? town.gpExitsWithin5YearsWithoutSuccessor / town.gpHeadcount : null;
    case "versorgungsgrad":
      return town.versorgungsgrad;
    case "population-per-fte":
      // No GP at all in a town with inhabitants: more inhabitants per FTE than any threshold.
      return town.population > 0 ? (town.countedGps > 0 ? town.population / town.countedGps : Number.POSITIVE_INFINITY) : null;
  }
}

const isShare = (id: UrgencyCriterionId) => id === "share-aged-60-plus" || id === "exits-without-successor";

function shown(id: UrgencyCriterionId, value: number): string {
  if (isShare(id)) return `${fmt(value * 100)} %`;
  if (id === "versorgungsgrad") return `${fmt(value)} %`;
  return Number.isFinite(value) ? fmt(value, 0) : "keine Vollzeitstelle";
}

export function evaluateCriterion(criterion: UrgencyCriterion, town: TownUrgencyInput): CriterionResult {
  const value = criterionValue(criterion.id, town);
  const base = { id: criterion.id, label_de: criterion.label_de, value: value === null ? null : isShare(criterion.id) ? value * 100 : value };
  if (value === null) return { ...base, value: null, level: "unbekannt", reason_de: `${criterion.label_de}: unbekannt (keine Angaben).` };
  const worse = (threshold: number) => (criterion.direction === "above" ? value > threshold : value < threshold);
  const word = criterion.direction === "above" ? "über" : "unter";
  if (worse(criterion.high) || (criterion.highInclusive === true && value === criterion.high)) {
    const bound = criterion.highInclusive ? (criterion.direction === "above" ? "ab" : "bis") : word;
    return { ...base, level: "hoch", reason_de: `${criterion.label_de}: ${shown(criterion.id, value)} – ${bound} ${shown(criterion.id, criterion.high)}. ${criterion.highBasis.text_de}` };
  }
  if (worse(criterion.medium)) {
    return { ...base, level: "mittel", reason_de: `${criterion.label_de}: ${shown(criterion.id, value)} – ${word} ${shown(criterion.id, criterion.medium)}. ${criterion.mediumBasis.text_de}` };
  }
  return { ...base, level: "gering", reason_de: `${criterion.label_de}: ${shown(criterion.id, value)} – unauffällig.` };
}

const ORDER: Record<UrgencyLevel, number> = { hoch: 0, mittel: 1, gering: 2, unbekannt: 3 };

/**
 * What a town without any data gets: the same "unbekannt" criteria and reason for every such town, built once per
 * criteria list (the nationwide screening has ~11,000 of them; read-only, frozen).
 */
const UNKNOWN_RESULTS = new WeakMap<readonly UrgencyCriterion[], { criteria: CriterionResult[]; reasons_de: string[] }>();
function unknownResults(criteria: readonly UrgencyCriterion[]) {
  let hit = UNKNOWN_RESULTS.get(criteria);
  if (!hit) {
    const none = { ags: "", name: "", population: 0, hasData: false, gpHeadcount: 0, countedGps: 0, shareGpsAged60Plus: null, gpExitsWithin5YearsWithoutSuccessor: 0, versorgungsgrad: null };
    hit = Object.freeze({
      criteria: Object.freeze(criteria.map((c) => Object.freeze(evaluateCriterion(c, none)))) as CriterionResult[],
      reasons_de: Object.freeze([NO_DATA_REASON]) as string[],
    });
    UNKNOWN_RESULTS.set(criteria, hit);
  }
  return hit;
}

const NO_DATA_REASON = "Keine Angaben zur Versorgung: Die Dringlichkeit ist unbekannt, nicht gering.";

export function townUrgency(town: TownUrgencyInput, criteria: readonly UrgencyCriterion[]): Omit<TownUrgency, "rank"> {
  if (!town.hasData) {
    const none = unknownResults(criteria);
    return { ags: town.ags, name: town.name, population: town.population, level: "unbekannt", score: -1, knownCriteria: 0, criteria: none.criteria, reasons_de: none.reasons_de };
  }
  const results = criteria.map((c) => evaluateCriterion(c, town));
  const known = results.filter((r) => r.level !== "unbekannt");
  const level: UrgencyLevel =
    known.length === 0 ? "unbekannt" : known.some((r) => r.level === "hoch") ? "hoch" : known.some((r) => r.level === "mittel") ? "mittel" : "gering";
  const score = known.length === 0 ? -1 : known.reduce((s, r) => s + (r.level === "hoch" ? 2 : r.level === "mittel" ? 1 : 0), 0);
  const reasons =
    known.length === 0
      ? [NO_DATA_REASON]
      : [...results].filter((r) => r.level === "hoch" || r.level === "mittel").sort((a, b) => ORDER[a.level] - ORDER[b.level]).map((r) => r.reason_de);
  if (known.length > 0 && reasons.length === 0) reasons.push("Kein Kriterium auffällig.");
  const unknown = results.length - known.length;
  if (known.length > 0 && unknown > 0) reasons.push(`${unknown} von ${results.length} Kriterien unbekannt.`);
  return { ags: town.ags, name: town.name, population: town.population, level, score, knownCriteria: known.length, criteria: results, reasons_de: reasons };
}

/**
 * Ranks the towns: "hoch" before "mittel" before "gering" before "unbekannt"; within a level by score (more severe
 * criteria first), then by population (more people affected), then AGS (deterministic).
 */
export function rankByUrgency(towns: readonly TownUrgencyInput[], criteria: readonly UrgencyCriterion[]): TownUrgency[] {
  return towns
    .map((t) => townUrgency(t, criteria))
    .sort((a, b) => ORDER[a.level] - ORDER[b.level] || b.score - a.score || b.population - a.population || (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0))
    .map((t, i) => ({ ...t, rank: i + 1 }));
}

/** The urgency input of a town from its supply result (the supply check's own figures, nothing recomputed). */
export function urgencyInputFromSupply(town: { ags: string; name: string; population: number }, supply: SupplyFigures | null): TownUrgencyInput {
  const { ags, name, population } = town;
  if (!supply || !supply.hasData) {
    return { ags, name, population, hasData: false, gpHeadcount: 0, countedGps: 0, shareGpsAged60Plus: null, gpExitsWithin5YearsWithoutSuccessor: 0, versorgungsgrad: null };
  }
  return {
    ags,
    name,
    population,
    hasData: true,
    gpHeadcount: supply.gpHeadcount,
    countedGps: supply.countedGps,
    shareGpsAged60Plus: supply.shareGpsAged60Plus,
    gpExitsWithin5YearsWithoutSuccessor: supply.gpExitsWithin5YearsWithoutSuccessor,
    versorgungsgrad: supply.versorgungsgrad.value,
  };
}
