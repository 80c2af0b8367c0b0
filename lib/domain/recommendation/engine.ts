import type { Citation } from "../../knowledge/citation";
import {
  CARRIER_MODEL_IDS,
  FACTOR_CATEGORIES,
  FACTOR_CATEGORY_LABELS_DE,
  MODEL_LABELS_DE,
  type CarrierModelId,
  type FactorCategory,
} from "../../knowledge/ids";
import type { Condition, RuleSet } from "../../knowledge/rules/schema";
import { ASSESSMENT_QUESTIONS, UNKNOWN, type AssessmentInput, type AssessmentQuestion } from "../assessment/input";
import { formatNumber } from "../../format/number";

/**
 * The explainable recommendation engine. Pure and deterministic: same input + rule set + measures →
 * deep-equal output (no clock, no randomness; ties are broken by model id).
 */

/** What the engine needs to know about a measure from the catalogue (lib/knowledge/measures.ts). */
export interface MeasureRef {
  slug: string;
  title: string;
  closesGaps: readonly FactorCategory[];
}

export interface RecommendOptions {
  /** Compute "what would change the answer" (re-runs the engine per alternative answer). Default true. */
  whatWouldChange?: boolean;
  /** Number of measures to propose; default from the rule set. */
  measureCount?: number;
}

export type AnswerValue = string | number | null;

export interface Contribution {
  ruleId: string;
  /** "group.field" of the answer, or null for rules on the overall answer pattern (low confidence). */
  field: string | null;
  answer: AnswerValue;
  answerLabel: string | null;
  points: number;
  explanation: string;
  citations: readonly Citation[];
}

export interface KnockOutHit {
  ruleId: string;
  model: CarrierModelId;
  reason: string;
  /** The answers that triggered it. */
  fields: string[];
  citations: readonly Citation[];
}

export interface ModelResult {
  model: CarrierModelId;
  label: string;
  /** 1-based rank; excluded models rank after all others. */
  rank: number;
  /** 0–100, rounded to one decimal: a monotone map of `points` (50 = base, see rule set `scoreSpread`). */
  score: number;
  /** Base score plus the sum of all contributions (what the ranking uses). */
  points: number;
  excluded: boolean;
  knockOuts: KnockOutHit[];
  /** Sorted by absolute points, largest first. */
  contributions: Contribution[];
  /** Data for a bar chart: base points, sum of positive and of negative contributions, resulting points and score. */
  bar: { base: number; positive: number; negative: number; points: number; score: number };
}

export type PortFitLevel = "fits" | "partly" | "not";
export interface PortCriterionResult {
  id: string;
  label: string;
  status: "met" | "not-met" | "unknown";
  weight: number;
  core: boolean;
  text: string;
  citations: readonly Citation[];
}
export interface PortFit {
  fit: PortFitLevel;
  fitLabel: string;
  /** The carrier PORT would run on (the top-ranked carrier), or null if every carrier is excluded. */
  carrier: CarrierModelId | null;
  carrierLabel: string | null;
  /** Weighted share of met criteria, 0–1. */
  share: number;
  criteria: PortCriterionResult[];
  reasons: string[];
  carrierNote: { note: string; citations: readonly Citation[] } | null;
}

export interface ReadinessScore {
  category: FactorCategory;
  label: string;
  /** 0–100; unknown answers count with the rule set's `unknownScore`. */
  score: number;
  answered: number;
  total: number;
  gaps: { itemId: string; field: string; text: string; citations: readonly Citation[] }[];
}

export type ConfidenceLevel = "niedrig" | "mittel" | "hoch";
export interface Confidence {
  answered: number;
  total: number;
  answeredShare: number;
  level: ConfidenceLevel;
  note: string;
}

export interface AnswerChange {
  field: string;
  question: string;
  from: AnswerValue;
  fromLabel: string;
  to: AnswerValue;
  toLabel: string;
  /** The model that would then be ranked first (null: every model excluded). */
  newTop: CarrierModelId | null;
  newTopLabel: string | null;
  /** 1 for answering an open question or the neighbouring option; more for options further away. */
  distance: number;
}

