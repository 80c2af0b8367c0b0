import type { Citation } from "../citation";
import { CARRIER_MODEL_IDS, FACTOR_CATEGORIES, FACTOR_CATEGORY_LABELS_DE, type CarrierModelId, type FactorCategory } from "../ids";
import type { Condition, RuleSet } from "./rule-set";
import { UNKNOWN, type AssessmentInput } from "../assessment/input";
import { ASSESSMENT_FIELDS, FIELD_BY_ID, type AssessmentField } from "../assessment/structure";

/**
 * Compilation of a rule set into closures, once per rule-set object (WeakMap cache): conditions become
 * predicates over the input, field paths become getters, option lists become ordinal maps. The engine
 * (engine.ts) and the what-would-change search only call the compiled form. Compiled against the code's fields
 * (../assessment/structure.ts), not the question texts: the engine takes the texts from the snapshot's catalogue.
 */

export type AnswerValue = string | number | null;
export type Getter = (input: AssessmentInput) => AnswerValue;
export type Test = (input: AssessmentInput) => boolean;

export interface CompiledScoreRule {
  id: string;
  fields: string[];
  get: Getter | null;
  test: Test;
  effects: [number, number][]; // [model index, points]
  explanation: string;
  convention: string | null;
  citations: readonly Citation[];
}
export interface CompiledKnockOut {
  id: string;
  model: number;
  fields: string[];
  test: Test;
  reason: string;
  citations: readonly Citation[];
}
export interface PortCriterionOutcome {
  id: string;
  label: string;
  status: "met" | "not-met" | "unknown";
  weight: number;
  core: boolean;
  prerequisite: boolean;
  text: string;
  citations: readonly Citation[];
}
export interface CompiledPortCriterion {
  weight: number;
  core: boolean;
  test: Test;
  blocks: Test | null;
  getters: Getter[];
  /** The three possible results, built once (the engine returns these objects; callers must not mutate them). */
  results: Record<PortCriterionOutcome["status"], PortCriterionOutcome>;
}
export interface Alternative {
  question: AssessmentField;
  get: Getter;
  values: AnswerValue[];
  ordinal: Map<AnswerValue, number>;
}
export interface CompiledDecisive {
  question: AssessmentField;
  get: Getter;
  weight: number;
  /** Index into `alternatives`, or -1 when the question has no alternative answers to try. */
  alternative: number;
}
export interface Compiled {
  rules: CompiledScoreRule[];
  knockOuts: CompiledKnockOut[];
  /** Getters of the questions the user answers (one count everywhere: the wizard's). */
  askedGetters: Getter[];
  /** Decisive questions with weights; empty for rule sets without them (then the count share is used). */
  decisive: CompiledDecisive[];
  /** Indexes into `decisive`, by weight descending (then catalogue order): the batch-mode "answer first" order. */
  decisiveByWeight: number[];
  decisiveWeight: number;
  alternatives: Alternative[];
  /** Per field: the score rules and knock-outs that read it (for the incremental what-would-change probe). */
  rulesByField: Map<string, number[]>;
  knockOutsByField: Map<string, number[]>;
  /** Per field: its weight among the decisive questions (0 if not decisive). */
  decisiveWeightByField: Map<string, number>;
  lowModel: number;
  port: CompiledPortCriterion[];
  noInformation: ({ explanation: string; citations: readonly Citation[] } | null)[];
  readiness: {
    category: FactorCategory;
    label: string;
    items: {
      get: Getter;
      values: Map<string, number> | null;
      bands: { min?: number; max?: number; score: number }[] | null;
      gap: { itemId: string; field: string; text: string; citations: readonly Citation[] };
    }[];
  }[];
}

export const MODEL_INDEX: Record<CarrierModelId, number> = { "provider-network": 0, "municipal-mvz": 1, "health-centre": 2 };
export const N_MODELS = CARRIER_MODEL_IDS.length;

const getterCache = new Map<string, Getter>();
export function getter(path: string): Getter {
  const hit = getterCache.get(path);
  if (hit) return hit;
  const dot = path.indexOf(".");
  const g = path.slice(0, dot);
  const k = path.slice(dot + 1);
  const fn: Getter = (input) => {
    const grp = (input as unknown as Record<string, Record<string, AnswerValue> | undefined>)[g];
    const v = grp ? grp[k] : null;
    return v === undefined ? null : v;
  };
  getterCache.set(path, fn);
  return fn;
}

export function isUnknown(v: AnswerValue): boolean {
  return v === null || v === UNKNOWN;
}

/** Compiles a condition into a predicate; an unknown answer never satisfies a leaf. Collects the fields read. */
export function compileCondition(c: Condition, fields: string[]): Test {
  if ("all" in c) {
    const parts = c.all.map((p) => compileCondition(p, fields));
    if (parts.length === 2) {
      const [a, b] = parts as [Test, Test];
      return (input) => a(input) && b(input);
    }
    return (input) => {
      for (const t of parts) if (!t(input)) return false;
      return true;
    };
  }
  if ("any" in c) {
    const parts = c.any.map((p) => compileCondition(p, fields));
    return (input) => {
      for (const t of parts) if (t(input)) return true;
      return false;
    };
  }
  fields.push(c.field);
  const get = getter(c.field);
  if ("in" in c) {
    if (c.in.length === 1) {
      const only = c.in[0];
      return (input) => get(input) === only;
    }
    const set = new Set(c.in);
    return (input) => {
      const v = get(input);
      return typeof v === "string" && set.has(v);
    };
  }
  const min = c.min ?? -Infinity;
  const max = c.max ?? Infinity;
  return (input) => {
    const v = get(input);
    return typeof v === "number" && v >= min && v < max;
  };
}

