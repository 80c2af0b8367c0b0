import { formatNumber } from "../format/number";
import type { ParameterRef, SupplyParameters } from "./parameters";

/**
 * The supply check (Versorgungscheck): counted GPs, Versorgungsgrad, age structure, a 10-year forecast of
 * counted GP capacity and the gap to the 100 % level and the 75 % under-supply line.
 *
 * Pure: plain data in, plain results out. The inputs are structurally compatible with the provider schema
 * in `lib/domain/schemas/provider.ts`, so parsed providers can be passed directly.
 */

export type SupplyProviderKind =
  | "gp-practice"
  | "specialist-practice"
  | "pharmacy"
  | "nursing-service"
  | "therapy-practice";
export type SupplySuccessorStatus = "none" | "searching" | "found";

export interface SupplyDoctor {
  name?: string | undefined;
  birthYear?: number | undefined;
  /** Age when entered; treated as the age in the calculation year if no birth year is known. */
  age?: number | undefined;
  employment: "licensed" | "employed";
  licence?: "full" | "three-quarter" | "half" | undefined;
  weeklyHours?: number | undefined;
  plannedExitYear?: number | undefined;
}

export interface SupplyProvider {
  id?: string | undefined;
  name: string;
  kind: SupplyProviderKind;
  successorStatus: SupplySuccessorStatus;
  doctors: readonly SupplyDoctor[];
}

/** A Versorgungsgrad the KV published for the Mittelbereich; used instead of the computed one if given. */
export interface KvSupplyFigure {
  versorgungsgrad: number;
  planningArea?: string | undefined;
  publishedAt?: string | undefined;
}

export interface SupplyInput {
  providers: readonly SupplyProvider[];
  /** Inhabitants of the area the inventory covers (the town, or the Mittelbereich if the inventory covers it). */
  inhabitants: number;
  /** Calculation date (ISO); its year is forecast year 0. */
  asOf: string;
  kvFigure?: KvSupplyFigure | undefined;
  /** Overrides the retirement-age parameter for doctors without a planned exit year. */
  retirementAge?: number | undefined;
  /** Forecast horizon in years (default 10). */
  horizonYears?: number | undefined;
}

export type TrafficLight = "green" | "amber" | "red" | "grey";

export interface KeyFigure {
  id:
    | "versorgungsgrad"
    | "gps-per-100k"
    | "average-age"
    | "share-aged-60-plus"
    | "capacity-at-risk"
    | "forecast-gap";
  label_de: string;
  /** `null` where it cannot be computed (e.g. no GPs, no inhabitants). */
  value: number | null;
  unit_de: string;
  status: TrafficLight;
  /** Plain-German explanation of the formula with this town's numbers: "So wird das berechnet: …". */
  explanation_de: string;
  /** Why the traffic light shows this colour. */
  statusReason_de: string;
}

export interface CountedDoctor {
  providerIndex: number;
  providerName: string;
  doctorName?: string | undefined;
  isGp: boolean;
  factor: number;
  /** How the factor was chosen, e.g. "angestellt, 25 Wochenstunden (über 20 bis 30 h) → 0,75". */
  factorBasis_de: string;
  /** Age in the calculation year, or `null` if unknown. */
  age: number | null;
  birthYear: number | null;
  /** First year in which the doctor no longer works. */
  exitYear: number | null;
  exitBasis: "planned" | "retirement-age" | "unknown";
  /** The doctor's capacity continues after the exit because a successor was found. */
  successorFound: boolean;
}

export interface ForecastYear {
  year: number;
  /** Years from the calculation year (0 = today). */
  offset: number;
  countedGps: number;
  versorgungsgrad: number | null;
  /** FTE needed for 100 % (inhabitants ÷ ratio). */
  requiredFor100: number;
  /** FTE needed for the under-supply line (75 % of the above). */
  requiredForUnderSupplyLine: number;
  gapTo100: number;
  gapToUnderSupplyLine: number;
}

export interface AtRiskPractice {
  providerIndex: number;
  providerId?: string | undefined;
  providerName: string;
  kind: SupplyProviderKind;
  successorStatus: SupplySuccessorStatus;
  leavingDoctors: { name?: string | undefined; exitYear: number; exitBasis: "planned" | "retirement-age"; age: number | null }[];
  /** Counted capacity that leaves (only GP practices count towards the Versorgungsgrad). */
  countedCapacityLeaving: number;
  /** Every doctor of the practice leaves within the window: the practice closes unless a successor is found. */
  closes: boolean;
}

export interface AgeBucket {
  label: string;
  minAge: number;
  /** Inclusive upper bound, or `null` for the open top bucket. */
  maxAge: number | null;
  gp: number;
  other: number;
}

export interface TrainingLagWarning {
  line: "under-supply" | "full-supply";
  /** Years until the line is crossed (0 = already crossed). */
  yearsUntilGap: number;
  year: number;
  trainingYears: number;
  message_de: string;
}

