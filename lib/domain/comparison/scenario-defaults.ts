import { assumptionsFromDefaults, defaultAssumptions, MONEY_DEFAULT_PARAMETER_KEYS, type LabelledValue, type ScenarioDefaults } from "@/lib/domain/money/defaults";
import { MVZ_ONLY_FIELDS } from "@/lib/domain/money/evaluate";
import type { ScenarioAssumptions } from "@/lib/domain/money/scenario";
import type { RiskAnswer } from "@/lib/domain/comparison/risk-checklist";
import type { RiskCheckItem } from "@/lib/domain/comparison/rows";
import type { FundingProgramme } from "@/lib/domain/funding-programmes";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";
import type { RuleParameter } from "@/lib/domain/rule-parameters";
import type { ComparisonData } from "./scenario-set";

/*
 * A comparison's defaults for a town, PORT switching and the risk answers a self-check determines, without zod
 * (issue 19: the comparison page computes these in the browser). The schema of a saved comparison is in
 * lib/domain/comparison/scenario-set.ts, which re-exports all of this.
 */

export interface TownForComparison {
  population: number;
  landCode: string;
  /** For the defaults' notes ("für Dörentrup"). */
  name?: string;
}

export type ModelDefaults = Record<CarrierModelId, ScenarioDefaults>;

/**
 * The part of the knowledge snapshot the money defaults read (rule parameters and funding programmes of one
 * version). Server pages pass it to the comparison's client components as a prop.
 */
export interface ComparisonKnowledge {
  version: string;
  ruleParameters: readonly RuleParameter[];
  fundingProgrammes: readonly FundingProgramme[];
}

/** What the comparison's client components receive of the snapshot (props, not the whole bundle). */
export interface ComparisonClientKnowledge extends ComparisonKnowledge {
  riskChecklist: readonly RiskCheckItem[];
}

/**
 * The comparison's part of a snapshot for one town: the rule parameters the money defaults read (every version of
 * them: the defaults pick the one valid in the start year), the Land's programmes and the risk checklist. It is
 * sent to the browser with the page (issue 19): nothing the browser does not compute with.
 */
export function comparisonKnowledgeOf(
  snapshot: ComparisonKnowledge & { riskChecklist: readonly RiskCheckItem[] },
  landCode: string,
): ComparisonClientKnowledge {
  return {
    version: snapshot.version,
    ruleParameters: snapshot.ruleParameters.filter((p) => MONEY_DEFAULT_PARAMETER_KEYS.includes(p.key)),
    fundingProgrammes: snapshot.fundingProgrammes.filter((f) => f.landCode === landCode),
    riskChecklist: snapshot.riskChecklist,
  };
}

/** The labelled defaults of one model for a town (PORT on top if asked). */
export function modelDefaults(
  knowledge: ComparisonKnowledge,
  model: CarrierModelId,
  town: TownForComparison,
  startYear: number,
  portAddOn = false,
): ScenarioDefaults {
  return defaultAssumptions(model, town, knowledge.ruleParameters, knowledge.fundingProgrammes, { startYear, portAddOn });
}

export function allModelDefaults(
  knowledge: ComparisonKnowledge,
  town: TownForComparison,
  startYear: number,
  port: Partial<Record<CarrierModelId, boolean>> = {},
): ModelDefaults {
  return Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, modelDefaults(knowledge, m, town, startYear, port[m] ?? false)])) as ModelDefaults;
}

export function defaultComparison(knowledge: ComparisonKnowledge, town: TownForComparison, startYear: number): ComparisonData {
  const defaults = allModelDefaults(knowledge, town, startYear);
  return {
    models: Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, assumptionsFromDefaults(defaults[m])])) as Record<CarrierModelId, ScenarioAssumptions>,
    risks: {},
    confirmed: [],
  };
}

/** Confirmation keys of every default that is an assumption and still at its default value. */
export function openAssumptionKeys(model: CarrierModelId, a: ScenarioAssumptions, d: ScenarioDefaults): string[] {
  const keys: string[] = [];
  for (const group of ["investment", "running", "revenue"] as const) {
    for (const [field, def] of Object.entries<LabelledValue>(d[group])) {
      // A field the model's form does not offer (the MVZ's own for the network) is nothing to confirm.
      if (model !== "municipal-mvz" && MVZ_ONLY_FIELDS.has(field)) continue;
      const value = (a[group] as Record<string, number>)[field];
      if (def.origin === "assumption" && value === def.value) keys.push(`${model}.${group}.${field}`);
    }
  }
  return keys;
}

/** Where a town's comparison starts: the default data and the assumptions in it that are still to be confirmed. */
export interface ComparisonStart {
  data: ComparisonData;
  /** Confirmation keys of the defaults that are assumptions (`openAssumptionKeys` of every model). */
  openKeys: string[];
}

/**
 * The comparison's start, computed once on the server (issue 19: the page hydrates with it instead of computing the
 * labelled defaults in the browser; the browser computes them when the assumptions are opened or changed).
 */