export interface ProposedMeasure {
  slug: string;
  title: string;
  closesGaps: FactorCategory[];
  /** Sum of the readiness gaps this measure addresses (higher = more urgent). */
  gapWeight: number;
}

export interface Recommendation {
  ruleSetVersion: string;
  town: { name: string; ags: string | null };
  top: CarrierModelId | null;
  topLabel: string | null;
  allExcluded: boolean;
  summary: string;
  ranking: ModelResult[];
  knockOuts: KnockOutHit[];
  port: PortFit;
  readiness: ReadinessScore[];
  confidence: Confidence;
  /** null when not computed (options.whatWouldChange === false). */
  whatWouldChange: AnswerChange[] | null;
  nextMeasures: ProposedMeasure[];
}

// ---------------------------------------------------------------------------------------------------------
// Compilation of the rule set (once per rule-set object)

type Getter = (input: AssessmentInput) => AnswerValue;
type Test = (input: AssessmentInput) => boolean;

interface CompiledScoreRule {
  id: string;
  fields: string[];
  test: Test;
  effects: [number, number][]; // [model index, points]
  explanation: string;
  citations: readonly Citation[];
}
interface CompiledKnockOut {
  id: string;
  model: number;
  fields: string[];
  test: Test;
  reason: string;
  citations: readonly Citation[];
}
interface Compiled {
  rules: CompiledScoreRule[];
  knockOuts: CompiledKnockOut[];
  confidenceGetters: Getter[];
  /** Alternatives tried per question by the what-would-change search. */
  alternatives: { question: AssessmentQuestion; get: Getter; values: AnswerValue[]; ordinal: Map<AnswerValue, number> }[];
  lowModel: number;
  port: { test: Test; fields: string[]; results: Record<PortCriterionResult["status"], PortCriterionResult> }[];
  readiness: {
    category: FactorCategory;
    label: string;
    items: { get: Getter; values: Map<string, number> | null; bands: { min?: number; max?: number; score: number }[] | null; gap: ReadinessScore["gaps"][number] }[];
  }[];
}

const MODEL_INDEX: Record<CarrierModelId, number> = { "provider-network": 0, "municipal-mvz": 1, "health-centre": 2 };
const N_MODELS = CARRIER_MODEL_IDS.length;

const getterCache = new Map<string, Getter>();
function getter(path: string): Getter {
  const hit = getterCache.get(path);
  if (hit) return hit;
  const g2 = makeGetter(path);
  getterCache.set(path, g2);
  return g2;
}

function makeGetter(path: string): Getter {
  const dot = path.indexOf(".");
  const g = path.slice(0, dot);
  const k = path.slice(dot + 1);
  return (input) => {
    const grp = (input as unknown as Record<string, Record<string, AnswerValue> | undefined>)[g];
    const v = grp ? grp[k] : null;
    return v === undefined ? null : v;
  };
}

function isUnknown(v: AnswerValue): boolean {
  return v === null || v === UNKNOWN;
}