/** The status text of every key figure while nothing has been entered. */
export const NO_DATA_REASON =
  "Noch keine Angaben: Erfassen Sie die Praxen und Ärztinnen und Ärzte der Gemeinde oder tragen Sie den Versorgungsgrad der KV ein.";

export interface SupplyResult {
  /** False while no provider is entered and no KV figure is given: the figures then say "noch keine Angaben". */
  hasData: boolean;
  asOf: string;
  year: number;
  inhabitants: number;
  retirementAge: number;
  parameters: {
    gpRatio: ParameterRef;
    underSupplyPercent: ParameterRef;
    overSupplyPercent: ParameterRef;
    gpTrainingYears: ParameterRef;
    /** The rule parameter, also when the caller overrode it (then `retirementAge` above is the override). */
    retirementAge: ParameterRef;
  };
  doctors: CountedDoctor[];
  gpHeadcount: number;
  countedGps: number;
  versorgungsgrad: {
    /** The figure used for status and prefill: the KV's if given, else the computed one. */
    value: number | null;
    basis: "computed" | "kv";
    computed: number | null;
    kv?: KvSupplyFigure | undefined;
    ratio: ParameterRef;
  };
  gpsPer100k: number | null;
  averageGpAge: number | null;
  gpsAged60Plus: number;
  shareGpsAged60Plus: number | null;
  forecast: ForecastYear[];
  firstYearBelowUnderSupplyLine: number | null;
  firstYearBelow100: number | null;
  atRisk: AtRiskPractice[];
  /** GP practices whose doctors all leave within 5 years without a successor found. */
  gpPracticesClosingWithoutSuccessor: number;
  /** GP doctors (headcount) leaving within 5 years, with or without successor. */
  gpExitsWithin5Years: number;
  gpExitsWithin5YearsWithoutSuccessor: number;
  agePyramid: AgeBucket[];
  keyFigures: KeyFigure[];
  warnings: TrainingLagWarning[];
}

/** Window for the at-risk list and the urgency figures. */
export const AT_RISK_WINDOW_YEARS = 5;
export const DEFAULT_HORIZON_YEARS = 10;

/**
 * Traffic-light thresholds that are conventions of this application, not rules. The Versorgungsgrad's
 * red line (75 %) and over-supply (110 %) come from the rule parameters; everything here is explained
 * as a convention in the status text.
 */
export const STATUS_CONVENTIONS = {
  /** Versorgungsgrad below this (and at or above the under-supply line) is amber. */
  amberBelowPercent: 100,
  /** Fallbacks if the national figures are not in the parameter table. */
  averageAgeAmberAbove: 55,
  averageAgeRedAbove: 60,
  share60PlusAmberAbove: 0.41,
  share60PlusRedAbove: 0.5,
  /** Share of counted GP capacity leaving within 5 years without successor. */
  capacityAtRiskRedFrom: 0.25,
} as const;

const EPSILON_DIGITS = 9;
function clean(x: number): number {
  return Number(x.toFixed(EPSILON_DIGITS));
}

const deNumber = (x: number, digits = 1): string => formatNumber(x, { minimumFractionDigits: 0, maximumFractionDigits: digits });
const dePercent = (x: number, digits = 1): string => `${deNumber(x, digits)} %`;

/** The Anrechnungsfaktor of one doctor, with the reason in German. */
export function countingFactor(
  doctor: SupplyDoctor,
  factors: SupplyParameters["factors"],
): { factor: number; basis_de: string } {
  if (doctor.employment === "employed") {
    const h = doctor.weeklyHours;
    if (h === undefined || !Number.isFinite(h) || h <= 0) {
      return { factor: 0, basis_de: "angestellt, Wochenstunden fehlen → 0 (nicht gezählt)" };
    }
    const hours = `${deNumber(h)} Wochenstunden`;
    if (h <= 10) return { factor: factors.employedUpTo10h.value, basis_de: `angestellt, ${hours} (bis 10 h) → ${deNumber(factors.employedUpTo10h.value, 2)}` };
    if (h <= 20) return { factor: factors.employedUpTo20h.value, basis_de: `angestellt, ${hours} (über 10 bis 20 h) → ${deNumber(factors.employedUpTo20h.value, 2)}` };
    if (h <= 30) return { factor: factors.employedUpTo30h.value, basis_de: `angestellt, ${hours} (über 20 bis 30 h) → ${deNumber(factors.employedUpTo30h.value, 2)}` };
    return { factor: factors.employedOver30h.value, basis_de: `angestellt, ${hours} (über 30 h) → ${deNumber(factors.employedOver30h.value, 2)}` };
  }
  switch (doctor.licence) {
    case "full":
      return { factor: factors.licenceFull.value, basis_de: `zugelassen, voller Versorgungsauftrag → ${deNumber(factors.licenceFull.value, 2)}` };
    case "three-quarter":
      return { factor: factors.licenceThreeQuarter.value, basis_de: `zugelassen, Dreiviertel-Versorgungsauftrag → ${deNumber(factors.licenceThreeQuarter.value, 2)}` };
    case "half":
      return { factor: factors.licenceHalf.value, basis_de: `zugelassen, halber Versorgungsauftrag → ${deNumber(factors.licenceHalf.value, 2)}` };
    default:
      return { factor: 0, basis_de: "zugelassen, Versorgungsauftrag fehlt → 0 (nicht gezählt)" };
  }
}