function collectThresholds(c: Condition, out: Map<string, Set<number>>): void {
  if ("all" in c) return c.all.forEach((p) => collectThresholds(p, out));
  if ("any" in c) return c.any.forEach((p) => collectThresholds(p, out));
  if ("in" in c) return;
  const set = out.get(c.field) ?? new Set<number>();
  for (const t of [c.min, c.max]) {
    if (t === undefined) continue;
    set.add(t);
    if (t - 1 >= 0) set.add(t - 1);
  }
  out.set(c.field, set);
}

const cache = new WeakMap<RuleSet, Compiled>();

export function compile(ruleSet: RuleSet): Compiled {
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const rules: CompiledScoreRule[] = ruleSet.scoreRules.map((r) => {
    const fields: string[] = [];
    const test = compileCondition(r.when, fields);
    const effects: [number, number][] = [];
    for (const m of CARRIER_MODEL_IDS) {
      const p = r.effects[m];
      if (p) effects.push([MODEL_INDEX[m], p]);
    }
    const first = fields[0];
    return { id: r.id, fields, get: first ? getter(first) : null, test, effects, explanation: r.explanation, convention: r.convention ?? null, citations: r.citations };
  });
  const knockOuts: CompiledKnockOut[] = ruleSet.knockOuts.map((k) => {
    const fields: string[] = [];
    const when = compileCondition(k.when, fields);
    const unless = k.unless ? compileCondition(k.unless, []) : null;
    const test: Test = unless ? (input) => when(input) && !unless(input) : when;
    return { id: k.id, model: MODEL_INDEX[k.model], fields: [...new Set(fields)], test, reason: k.reason, citations: k.citations };
  });
  const thresholds = new Map<string, Set<number>>();
  for (const r of ruleSet.scoreRules) collectThresholds(r.when, thresholds);
  for (const k of ruleSet.knockOuts) {
    collectThresholds(k.when, thresholds);
    if (k.unless) collectThresholds(k.unless, thresholds);
  }
  const alternatives: Alternative[] = [];
  for (const q of ASSESSMENT_FIELDS) {
    if (!q.countsForConfidence) continue;
    let values: AnswerValue[] = [];
    const ordinal = new Map<AnswerValue, number>();
    if (q.kind === "choice" && q.values) {
      values = q.values.filter((v) => v !== UNKNOWN);
      values.forEach((v, i) => ordinal.set(v, i));
    } else if (q.kind === "number") {
      values = [...(thresholds.get(q.id) ?? [])].sort((a, b) => a - b);
    }
    if (values.length > 0) alternatives.push({ question: q, get: getter(q.id), values, ordinal });
  }
  const decisive: CompiledDecisive[] = (ruleSet.confidence.decisive ?? []).map((d) => {
    const question = FIELD_BY_ID.get(d.field);
    if (!question) throw new Error(`Regelwerk ${ruleSet.version}: entscheidende Frage ${d.field} gibt es nicht.`);
    return { question, get: getter(d.field), weight: d.weight, alternative: alternatives.findIndex((a) => a.question.id === d.field) };
  });
  const rulesByField = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const f of new Set(r.fields)) rulesByField.set(f, [...(rulesByField.get(f) ?? []), i]);
  });
  const knockOutsByField = new Map<string, number[]>();
  ruleSet.knockOuts.forEach((k, i) => {
    const fields: string[] = [];
    compileCondition(k.when, fields);
    if (k.unless) compileCondition(k.unless, fields);
    for (const f of new Set(fields)) knockOutsByField.set(f, [...(knockOutsByField.get(f) ?? []), i]);
  });
  const compiled: Compiled = {
    rules,
    knockOuts,
    rulesByField,
    knockOutsByField,
    decisiveWeightByField: new Map(decisive.map((d) => [d.question.id as string, d.weight])),
    askedGetters: ASSESSMENT_FIELDS.filter((q) => q.countsForConfidence).map((q) => getter(q.id)),
    decisive,
    decisiveByWeight: decisive.map((_, i) => i).sort((a, b) => decisive[b]!.weight - decisive[a]!.weight || a - b),
    decisiveWeight: decisive.reduce((s, d) => s + d.weight, 0),
    alternatives,
    lowModel: MODEL_INDEX[ruleSet.lowConfidence.model],
    port: ruleSet.port.criteria.map((cr) => {
      const fields: string[] = [];
      const test = compileCondition(cr.when, fields);
      const blocks = cr.blocksFitWhen ? compileCondition(cr.blocksFitWhen, fields) : null;
      const base = { id: cr.id, label: cr.label, weight: cr.weight, core: cr.core, prerequisite: blocks !== null, citations: cr.citations };
      return {
        weight: cr.weight,
        core: cr.core,
        test,
        blocks,
        getters: [...new Set(fields)].map(getter),
        results: {
          met: { ...base, status: "met", text: cr.met },
          "not-met": { ...base, status: "not-met", text: cr.notMet },
          unknown: { ...base, status: "unknown", text: `Offen: ${cr.notMet}` },
        },
      };
    }),
    noInformation: CARRIER_MODEL_IDS.map((m) => {
      const n = ruleSet.noInformation?.find((x) => x.model === m);
      return n ? { explanation: n.explanation, citations: n.citations } : null;
    }),
    readiness: FACTOR_CATEGORIES.map((category) => ({
      category,
      label: FACTOR_CATEGORY_LABELS_DE[category],
      items: ruleSet.readiness.items
        .filter((i) => i.category === category)
        .map((i) => ({
          get: getter(i.field),
          values: i.values ? new Map(Object.entries(i.values)) : null,
          bands: i.bands ?? null,
          gap: { itemId: i.id, field: i.field, text: i.gap, citations: i.citations },
        })),
    })),
  };
  cache.set(ruleSet, compiled);
  return compiled;
}