function compileCondition(c: Condition, fields: string[]): Test {
  if ("all" in c) {
    const parts = c.all.map((p) => compileCondition(p, fields));
    return (input) => parts.every((t) => t(input));
  }
  if ("any" in c) {
    const parts = c.any.map((p) => compileCondition(p, fields));
    return (input) => parts.some((t) => t(input));
  }
  fields.push(c.field);
  const get = getter(c.field);
  if ("in" in c) {
    const set = new Set(c.in);
    return (input) => {
      const v = get(input);
      return typeof v === "string" && v !== UNKNOWN && set.has(v);
    };
  }
  const min = c.min;
  const max = c.max;
  return (input) => {
    const v = get(input);
    if (typeof v !== "number") return false;
    if (min !== undefined && v < min) return false;
    if (max !== undefined && v >= max) return false;
    return true;
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

function compile(ruleSet: RuleSet): Compiled {
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
    return { id: r.id, fields, test, effects, explanation: r.explanation, citations: r.citations };
  });
  const knockOuts: CompiledKnockOut[] = ruleSet.knockOuts.map((k) => {
    const fields: string[] = [];
    const test = compileCondition(k.when, fields);
    return { id: k.id, model: MODEL_INDEX[k.model], fields, test, reason: k.reason, citations: k.citations };
  });
  const thresholds = new Map<string, Set<number>>();
  for (const r of ruleSet.scoreRules) collectThresholds(r.when, thresholds);
  for (const k of ruleSet.knockOuts) collectThresholds(k.when, thresholds);
  const alternatives: Compiled["alternatives"] = [];
  for (const q of ASSESSMENT_QUESTIONS) {
    if (!q.countsForConfidence) continue;
    let values: AnswerValue[] = [];
    const ordinal = new Map<AnswerValue, number>();
    if (q.kind === "choice" && q.options) {
      values = q.options.map((o) => o.value).filter((v) => v !== UNKNOWN);
      values.forEach((v, i) => ordinal.set(v, i));
    } else if (q.kind === "number") {
      values = [...(thresholds.get(q.id) ?? [])].sort((a, b) => a - b);
    }
    if (values.length > 0) alternatives.push({ question: q, get: getter(q.id), values, ordinal });
  }
  const compiled: Compiled = {
    rules,
    knockOuts,
    confidenceGetters: ASSESSMENT_QUESTIONS.filter((q) => q.countsForConfidence).map((q) => getter(q.id)),
    alternatives,
    lowModel: MODEL_INDEX[ruleSet.lowConfidence.model],
    port: ruleSet.port.criteria.map((cr) => {
      const fields: string[] = [];
      const base = { id: cr.id, label: cr.label, weight: cr.weight, core: cr.core, citations: cr.citations };
      return {
        test: compileCondition(cr.when, fields),
        fields,
        results: {
          met: { ...base, status: "met", text: cr.met },
          "not-met": { ...base, status: "not-met", text: cr.notMet },
          unknown: { ...base, status: "unknown", text: `Offen: ${cr.notMet}` },
        },
      };
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

// ---------------------------------------------------------------------------------------------------------
// Core evaluation (allocation-light; used directly by the what-would-change search)

function answeredCount(c: Compiled, input: AssessmentInput): number {
  let n = 0;
  for (const g of c.confidenceGetters) if (!isUnknown(g(input))) n++;
  return n;
}

function lowConfidenceBonus(ruleSet: RuleSet, share: number): number {
  const t = ruleSet.lowConfidence.answeredShareBelow;
  if (share >= t || t <= 0) return 0;
  return round1((ruleSet.lowConfidence.maxBonus * (t - share)) / t);
}

function displayScore(ruleSet: RuleSet, points: number): number {
  return round1(100 / (1 + Math.exp(-(points - ruleSet.baseScore) / ruleSet.scoreSpread)));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Returns the index of the top model, or -1 if every model is excluded. */
function topIndex(raw: ArrayLike<number>, excluded: ArrayLike<boolean>): number {
  let best = -1;
  for (let i = 0; i < N_MODELS; i++) {
    if (excluded[i]) continue;
    if (best === -1) {
      best = i;
      continue;
    }
    const d = raw[i]! - raw[best]!;
    if (d > 1e-9 || (Math.abs(d) <= 1e-9 && CARRIER_MODEL_IDS[i]! < CARRIER_MODEL_IDS[best]!)) best = i;
  }
  return best;
}

const scratchRaw = new Float64Array(N_MODELS);
const scratchExcluded: boolean[] = [false, false, false];

function coreTop(c: Compiled, ruleSet: RuleSet, input: AssessmentInput): number {
  scratchRaw.fill(ruleSet.baseScore);
  scratchExcluded.fill(false);
  for (const r of c.rules) {
    if (!r.test(input)) continue;
    for (const [m, p] of r.effects) scratchRaw[m]! += p;
  }
  scratchRaw[c.lowModel]! += lowConfidenceBonus(ruleSet, answeredCount(c, input) / c.confidenceGetters.length);
  for (const k of c.knockOuts) if (k.test(input)) scratchExcluded[k.model] = true;
  return topIndex(scratchRaw, scratchExcluded);
}

// ---------------------------------------------------------------------------------------------------------

const PORT_LABELS: Record<PortFitLevel, string> = {
  fits: "PORT-Konzept passt",
  partly: "PORT-Konzept passt teilweise",
  not: "PORT-Konzept passt (noch) nicht",
};

const OPTION_LABELS = new Map(
  ASSESSMENT_QUESTIONS.map((q) => [q.id as string, new Map((q.options ?? []).map((o) => [o.value, o.label]))]),
);

function answerLabel(question: AssessmentQuestion | undefined, v: AnswerValue): string {
  if (v === null) return "unbekannt";
  if (typeof v === "number") return question?.unit ? `${formatNumber(v)} ${question.unit}` : formatNumber(v);
  return (question && OPTION_LABELS.get(question.id)?.get(v)) ?? v;
}

const QUESTIONS = new Map(ASSESSMENT_QUESTIONS.map((q) => [q.id as string, q]));

function conditionFieldsUnknown(fields: string[], input: AssessmentInput): boolean {
  return fields.every((f) => isUnknown(getter(f)(input)));
}

export function recommend(
  input: AssessmentInput,
  ruleSet: RuleSet,
  measures: readonly MeasureRef[],
  options: RecommendOptions = {},
): Recommendation {
  const c = compile(ruleSet);
  const base = ruleSet.baseScore;

  // Confidence
  const total = c.confidenceGetters.length;
  const answered = answeredCount(c, input);
  const share = total === 0 ? 0 : answered / total;
  const level: ConfidenceLevel = share >= ruleSet.confidence.highFrom ? "hoch" : share >= ruleSet.confidence.mediumFrom ? "mittel" : "niedrig";

  // Scores and contributions
  const raw = [base, base, base];
  const contributions: Contribution[][] = [[], [], []];
  for (const r of c.rules) {
    if (!r.test(input)) continue;
    const field = r.fields[0] ?? null;
    const v = field ? getter(field)(input) : null;
    const label = field ? answerLabel(QUESTIONS.get(field), v) : null;
    for (const [m, p] of r.effects) {
      raw[m]! += p;
      contributions[m]!.push({ ruleId: r.id, field, answer: v, answerLabel: label, points: p, explanation: r.explanation, citations: r.citations });
    }
  }
  const bonus = lowConfidenceBonus(ruleSet, share);
  if (bonus > 0) {
    raw[c.lowModel]! += bonus;
    contributions[c.lowModel]!.push({
      ruleId: "low-confidence",
      field: null,
      answer: null,
      answerLabel: null,
      points: bonus,
      explanation: ruleSet.lowConfidence.explanation,
      citations: ruleSet.lowConfidence.citations,
    });
  }

  // Knock-outs
  const excluded = [false, false, false];
  const knockOuts: KnockOutHit[] = [];
  for (const k of c.knockOuts) {
    if (!k.test(input)) continue;
    excluded[k.model] = true;
    knockOuts.push({ ruleId: k.id, model: CARRIER_MODEL_IDS[k.model]!, reason: k.reason, fields: [...new Set(k.fields)], citations: k.citations });
  }

  // Ranking: non-excluded first, raw score desc, tie-break model id asc.
  const order = [0, 1, 2].sort((a, b) => {
    if (excluded[a] !== excluded[b]) return excluded[a] ? 1 : -1;
    const d = raw[b]! - raw[a]!;
    if (Math.abs(d) > 1e-9) return d;
    return CARRIER_MODEL_IDS[a]! < CARRIER_MODEL_IDS[b]! ? -1 : 1;
  });
  const ranking: ModelResult[] = order.map((m, i) => {
    const list = contributions[m]!.slice().sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || (x.ruleId < y.ruleId ? -1 : 1));
    let positive = 0;
    let negative = 0;
    for (const x of list) {
      if (x.points > 0) positive += x.points;
      else negative += x.points;
    }
    const score = displayScore(ruleSet, raw[m]!);
    const model = CARRIER_MODEL_IDS[m]!;
    return {
      model,
      label: MODEL_LABELS_DE[model],
      rank: i + 1,
      score,
      points: round1(raw[m]!),
      excluded: excluded[m]!,
      knockOuts: knockOuts.filter((k) => k.model === model),
      contributions: list,
      bar: { base, positive: round1(positive), negative: round1(negative), points: round1(raw[m]!), score },
    };
  });
  const allExcluded = excluded.every(Boolean);
  const topResult = allExcluded ? null : ranking[0]!;
  const top = topResult ? topResult.model : null;

  // PORT fit
  let met = 0;
  let weightTotal = 0;
  let coreMet = false;
  const criteria: PortCriterionResult[] = ruleSet.port.criteria.map((cr, i) => {
    const { test, fields, results } = c.port[i]!;
    weightTotal += cr.weight;
    if (test(input)) {
      met += cr.weight;
      if (cr.core) coreMet = true;
      return results.met;
    }
    return conditionFieldsUnknown(fields, input) ? results.unknown : results["not-met"];
  });
  const portShare = weightTotal === 0 ? 0 : Math.round((met / weightTotal) * 1000) / 1000;
  let fit: PortFitLevel = "not";
  if (top !== null) {
    if (portShare >= ruleSet.port.fitsFromShare && coreMet) fit = "fits";
    else if (portShare >= ruleSet.port.partlyFromShare && coreMet) fit = "partly";
  }
  const portCarrier = fit === "not" ? null : top;
  const note = portCarrier ? ruleSet.port.carrierNotes.find((n) => n.model === portCarrier) : undefined;
  const port: PortFit = {
    fit,
    fitLabel: PORT_LABELS[fit],
    carrier: portCarrier,
    carrierLabel: portCarrier ? MODEL_LABELS_DE[portCarrier] : null,
    share: portShare,
    criteria,
    reasons: criteria.map((x) => x.text),
    carrierNote: note ? { note: note.note, citations: note.citations } : null,
  };

  // Readiness per category
  const unknownScore = ruleSet.readiness.unknownScore;
  const gapBelow = ruleSet.measures.gapBelow;
  const readiness: ReadinessScore[] = c.readiness.map((cat) => {
    let sum = 0;
    let ans = 0;
    const gaps: ReadinessScore["gaps"] = [];
    for (const item of cat.items) {
      const v = item.get(input);
      let s = unknownScore;
      if (typeof v === "string" && v !== UNKNOWN && item.values) {
        const found = item.values.get(v);
        if (found !== undefined) {
          s = found;
          ans++;
        }
      } else if (typeof v === "number" && item.bands) {
        for (const b of item.bands) {
          if ((b.min === undefined || v >= b.min) && (b.max === undefined || v < b.max)) {
            s = b.score;
            ans++;
            break;
          }
        }
      }
      sum += s;
      if (s < gapBelow) gaps.push(item.gap);
    }
    const n = cat.items.length;
    return { category: cat.category, label: cat.label, score: n === 0 ? 0 : Math.round(sum / n), answered: ans, total: n, gaps };
  });

  // Next measures: those closing the weakest categories.
  const gapSize = new Map<FactorCategory, number>();
  for (const r of readiness) if (r.score < ruleSet.measures.gapBelow) gapSize.set(r.category, 100 - r.score);
  const count = options.measureCount ?? ruleSet.measures.count;
  const nextMeasures: ProposedMeasure[] = measures
    .map((m) => {
      const closes = m.closesGaps.filter((g) => gapSize.has(g));
      const gapWeight = closes.reduce((s, g) => s + (gapSize.get(g) ?? 0), 0);
      return { slug: m.slug, title: m.title, closesGaps: [...new Set(closes)], gapWeight };
    })
    .filter((m) => m.gapWeight > 0)
    .sort((a, b) => b.gapWeight - a.gapWeight || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, count);

  // What would change the answer
  let whatWouldChange: AnswerChange[] | null = null;
  if (options.whatWouldChange !== false) whatWouldChange = searchChanges(c, ruleSet, input, top === null ? -1 : MODEL_INDEX[top]);

  const confNote =
    level === "niedrig"
      ? "Die meisten Fragen sind noch offen – das Ergebnis ist unsicher. Im Zweifel empfiehlt sich der günstigste, umkehrbare Schritt (Gesundheitsnetzwerk); beantworten Sie weitere Fragen."
      : level === "mittel"
        ? "Ein Teil der Fragen ist offen; offene Antworten können die Empfehlung noch ändern."
        : "Die meisten Fragen sind beantwortet.";

  const summary = top
    ? `Empfehlung: ${MODEL_LABELS_DE[top]} (${formatNumber(topResult!.score, { maximumFractionDigits: 1 })} von 100)` +
      (fit === "fits" ? ", ergänzt um das PORT-Konzept" : fit === "partly" ? ", PORT-Konzept teilweise passend" : "") +
      `. Verlässlichkeit: ${level}.`
    : "Alle drei Trägermodelle sind nach den Angaben ausgeschlossen; zuerst müssen die genannten Voraussetzungen geschaffen werden.";

  return {
    ruleSetVersion: ruleSet.version,
    town: { name: input.town.name, ags: input.town.ags ?? null },
    top,
    topLabel: top ? MODEL_LABELS_DE[top] : null,
    allExcluded,
    summary,
    ranking,
    knockOuts,
    port,
    readiness,
    confidence: { answered, total, answeredShare: Math.round(share * 1000) / 1000, level, note: confNote },
    whatWouldChange,
    nextMeasures,
  };
}

function searchChanges(c: Compiled, ruleSet: RuleSet, input: AssessmentInput, currentTop: number): AnswerChange[] {
  const best: AnswerChange[] = [];
  const mutable = input as unknown as Record<string, Record<string, AnswerValue>>;
  for (const alt of c.alternatives) {
    const q = alt.question;
    const from = alt.get(input);
    const fromIdx = alt.ordinal.get(from);
    let found: AnswerChange | null = null;
    const group = mutable[q.group]!;
    for (const v of alt.values) {
      if (v === from) continue;
      const distance = fromIdx === undefined || isUnknown(from) ? 1 : Math.abs((alt.ordinal.get(v) ?? 0) - fromIdx);
      if (found && distance >= found.distance) continue;
      const changed = { ...input, [q.group]: { ...group, [q.field]: v } } as unknown as AssessmentInput;
      const t = coreTop(c, ruleSet, changed);
      if (t === currentTop) continue;
      const newTop = t === -1 ? null : CARRIER_MODEL_IDS[t]!;
      found = {
        field: q.id,
        question: q.label,
        from,
        fromLabel: answerLabel(q, from),
        to: v,
        toLabel: answerLabel(q, v),
        newTop,
        newTopLabel: newTop ? MODEL_LABELS_DE[newTop] : null,
        distance,
      };
    }
    if (found) best.push(found);
  }
  // Smallest changes first; answered questions before open ones at equal distance; then question order (stable).
  const order = new Map(c.alternatives.map((a, i) => [a.question.id as string, i]));
  best.sort(
    (a, b) =>
      a.distance - b.distance ||
      Number(isUnknown(a.from)) - Number(isUnknown(b.from)) ||
      (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0),
  );
  return best.slice(0, ruleSet.whatWouldChange.maxResults);
}