/** Versorgungsgrad = counted GPs ÷ (inhabitants ÷ ratio) × 100; `null` without inhabitants. */
export function versorgungsgrad(countedGps: number, inhabitants: number, ratio: number): number | null {
  if (!(inhabitants > 0) || !(ratio > 0)) return null;
  return clean((countedGps / (inhabitants / ratio)) * 100);
}

/** Traffic light for a Versorgungsgrad: red below the under-supply line, amber below 100 %, else green. */
export function versorgungsgradStatus(
  value: number | null,
  underSupplyPercent: number,
): TrafficLight {
  if (value === null) return "grey";
  if (value < underSupplyPercent) return "red";
  if (value < STATUS_CONVENTIONS.amberBelowPercent) return "amber";
  return "green";
}

function yearOf(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  if (!Number.isInteger(y)) throw new Error(`Ungültiges Berechnungsdatum „${isoDate}“.`);
  return y;
}

const AGE_BUCKETS: readonly { label: string; minAge: number; maxAge: number | null }[] = [
  { label: "unter 40", minAge: 0, maxAge: 39 },
  { label: "40–49", minAge: 40, maxAge: 49 },
  { label: "50–59", minAge: 50, maxAge: 59 },
  { label: "60–64", minAge: 60, maxAge: 64 },
  { label: "65–69", minAge: 65, maxAge: 69 },
  { label: "70 und älter", minAge: 70, maxAge: null },
];

/**
 * The supply check of one town, in its numbered steps (each a function below, like `recommend()`'s): 1 count every
 * doctor, 2 the Versorgungsgrad, 3 the age structure, 4 the forecast, 5 the practices at risk, 6 the age pyramid,
 * 7 the training-lag warning, 8 the key figures, 9 "no data yet". Pure; the parameters come resolved for one date.
 */
export function calculateSupply(input: SupplyInput, params: SupplyParameters): SupplyResult {
  const { figures, parts } = computeFigures(input, params);
  const { year, horizon, retirementAge, countedGps, level, ages, outlook, risk } = parts;
  const keyFigures = keyFiguresOf({ input, params, year, horizon, retirementAge, countedGps, level, ages, outlook, risk });
  // 9. No data yet (no provider entered and no KV figure): nothing is known, so nothing is "critical". Every figure
  // reads "noch keine Angaben" (grey) and no under-supply warning is raised before anything was entered.
  const shownFigures = figures.hasData
    ? keyFigures
    : keyFigures.map((figure) => ({ ...figure, value: null, status: "grey" as const, statusReason_de: NO_DATA_REASON }));
  return { ...figures, keyFigures: shownFigures, warnings: figures.hasData ? trainingLagWarnings(outlook, params, year) : [] };
}

/**
 * The figures of the supply check without its German explanations (key figures with their texts, training-lag
 * warnings): what a county-wide screening reads for every town of a Kreis. The same numbers as calculateSupply
 * (which adds the texts to exactly these), unit-tested; building the texts was most of a town's supply check.
 */
export type SupplyFigures = Omit<SupplyResult, "keyFigures" | "warnings">;

export function supplyFigures(input: SupplyInput, params: SupplyParameters): SupplyFigures {
  return computeFigures(input, params).figures;
}

function computeFigures(input: SupplyInput, params: SupplyParameters) {
  const year = yearOf(input.asOf);
  const horizon = input.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const retirementAge = input.retirementAge ?? params.retirementAge.value;
  const inhabitants = input.inhabitants;

  const doctors = countDoctors(input.providers, params, year, retirementAge);
  const gps = doctors.filter((d) => d.isGp);
  const gpHeadcount = gps.length;
  const countedGps = clean(gps.reduce((s, d) => s + d.factor, 0));
  const level = supplyLevel(countedGps, inhabitants, params.gpRatio.value, input.kvFigure);
  const ages = ageStructure(gps);
  const outlook = forecastSupply(gps, inhabitants, params, year, horizon);
  const risk = practicesAtRisk(input.providers, doctors, gps, year);
  const agePyramid = agePyramidOf(doctors);
  const kv = input.kvFigure;
  const hasData = input.providers.length > 0 || kv !== undefined;

  const figures: SupplyFigures = {
    hasData,
    asOf: input.asOf,
    year,
    inhabitants,
    retirementAge,
    parameters: {
      gpRatio: params.gpRatio,
      underSupplyPercent: params.underSupplyPercent,
      overSupplyPercent: params.overSupplyPercent,
      gpTrainingYears: params.gpTrainingYears,
      retirementAge: params.retirementAge,
    },
    doctors,
    gpHeadcount,
    countedGps,
    versorgungsgrad: { value: level.value, basis: kv ? "kv" : "computed", computed: level.computed, ...(kv ? { kv } : {}), ratio: params.gpRatio },
    gpsPer100k: level.gpsPer100k,
    averageGpAge: ages.averageGpAge,
    gpsAged60Plus: ages.gpsAged60Plus,
    shareGpsAged60Plus: ages.shareGpsAged60Plus,
    forecast: outlook.forecast,
    firstYearBelowUnderSupplyLine: outlook.firstYearBelowUnderSupplyLine,
    firstYearBelow100: outlook.firstYearBelow100,
    atRisk: risk.atRisk,
    gpPracticesClosingWithoutSuccessor: risk.gpPracticesClosingWithoutSuccessor,
    gpExitsWithin5Years: risk.gpExitsWithin5Years,
    gpExitsWithin5YearsWithoutSuccessor: risk.gpExitsWithin5YearsWithoutSuccessor,
    agePyramid,
  };
  return { figures, parts: { year, horizon, retirementAge, countedGps, level, ages, outlook, risk } };
}

