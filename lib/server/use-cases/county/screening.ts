import { parseAnswers, type AssessmentAnswers, type TownFacts } from "@/lib/domain/assessment/answers";
import type { AssessmentInput } from "@/lib/domain/assessment/input";
import { mergePrefill } from "@/lib/domain/assessment/prefill";
import {
  rankByUrgency,
  retirementWave,
  urgencyCriteria,
  urgencyInputFromSupply,
  type RetirementWave,
  type TownUrgency,
  type UrgencyCriterion,
} from "@/lib/domain/county";
import {
  supplyAnswersForAssessment,
  supplyFigures,
  withKvRatio,
  type KvRatio,
  type KvSupplyFigure,
  type SupplyParameters,
  type SupplyFigures,
  type SupplyProvider,
} from "@/lib/domain/supply";
import type { EngineKnowledge } from "@/lib/domain/recommendation/evaluate";
import { assessmentPrefillFromSupply } from "@/lib/domain/supply/assessment-prefill";
import { screenWithEngine, type ScreeningVerdict } from "./engine-adapter";

/**
 * Batch screening of many towns (a Kreis, or all of Germany in the bench): for each town the supply check over the
 * inventory that is known, the urgency ranking, and the recommendation engine with the answers that are known (register
 * facts, the supply figures as prefill, a granted self-check's answers). Unknown answers stay unknown; the engine's
 * confidence says how much was known. Pure apart from the engine adapter (no database).
 */
export interface ScreeningTown {
  ags: string;
  name: string;
  population: number;
  areaHectares: number;
  kreisName: string | null;
  landName: string;
}

export interface KnownForTown {
  /** The inventory used for the supply figures (null or absent: none known). */
  providers?: readonly SupplyProvider[] | null;
  kvFigure?: KvSupplyFigure | undefined;
  /** The KV's Verhältniszahl of the town's planning area, as the county stored it (issue 13): replaces the G-BA's. */
  kvRatio?: KvRatio | null;
  /** Answers of a self-check the county may read. */
  answers?: AssessmentAnswers | null;
}

export interface ScreeningRow {
  ags: string;
  name: string;
  population: number;
  /** The supply check's figures (without its German explanations, which the county view does not show). */
  supply: SupplyFigures | null;
  /** GP headcount leaving within 10 years (planned exit, else retirement age), with or without successor. */
  gpExitsWithin10Years: number | null;
  urgency: TownUrgency;
  verdict: ScreeningVerdict | null;
  sources: { inventory: boolean; selfCheck: boolean; kvFigure: boolean };
}

export interface Screening {
  asOf: string;
  criteria: UrgencyCriterion[];
  rows: ScreeningRow[];
  wave: RetirementWave;
}

export interface ScreeningContext {
  params: SupplyParameters;
  knowledge: EngineKnowledge;
  asOf: string;
}

function factsOf(town: ScreeningTown): TownFacts {
  return {
    ags: town.ags,
    name: town.name,
    population: town.population,
    areaKm2: Math.round(town.areaHectares) / 100,
    county: town.kreisName,
    land: town.landName,
  };
}

/** The supply figures of one town, or null if nothing is known (no inventory, no KV figure). */
export function supplyOf(town: ScreeningTown, known: KnownForTown | undefined, ctx: Pick<ScreeningContext, "params" | "asOf">): SupplyFigures | null {
  const providers = known?.providers ?? [];
  if (providers.length === 0 && !known?.kvFigure) return null;
  return supplyFigures({ providers, inhabitants: town.population, asOf: ctx.asOf, kvFigure: known?.kvFigure }, withKvRatio(ctx.params, known?.kvRatio));
}

/**
 * The engine input of a town of which only the register facts are known: the schema's defaults for every other answer
 * (parsed once), with the town's facts put in — the same value parseAnswers({}, facts) returns (unit-tested), without
 * running the schema 10,981 times in the nationwide screening.
 */
let emptyInput: AssessmentInput | null = null;
export function registerOnlyInput(facts: TownFacts): AssessmentInput | null {
  emptyInput ??= parseAnswers({}, { ags: "00000000", name: "Vorlage", population: 0, areaKm2: 0, county: "Vorlage", land: "Vorlage" });
  const plain = (x: string | null) => x === null || (x !== "" && x.trim() === x);
  const safe = /^\d{8}$/.test(facts.ags) && Number.isInteger(facts.population) && facts.population >= 0 && facts.areaKm2 >= 0;
  if (!emptyInput || !safe || facts.name === "" || !plain(facts.name) || !plain(facts.county) || !plain(facts.land)) return parseAnswers({}, facts);
  return { ...emptyInput, town: { ...emptyInput.town, ags: facts.ags, name: facts.name, population: facts.population, areaKm2: facts.areaKm2, county: facts.county, land: facts.land } };
}

export function screenTowns(towns: readonly ScreeningTown[], known: ReadonlyMap<string, KnownForTown>, ctx: ScreeningContext): Screening {
  const year = Number(ctx.asOf.slice(0, 4));
  const criteria = urgencyCriteria(ctx.params);
  const partial = towns.map((town) => {
    const k = known.get(town.ags);
    const supply = supplyOf(town, k, ctx);
    let answers: AssessmentAnswers = k?.answers ?? {};
    if (supply) {
      const gpPractices = (k?.providers ?? []).filter((p) => p.kind === "gp-practice").length;
      const prefill = assessmentPrefillFromSupply(supplyAnswersForAssessment(supply), gpPractices);
      answers = mergePrefill(answers, { supply: { ...prefill.supply }, urgency: { ...prefill.urgency } }).answers;
    }
    const input = Object.keys(answers).length === 0 ? registerOnlyInput(factsOf(town)) : parseAnswers(answers, factsOf(town));
    const exits10 = supply && supply.hasData ? supply.doctors.filter((d) => d.isGp && d.exitYear !== null && d.exitYear <= year + 10).length : null;
    return {
      town,
      supply,
      gpExitsWithin10Years: exits10,
      verdict: input ? screenWithEngine(input, ctx.knowledge) : null,
      sources: { inventory: (k?.providers?.length ?? 0) > 0, selfCheck: !!k?.answers, kvFigure: !!k?.kvFigure },
    };
  });
  const ranking = rankByUrgency(
    partial.map((p) => urgencyInputFromSupply(p.town, p.supply)),
    criteria,
  );
  const urgencyOf = new Map(ranking.map((u) => [u.ags, u]));
  const rows: ScreeningRow[] = partial
    .map((p) => ({
      ags: p.town.ags,
      name: p.town.name,
      population: p.town.population,
      supply: p.supply,
      gpExitsWithin10Years: p.gpExitsWithin10Years,
      urgency: urgencyOf.get(p.town.ags)!,
      verdict: p.verdict,
      sources: p.sources,
    }))
    .sort((a, b) => a.urgency.rank - b.urgency.rank);
  return {
    asOf: ctx.asOf,
    criteria,
    rows,
    wave: retirementWave(
      rows.map((r) => ({ ags: r.ags, name: r.name, supply: r.supply })),
      year,
    ),
  };
}