export function comparisonStart(knowledge: ComparisonKnowledge, town: TownForComparison, startYear: number): ComparisonStart {
  const defaults = allModelDefaults(knowledge, town, startYear);
  const models = Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, assumptionsFromDefaults(defaults[m])])) as Record<CarrierModelId, ScenarioAssumptions>;
  return { data: { models, risks: {}, confirmed: [] }, openKeys: CARRIER_MODEL_IDS.flatMap((m) => openAssumptionKeys(m, models[m], defaults[m])) };
}

/** Structural equality of plain data (JSON values; the order of an object's keys does not matter). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Whether a comparison is still the town's defaults: the same assumptions, no risk answered, nothing confirmed.
 * The page keeps no working state for it (the print view shows the defaults anyway, labelled as such), so a later
 * visit has nothing to read and check (issue 19).
 */
export function isDefaultComparison(data: ComparisonData, defaults: ComparisonData): boolean {
  return Object.keys(data.risks).length === 0 && data.confirmed.length === 0 && sameData(data.models, defaults.models);
}

/**
 * Switching PORT on or off for a model: fields the user left at the old default take the new default
 * (PORT adds a coordinator post and may add grants); fields the user changed keep their value.
 */
export function switchPort(current: ScenarioAssumptions, oldDefaults: ScenarioDefaults, newDefaults: ScenarioDefaults): ScenarioAssumptions {
  const merge = <F extends string>(cur: Record<F, number>, oldD: Record<F, { value: number }>, newD: Record<F, { value: number }>) =>
    Object.fromEntries(Object.entries<number>(cur).map(([k, v]) => [k, v === oldD[k as F].value ? newD[k as F].value : v])) as Record<F, number>;
  const oldGrants = assumptionsFromDefaults(oldDefaults).grants;
  const grantsUnchanged = JSON.stringify(current.grants) === JSON.stringify(oldGrants);
  return {
    ...current,
    portAddOn: newDefaults.portAddOn,
    investment: merge(current.investment, oldDefaults.investment, newDefaults.investment),
    running: merge(current.running, oldDefaults.running, newDefaults.running),
    revenue: merge(current.revenue, oldDefaults.revenue, newDefaults.revenue),
    grants: grantsUnchanged ? assumptionsFromDefaults(newDefaults).grants : current.grants,
  };
}

/** Reads one answer of a stored self-assessment (`{ group: { field: value } }`); absent = unknown. */
type AssessmentAnswers = Record<string, Record<string, unknown> | undefined>;
const answer = (a: AssessmentAnswers, path: string): unknown => {
  const [group, field] = path.split(".") as [string, string];
  return a[group]?.[field];
};

/**
 * Risk checklist answers that follow from a self-assessment (the same town facts, asked there). Only
 * answers the assessment determines are returned; the rest stay open for the user.
 */
export function risksFromAssessment(answers: AssessmentAnswers): Partial<Record<string, RiskAnswer>> {
  const out: Partial<Record<string, RiskAnswer>> = {};
  const set = (id: string, value: RiskAnswer | undefined) => {
    if (value) out[id] = value;
  };
  const yesNo = (v: unknown): RiskAnswer | undefined => (v === "yes" ? "yes" : v === "no" ? "no" : undefined);

  const funding = answer(answers, "resources.extraFunding");
  set("financing-after-grant", funding === "temporary" ? "yes" : funding === "secured" ? "no" : undefined);
  set("doctors-fear-competition", yesNo(answer(answers, "localDoctors.fearCompetition")));
  const staff = answer(answers, "resources.coordinationStaffTime");
  set("no-unpaid-coordination", staff === "dedicated" ? "no" : staff === "on-the-side" || staff === "none" ? "yes" : undefined);
  const expertise = answer(answers, "resources.expertise");
  const county = answer(answers, "partners.countyWilling");
  const hospital = answer(answers, "partners.hospitalOperator");
  if (expertise === "in-house" || expertise === "bought" || county === "active" || county === "willing" || hospital === "yes") {
    set("lacking-expertise-staff", "no");
  } else if (expertise === "none" && county === "no" && hospital === "no") {
    set("lacking-expertise-staff", "yes");
  }
  set("municipal-law-limits", yesNo(answer(answers, "resources.budgetConsolidation")));
  const council = answer(answers, "politics.councilSupport");
  set("no-council-majority", council === "split" || council === "none" ? "yes" : council === "unanimous" || council === "majority" ? "no" : undefined);
  const building = answer(answers, "assets.building");
  const central = answer(answers, "assets.buildingCentral");
  if (building === "none" || central === "no") set("no-suitable-building", "yes");
  else if ((building === "owned" || building === "securable" || building === "provider") && central === "yes") set("no-suitable-building", "no");
  const closing = answer(answers, "urgency.practicesClosingWithoutSuccessor");
  set("gaps-soon", closing === "one" || closing === "several" ? "yes" : closing === "none" ? "no" : undefined);
  set("profession-conflicts", yesNo(answer(answers, "localDoctors.interprofessionalConflicts")));
  return out;
}