/** 1. Every doctor counted: Anrechnungsfaktor, age, exit year (planned, else at the retirement age). */
function countDoctors(providers: readonly SupplyProvider[], params: SupplyParameters, year: number, retirementAge: number): CountedDoctor[] {
  const doctors: CountedDoctor[] = [];
  providers.forEach((provider, providerIndex) => {
    const isGp = provider.kind === "gp-practice";
    for (const d of provider.doctors) {
      const { factor, basis_de } = countingFactor(d, params.factors);
      const birthYear = d.birthYear ?? (d.age !== undefined ? year - d.age : undefined);
      const age = birthYear !== undefined ? year - birthYear : null;
      let exitYear: number | null = null;
      let exitBasis: CountedDoctor["exitBasis"] = "unknown";
      if (d.plannedExitYear !== undefined) {
        exitYear = d.plannedExitYear;
        exitBasis = "planned";
      } else if (birthYear !== undefined) {
        exitYear = birthYear + retirementAge;
        exitBasis = "retirement-age";
      }
      // Everyone in the inventory works today: an exit year already past means "leaves next year".
      if (exitYear !== null && exitYear <= year) exitYear = year + 1;
      doctors.push({
        providerIndex,
        providerName: provider.name,
        doctorName: d.name,
        isGp,
        factor,
        factorBasis_de: basis_de,
        age,
        birthYear: birthYear ?? null,
        exitYear,
        exitBasis,
        successorFound: provider.successorStatus === "found",
      });
    }
  });
  return doctors;
}

interface SupplyLevel {
  /** The KV's figure when given, else the computed one. */
  value: number | null;
  computed: number | null;
  gpsPer100k: number | null;
}

/** 2. Versorgungsgrad (computed, or the KV's figure) and GPs per 100,000. */
function supplyLevel(countedGps: number, inhabitants: number, ratio: number, kv: KvSupplyFigure | undefined): SupplyLevel {
  const computed = versorgungsgrad(countedGps, inhabitants, ratio);
  return { value: kv ? kv.versorgungsgrad : computed, computed, gpsPer100k: inhabitants > 0 ? clean((countedGps / inhabitants) * 100_000) : null };
}

interface AgeStructure {
  gpAges: number[];
  averageGpAge: number | null;
  gpsAged60Plus: number;
  shareGpsAged60Plus: number | null;
}

/** 3. Age structure of the GPs. */
function ageStructure(gps: readonly CountedDoctor[]): AgeStructure {
  const gpAges = gps.map((d) => d.age).filter((a): a is number => a !== null);
  const averageGpAge = gpAges.length > 0 ? clean(gpAges.reduce((s, a) => s + a, 0) / gpAges.length) : null;
  const gpsAged60Plus = gpAges.filter((a) => a >= 60).length;
  const shareGpsAged60Plus = gpAges.length > 0 ? clean(gpsAged60Plus / gpAges.length) : null;

  return { gpAges, averageGpAge, gpsAged60Plus, shareGpsAged60Plus };
}

interface Outlook {
  forecast: ForecastYear[];
  requiredFor100: number;
  requiredForUnderSupplyLine: number;
  firstYearBelowUnderSupplyLine: number | null;
  firstYearBelow100: number | null;
}

/** 4. Forecast: a GP counts in year y if y < exitYear, or always if a successor was found. */
function forecastSupply(gps: readonly CountedDoctor[], inhabitants: number, params: SupplyParameters, year: number, horizon: number): Outlook {
  const ratio = params.gpRatio.value;
  const under = params.underSupplyPercent.value;
  const requiredFor100 = inhabitants > 0 && ratio > 0 ? clean(inhabitants / ratio) : 0;
  const requiredForUnderSupplyLine = clean((requiredFor100 * under) / 100);
  const forecast: ForecastYear[] = [];
  for (let offset = 0; offset <= horizon; offset++) {
    const y = year + offset;
    const counted = clean(
      gps.reduce((s, d) => (d.successorFound || d.exitYear === null || y < d.exitYear ? s + d.factor : s), 0),
    );
    forecast.push({
      year: y,
      offset,
      countedGps: counted,
      versorgungsgrad: versorgungsgrad(counted, inhabitants, ratio),
      requiredFor100,
      requiredForUnderSupplyLine,
      gapTo100: clean(Math.max(0, requiredFor100 - counted)),
      gapToUnderSupplyLine: clean(Math.max(0, requiredForUnderSupplyLine - counted)),
    });
  }
  const firstBelow = (line: number): number | null =>
    forecast.find((f) => f.versorgungsgrad !== null && f.versorgungsgrad < line)?.year ?? null;
  const firstYearBelowUnderSupplyLine = firstBelow(under);
  const firstYearBelow100 = firstBelow(100);

  return { forecast, requiredFor100, requiredForUnderSupplyLine, firstYearBelowUnderSupplyLine, firstYearBelow100 };
}

interface Risk {
  windowEnd: number;
  atRisk: AtRiskPractice[];
  gpPracticesClosingWithoutSuccessor: number;
  gpExitsWithin5Years: number;
  gpExitsWithin5YearsWithoutSuccessor: number;
  capacityAtRisk: number;
}

/** 5. At-risk practices: doctors leaving within 5 years and no successor found. */
function practicesAtRisk(providers: readonly SupplyProvider[], doctors: readonly CountedDoctor[], gps: readonly CountedDoctor[], year: number): Risk {
  const windowEnd = year + AT_RISK_WINDOW_YEARS;
  const atRisk: AtRiskPractice[] = [];
  let gpPracticesClosingWithoutSuccessor = 0;
  providers.forEach((provider, providerIndex) => {
    const own = doctors.filter((d) => d.providerIndex === providerIndex);
    const leaving = own.filter((d) => d.exitYear !== null && d.exitYear <= windowEnd);
    if (leaving.length === 0 || provider.successorStatus === "found") return;
    const closes = leaving.length === own.length;
    if (closes && provider.kind === "gp-practice") gpPracticesClosingWithoutSuccessor++;
    atRisk.push({
      providerIndex,
      providerId: provider.id,
      providerName: provider.name,
      kind: provider.kind,
      successorStatus: provider.successorStatus,
      leavingDoctors: leaving.map((d) => ({
        name: d.doctorName,
        exitYear: d.exitYear ?? windowEnd,
        exitBasis: d.exitBasis === "planned" ? "planned" : "retirement-age",
        age: d.age,
      })),
      countedCapacityLeaving: clean(leaving.filter((d) => d.isGp).reduce((s, d) => s + d.factor, 0)),
      closes,
    });
  });
  atRisk.sort((a, b) => Math.min(...a.leavingDoctors.map((d) => d.exitYear)) - Math.min(...b.leavingDoctors.map((d) => d.exitYear)));
  const gpLeaving = gps.filter((d) => d.exitYear !== null && d.exitYear <= windowEnd);
  const gpExitsWithin5Years = gpLeaving.length;
  const gpExitsWithin5YearsWithoutSuccessor = gpLeaving.filter((d) => !d.successorFound).length;
  const capacityAtRisk = clean(gpLeaving.filter((d) => !d.successorFound).reduce((s, d) => s + d.factor, 0));

  return { windowEnd, atRisk, gpPracticesClosingWithoutSuccessor, gpExitsWithin5Years, gpExitsWithin5YearsWithoutSuccessor, capacityAtRisk };
}

/** 6. Age pyramid (headcount, all doctors with a known age). */
function agePyramidOf(doctors: readonly CountedDoctor[]): AgeBucket[] {
  const agePyramid: AgeBucket[] = AGE_BUCKETS.map((b) => ({ ...b, gp: 0, other: 0 }));
  for (const d of doctors) {
    if (d.age === null) continue;
    const age = d.age;
    const bucket = agePyramid.find((b) => age >= b.minAge && (b.maxAge === null || age <= b.maxAge));
    if (!bucket) continue;
    if (d.isGp) bucket.gp++;
    else bucket.other++;
  }

  return agePyramid;
}

/** 7. Training-lag warning: the gap opens sooner than a GP who starts training today can fill it. */
function trainingLagWarnings(outlook: Outlook, params: SupplyParameters, year: number): TrainingLagWarning[] {
  const under = params.underSupplyPercent.value;
  const { firstYearBelowUnderSupplyLine, firstYearBelow100 } = outlook;
  const trainingYears = params.gpTrainingYears.value;
  const warnings: TrainingLagWarning[] = [];
  if (firstYearBelowUnderSupplyLine !== null && firstYearBelowUnderSupplyLine - year < trainingYears) {
    const n = firstYearBelowUnderSupplyLine - year;
    warnings.push({
      line: "under-supply",
      yearsUntilGap: n,
      year: firstYearBelowUnderSupplyLine,
      trainingYears,
      message_de:
        (n === 0
          ? `Der Versorgungsgrad liegt schon heute unter ${dePercent(under, 0)} (Unterversorgung). `
          : `Der Versorgungsgrad fällt voraussichtlich ${firstYearBelowUnderSupplyLine} (in ${n} ${n === 1 ? "Jahr" : "Jahren"}) unter ${dePercent(under, 0)} (Unterversorgung). `) +
        `Studium und Weiterbildung einer neuen Hausärztin oder eines neuen Hausarztes dauern rund ${trainingYears} Jahre – ` +
        "Nachwuchs, der heute beginnt, kommt zu spät. Es braucht auch kurzfristig wirkende Maßnahmen (Quelle: Kreis Heinsberg, 2026).",
    });
  } else if (firstYearBelow100 !== null && firstYearBelow100 - year < trainingYears) {
    const n = firstYearBelow100 - year;
    warnings.push({
      line: "full-supply",
      yearsUntilGap: n,
      year: firstYearBelow100,
      trainingYears,
      message_de:
        (n === 0
          ? "Der Versorgungsgrad liegt schon heute unter 100 %. "
          : `Der Versorgungsgrad fällt voraussichtlich ${firstYearBelow100} (in ${n} ${n === 1 ? "Jahr" : "Jahren"}) unter 100 %. `) +
        `Bis eine neue Hausärztin oder ein neuer Hausarzt Studium und Weiterbildung abgeschlossen hat, vergehen rund ${trainingYears} Jahre – ` +
        "die Lücke öffnet sich früher (Quelle: Kreis Heinsberg, 2026).",
    });
  }

  return warnings;
}

/** 8. Key figures with traffic lights and explanations. */
function keyFiguresOf(c: {
  input: SupplyInput;
  params: SupplyParameters;
  year: number;
  horizon: number;
  retirementAge: number;
  countedGps: number;
  level: SupplyLevel;
  ages: AgeStructure;
  outlook: Outlook;
  risk: Risk;
}): KeyFigure[] {
  const { params, year, horizon, retirementAge, countedGps } = c;
  const inhabitants = c.input.inhabitants;
  const kv = c.input.kvFigure;
  const ratio = params.gpRatio.value;
  const under = params.underSupplyPercent.value;
  const { computed, value: vgValue, gpsPer100k } = c.level;
  const { gpAges, averageGpAge, gpsAged60Plus, shareGpsAged60Plus } = c.ages;
  const { forecast, requiredFor100, requiredForUnderSupplyLine, firstYearBelowUnderSupplyLine, firstYearBelow100 } = c.outlook;
  const { windowEnd, capacityAtRisk } = c.risk;
  const ratioText = `1:${deNumber(ratio, 0)} (${params.gpRatio.version}, gültig ab ${params.gpRatio.validFrom})`;
  const requiredText = inhabitants > 0 ? deNumber(requiredFor100, 2) : "–";
  const vgExplanation = kv
    ? `So wird das berechnet: Hier steht der Versorgungsgrad, den Ihre KV für den Mittelbereich${kv.planningArea ? ` „${kv.planningArea}“` : ""} veröffentlicht hat${kv.publishedAt ? ` (Stand ${kv.publishedAt})` : ""}: ${dePercent(kv.versorgungsgrad)}. ` +
      (computed !== null
        ? `Zum Vergleich, aus Ihrem Bestand gerechnet: ${deNumber(countedGps, 2)} angerechnete Hausärztinnen und Hausärzte ÷ (${deNumber(inhabitants, 0)} Einwohnerinnen und Einwohner ÷ ${deNumber(ratio, 0)}) × 100 = ${dePercent(computed)}.`
        : "")
    : `So wird das berechnet: angerechnete Hausärztinnen und Hausärzte ÷ (Einwohnerzahl ÷ Verhältniszahl) × 100 = ${deNumber(countedGps, 2)} ÷ (${deNumber(inhabitants, 0)} ÷ ${deNumber(ratio, 0)}) × 100 = ${computed === null ? "–" : dePercent(computed)}. ` +
      `Verhältniszahl ${ratioText}. Für 100 % wären ${requiredText} angerechnete Stellen nötig.`;
  const vgStatus = versorgungsgradStatus(vgValue, under);
  const over = params.overSupplyPercent.value;
  const vgReason =
    vgValue === null
      ? "Ohne Einwohnerzahl lässt sich der Versorgungsgrad nicht berechnen."
      : vgStatus === "red"
        ? `Unter ${dePercent(under, 0)}: Unterversorgung nach der Bedarfsplanungs-Richtlinie.`
        : vgStatus === "amber"
          ? `Zwischen ${dePercent(under, 0)} und 100 %: noch keine Unterversorgung, aber weniger Hausärztinnen und Hausärzte als der Bedarfsplan vorsieht (Gelb ist eine Festlegung dieser Anwendung).`
          : vgValue > over
            ? `Über ${dePercent(over, 0)}: Überversorgung, der Planungsbereich ist für neue Zulassungen gesperrt.`
            : "100 % oder mehr: Versorgung nach Bedarfsplan erreicht.";

  const expectedPer100k = ratio > 0 ? 100_000 / ratio : null;
  const per100kRelative = gpsPer100k !== null && expectedPer100k !== null ? clean((gpsPer100k / expectedPer100k) * 100) : null;
  const per100kStatus = versorgungsgradStatus(per100kRelative, under);

  const meanAmber = params.nationalGpMeanAge?.value ?? STATUS_CONVENTIONS.averageAgeAmberAbove;
  const ageStatus: TrafficLight =
    averageGpAge === null ? "grey" : averageGpAge > STATUS_CONVENTIONS.averageAgeRedAbove ? "red" : averageGpAge > meanAmber ? "amber" : "green";
  const shareAmber = params.nationalGpShareAged60Plus?.value ?? STATUS_CONVENTIONS.share60PlusAmberAbove;
  const shareStatus: TrafficLight =
    shareGpsAged60Plus === null ? "grey" : shareGpsAged60Plus > STATUS_CONVENTIONS.share60PlusRedAbove ? "red" : shareGpsAged60Plus > shareAmber ? "amber" : "green";
  const atRiskShare = countedGps > 0 ? clean(capacityAtRisk / countedGps) : null;
  const atRiskStatus: TrafficLight =
    atRiskShare === null ? "grey" : atRiskShare >= STATUS_CONVENTIONS.capacityAtRiskRedFrom ? "red" : atRiskShare > 0 ? "amber" : "green";
  const gapYears = firstYearBelowUnderSupplyLine === null ? null : firstYearBelowUnderSupplyLine - year;
  const gap100Years = firstYearBelow100 === null ? null : firstYearBelow100 - year;
  const forecastStatus: TrafficLight =
    inhabitants > 0
      ? gapYears !== null && gapYears <= AT_RISK_WINDOW_YEARS
        ? "red"
        : gapYears !== null || (gap100Years !== null && gap100Years <= AT_RISK_WINDOW_YEARS)
          ? "amber"
          : "green"
      : "grey";
  const last = forecast[forecast.length - 1];

  return [
    {
      id: "versorgungsgrad",
      label_de: kv ? "Versorgungsgrad (Angabe der KV)" : "Hausärztlicher Versorgungsgrad",
      value: vgValue,
      unit_de: "%",
      status: vgStatus,
      explanation_de: vgExplanation,
      statusReason_de: vgReason,
    },
    {
      id: "gps-per-100k",
      label_de: "Hausärztinnen und Hausärzte je 100.000 Einwohnerinnen und Einwohner (angerechnet)",
      value: gpsPer100k,
      unit_de: "je 100.000 Einwohnerinnen und Einwohner",
      status: per100kStatus,
      explanation_de:
        `So wird das berechnet: angerechnete Hausärztinnen und Hausärzte ÷ Einwohnerzahl × 100.000 = ${deNumber(countedGps, 2)} ÷ ${deNumber(inhabitants, 0)} × 100.000 = ${gpsPer100k === null ? "–" : deNumber(gpsPer100k)}. ` +
        (expectedPer100k !== null ? `Bei der Verhältniszahl 1:${deNumber(ratio, 0)} entsprechen 100 % rund ${deNumber(expectedPer100k)} je 100.000 Einwohnerinnen und Einwohner.` : ""),
      statusReason_de:
        per100kRelative === null
          ? "Ohne Einwohnerzahl nicht berechenbar."
          : `Das sind ${dePercent(per100kRelative)} des Werts für 100 % – die Ampel folgt denselben Schwellen wie der Versorgungsgrad.`,
    },
    {
      id: "average-age",
      label_de: "Durchschnittsalter der Hausärztinnen und Hausärzte",
      value: averageGpAge,
      unit_de: "Jahre",
      status: ageStatus,
      explanation_de: `So wird das berechnet: Summe der Lebensalter ÷ Zahl der Hausärztinnen und Hausärzte mit bekanntem Alter (${gpAges.length}) = ${averageGpAge === null ? "–" : deNumber(averageGpAge)} Jahre. Alter = ${year} − Geburtsjahr.`,
      statusReason_de:
        averageGpAge === null
          ? "Kein Alter erfasst."
          : `Gelb über ${deNumber(meanAmber)} Jahren${params.nationalGpMeanAge ? " (Bundesdurchschnitt, " + params.nationalGpMeanAge.version + ")" : ""}, rot über ${STATUS_CONVENTIONS.averageAgeRedAbove} Jahren (Festlegung dieser Anwendung).`,
    },
    {
      id: "share-aged-60-plus",
      label_de: "Anteil der Hausärztinnen und Hausärzte ab 60 Jahren",
      value: shareGpsAged60Plus === null ? null : clean(shareGpsAged60Plus * 100),
      unit_de: "%",
      status: shareStatus,
      explanation_de: `So wird das berechnet: Hausärztinnen und Hausärzte ab 60 Jahren ÷ alle mit bekanntem Alter × 100 = ${gpsAged60Plus} ÷ ${gpAges.length} × 100 = ${shareGpsAged60Plus === null ? "–" : dePercent(shareGpsAged60Plus * 100)}.`,
      statusReason_de:
        shareGpsAged60Plus === null
          ? "Kein Alter erfasst."
          : `Gelb über ${dePercent(shareAmber * 100, 0)}${params.nationalGpShareAged60Plus ? " (Bundeswert, " + params.nationalGpShareAged60Plus.version + ")" : ""}, rot über ${dePercent(STATUS_CONVENTIONS.share60PlusRedAbove * 100, 0)} (Festlegung dieser Anwendung).`,
    },
    {
      id: "capacity-at-risk",
      label_de: `Hausärztliche Kapazität, die in ${AT_RISK_WINDOW_YEARS} Jahren ohne Nachfolge wegfällt`,
      value: atRiskShare === null ? null : clean(atRiskShare * 100),
      unit_de: "%",
      status: atRiskStatus,
      explanation_de:
        `So wird das berechnet: angerechnete Stellen der Hausärztinnen und Hausärzte, die bis ${windowEnd} aufhören und keine gefundene Nachfolge haben, ÷ alle angerechneten Stellen × 100 = ${deNumber(capacityAtRisk, 2)} ÷ ${deNumber(countedGps, 2)} × 100 = ${atRiskShare === null ? "–" : dePercent(atRiskShare * 100)}. ` +
        `Aufhören: im geplanten Abgabejahr, sonst mit ${retirementAge} Jahren.`,
      statusReason_de:
        atRiskShare === null
          ? "Keine Hausärztinnen und Hausärzte erfasst."
          : `Rot ab ${dePercent(STATUS_CONVENTIONS.capacityAtRiskRedFrom * 100, 0)}, gelb über 0 % (Festlegung dieser Anwendung).`,
    },
    {
      id: "forecast-gap",
      label_de: `Lücke in ${horizon} Jahren (zur 75-%-Linie)`,
      value: last ? last.gapToUnderSupplyLine : null,
      unit_de: "Vollzeitstellen",
      status: forecastStatus,
      explanation_de:
        `So wird das berechnet: Für jedes Jahr zählen alle Hausärztinnen und Hausärzte, die noch arbeiten (bis zum geplanten Abgabejahr, sonst bis zum Alter ${retirementAge}); ist eine Nachfolge gefunden, bleibt die Stelle. ` +
        `Bedarf für 100 % = Einwohnerzahl ÷ Verhältniszahl = ${requiredText} Stellen; die Linie für Unterversorgung liegt bei ${dePercent(under, 0)} davon = ${inhabitants > 0 ? deNumber(requiredForUnderSupplyLine, 2) : "–"} Stellen. ` +
        `Lücke = Bedarf − angerechnete Stellen${last ? ` (${last.year}: ${deNumber(last.gapTo100, 2)} Stellen bis 100 %, ${deNumber(last.gapToUnderSupplyLine, 2)} bis ${dePercent(under, 0)})` : ""}. Die Einwohnerzahl bleibt dabei gleich.`,
      statusReason_de:
        inhabitants <= 0
          ? "Ohne Einwohnerzahl nicht berechenbar."
          : gapYears !== null
            ? `Die ${dePercent(under, 0)}-Linie wird ${firstYearBelowUnderSupplyLine} unterschritten${gapYears <= AT_RISK_WINDOW_YEARS ? ` – innerhalb von ${AT_RISK_WINDOW_YEARS} Jahren (rot)` : " (gelb)"}.`
            : gap100Years !== null && gap100Years <= AT_RISK_WINDOW_YEARS
              ? `Die 100-%-Linie wird ${firstYearBelow100} unterschritten (gelb).`
              : "In den nächsten Jahren keine Unterschreitung der Linien erwartet (grün).",
    },
  ];
}

/** Supply and urgency figures the self-assessment can prefill. */
export interface SupplyAssessmentAnswers {
  gpCount: number;
  countedGps: number;
  gpsAged60Plus: number;
  gpExitsWithin5Years: number;
  gpExitsWithin5YearsWithoutSuccessor: number;
  versorgungsgrad: number | null;
  versorgungsgradBasis: "computed" | "kv";
  gpPracticesClosingWithoutSuccessor: number;
  /** Years until the 75 % line is crossed, or `null` if not within the horizon. */
  yearsUntilUnderSupply: number | null;
  ratioVersion: string;
  asOf: string;
}

export function supplyAnswersForAssessment(result: SupplyFigures): SupplyAssessmentAnswers {
  return {
    gpCount: result.gpHeadcount,
    countedGps: result.countedGps,
    gpsAged60Plus: result.gpsAged60Plus,
    gpExitsWithin5Years: result.gpExitsWithin5Years,
    gpExitsWithin5YearsWithoutSuccessor: result.gpExitsWithin5YearsWithoutSuccessor,
    versorgungsgrad: result.versorgungsgrad.value,
    versorgungsgradBasis: result.versorgungsgrad.basis,
    gpPracticesClosingWithoutSuccessor: result.gpPracticesClosingWithoutSuccessor,
    yearsUntilUnderSupply:
      result.firstYearBelowUnderSupplyLine === null ? null : result.firstYearBelowUnderSupplyLine - result.year,
    ratioVersion: result.versorgungsgrad.ratio.version,
    asOf: result.asOf,
  };
}
