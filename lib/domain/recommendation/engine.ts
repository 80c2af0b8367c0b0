import type { Citation } from "../citation";
import { CARRIER_MODEL_IDS, FACTOR_CATEGORIES, MODEL_LABELS_DE, type CarrierModelId, type FactorCategory } from "../ids";
import type { RuleSet } from "./rule-set";
import { formatNumber } from "../format/number";
import { UNKNOWN, type AssessmentInput } from "../assessment/input";
import type { AssessmentQuestions } from "../assessment/questions";
import type { AssessmentField } from "../assessment/structure";
import { MODEL_INDEX, N_MODELS, compile, isUnknown, type AnswerValue, type Compiled } from "./compile";

/**
 * The explainable recommendation engine. Pure and deterministic: same input + rule set + measures + question texts →
 * deep-equal output (no clock, no randomness; ties are broken by model id). The question texts (the labels of
 * questions and answers it prints) come from the knowledge snapshot's question catalogue, joined by
 * `assessmentQuestionsOf` (lib/domain/assessment/questions.ts); the callers pass them with the rule set.
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

export type { AnswerValue } from "./compile";

export interface Contribution {
  ruleId: string;
  /** "group.field" of the answer, or null for rules on the overall answer pattern (low confidence). */
  field: string | null;
  answer: AnswerValue;
  answerLabel: string | null;
  points: number;
  explanation: string;
  /** Set when a threshold or weight of the rule is a convention of this application, not from the sources. */
  convention?: string;
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
  /** A basic prerequisite: when it is known to be missing, PORT fits at most partly. */
  prerequisite: boolean;
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
/** An unanswered decisive question, ordered by how much its answer could change the result. */
export interface AnswerFirst {
  field: string;
  question: string;
  weight: number;
  /** Share of its possible answers that would change the first model (null: not searched, batch mode). */
  changesTopShare: number | null;
}
export interface Confidence {
  /** Answered questions of the wizard (the same count the wizard shows). */
  answered: number;
  total: number;
  answeredShare: number;
  /** Weighted share of the decisive questions answered (null for rule sets without decisive questions). */
  decisiveShare: number | null;
  /** The level follows decisiveShare (older rule sets: answeredShare). */
  level: ConfidenceLevel;
  /** "Beantworten Sie zuerst …": the unanswered decisive questions that would most change the result. */
  answerFirst: AnswerFirst[];
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
// Core evaluation (allocation-light; shared by recommend() and the what-would-change search)

function answeredCount(c: Compiled, input: AssessmentInput): number {
  let n = 0;
  for (const g of c.askedGetters) if (!isUnknown(g(input))) n++;
  return n;
}

/** Weighted share of the decisive questions answered; rule sets without decisive questions: share of all questions. */
function decidingShare(c: Compiled, input: AssessmentInput): number {
  if (c.decisive.length === 0) return c.askedGetters.length === 0 ? 0 : answeredCount(c, input) / c.askedGetters.length;
  let w = 0;
  for (const d of c.decisive) if (!isUnknown(d.get(input))) w += d.weight;
  return c.decisiveWeight === 0 ? 0 : w / c.decisiveWeight;
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

/**
 * "What if this one answer were different?" – evaluated incrementally: the points and knock-outs of the input are
 * computed once; a probe re-tests only the rules and knock-outs that read the changed field. Returns the first
 * model's index for the changed input (-1: all excluded), the same as a full evaluation would.
 */
function makeProbe(c: Compiled, ruleSet: RuleSet, input: AssessmentInput) {
  const baseRaw = new Float64Array(N_MODELS).fill(ruleSet.baseScore);
  const fired = c.rules.map((r) => {
    const hit = r.test(input);
    if (hit) for (const [m, p] of r.effects) baseRaw[m]! += p;
    return hit;
  });
  const koHit = c.knockOuts.map((k) => k.test(input));
  const baseKoCount = [0, 0, 0];
  c.knockOuts.forEach((k, i) => {
    if (koHit[i]) baseKoCount[k.model]!++;
  });
  const useCount = c.decisive.length === 0;
  const answeredNow = useCount ? answeredCount(c, input) : 0;
  let decisiveNow = 0;
  for (const d of c.decisive) if (!isUnknown(d.get(input))) decisiveNow += d.weight;
  const raw = new Float64Array(N_MODELS);
  const koCount = [0, 0, 0];
  const excluded = [false, false, false];
  return (q: AssessmentField, from: AnswerValue, v: AnswerValue): number => {
    const changed = withValue(input, q, v);
    raw.set(baseRaw);
    for (const i of c.rulesByField.get(q.id) ?? []) {
      const r = c.rules[i]!;
      const now = r.test(changed);
      if (now === fired[i]) continue;
      const sign = now ? 1 : -1;
      for (const [m, p] of r.effects) raw[m]! += sign * p;
    }
    for (let m = 0; m < N_MODELS; m++) koCount[m] = baseKoCount[m]!;
    for (const i of c.knockOutsByField.get(q.id) ?? []) {
      const now = c.knockOuts[i]!.test(changed);
      if (now !== koHit[i]) koCount[c.knockOuts[i]!.model]! += now ? 1 : -1;
    }
    for (let m = 0; m < N_MODELS; m++) excluded[m] = koCount[m]! > 0;
    const delta = (isUnknown(v) ? 0 : 1) - (isUnknown(from) ? 0 : 1);
    let share: number;
    if (useCount) share = c.askedGetters.length === 0 ? 0 : (answeredNow + (q.countsForConfidence ? delta : 0)) / c.askedGetters.length;
    else share = c.decisiveWeight === 0 ? 0 : (decisiveNow + delta * (c.decisiveWeightByField.get(q.id) ?? 0)) / c.decisiveWeight;
    raw[c.lowModel]! += lowConfidenceBonus(ruleSet, share);
    return topIndex(raw, excluded);
  };
}

function withValue(input: AssessmentInput, q: AssessmentField, v: AnswerValue): AssessmentInput {
  const group = (input as unknown as Record<string, Record<string, AnswerValue>>)[q.group]!;
  return { ...input, [q.group]: { ...group, [q.field]: v } } as unknown as AssessmentInput;
}

// ---------------------------------------------------------------------------------------------------------
// Labels

const PORT_LABELS: Record<PortFitLevel, string> = {
  fits: "PORT-Konzept passt",
  partly: "PORT-Konzept passt teilweise",
  not: "PORT-Konzept passt (noch) nicht",
};

/** The texts the engine prints, per joined catalogue (built once per catalogue object). */
interface Labels {
  question: Map<string, string>;
  unit: Map<string, string>;
  option: Map<string, Map<string, string>>;
}
const labelCache = new WeakMap<AssessmentQuestions, Labels>();
function labelsOf(questions: AssessmentQuestions): Labels {
  let hit = labelCache.get(questions);
  if (!hit) {
    hit = { question: new Map(), unit: new Map(), option: new Map() };
    for (const q of questions.questions) {
      hit.question.set(q.id, q.label);
      if (q.unit) hit.unit.set(q.id, q.unit);
      if (q.options) hit.option.set(q.id, new Map(q.options.map((o) => [o.value, o.label])));
    }
    labelCache.set(questions, hit);
  }
  return hit;
}

function questionLabel(labels: Labels, field: string): string {
  return labels.question.get(field) ?? field;
}

function answerLabel(labels: Labels, field: string, v: AnswerValue): string {
  if (v === null) return "unbekannt";
  if (typeof v === "number") {
    const unit = labels.unit.get(field);
    return unit ? `${formatNumber(v)} ${unit}` : formatNumber(v);
  }
  return labels.option.get(field)?.get(v) ?? v;
}

function quoteList(items: string[]): string {
  const q = items.map((s) => `„${s}“`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} und ${q[q.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// The steps of recommend()

/** Step 1: points per model from the score rules (plus the small low-confidence tie-breaker). */
function scoreModels(c: Compiled, ruleSet: RuleSet, labels: Labels, input: AssessmentInput, share: number) {
  const base = ruleSet.baseScore;
  const raw = [base, base, base];
  const contributions: Contribution[][] = [[], [], []];
  for (const r of c.rules) {
    if (!r.test(input)) continue;
    const field = r.fields[0] ?? null;
    const v = r.get ? r.get(input) : null;
    const label = field ? answerLabel(labels, field, v) : null;
    for (const [m, p] of r.effects) {
      raw[m]! += p;
      const x: Contribution = { ruleId: r.id, field, answer: v, answerLabel: label, points: p, explanation: r.explanation, citations: r.citations };
      if (r.convention) x.convention = r.convention;
      contributions[m]!.push(x);
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
  // Every model carries at least one cited reason: the rule set's "no information yet" text.
  for (let m = 0; m < N_MODELS; m++) {
    const none = c.noInformation[m];
    if (contributions[m]!.length === 0 && none)
      contributions[m]!.push({ ruleId: "no-information", field: null, answer: null, answerLabel: null, points: 0, explanation: none.explanation, citations: none.citations });
  }
  return { raw, contributions };
}

/** Step 2: hard prerequisites. */
function applyKnockOuts(c: Compiled, input: AssessmentInput) {
  const excluded = [false, false, false];
  const hits: KnockOutHit[] = [];
  for (const k of c.knockOuts) {
    if (!k.test(input)) continue;
    excluded[k.model] = true;
    hits.push({ ruleId: k.id, model: CARRIER_MODEL_IDS[k.model]!, reason: k.reason, fields: k.fields, citations: k.citations });
  }
  return { excluded, hits };
}

/** Step 3: ranking – non-excluded first, points descending, ties by model id. */
function rankModels(ruleSet: RuleSet, raw: number[], excluded: boolean[], contributions: Contribution[][], hits: KnockOutHit[]): ModelResult[] {
  const base = ruleSet.baseScore;
  const order = [0, 1, 2].sort((a, b) => {
    if (excluded[a] !== excluded[b]) return excluded[a] ? 1 : -1;
    const d = raw[b]! - raw[a]!;
    if (Math.abs(d) > 1e-9) return d;
    return CARRIER_MODEL_IDS[a]! < CARRIER_MODEL_IDS[b]! ? -1 : 1;
  });
  return order.map((m, i) => {
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
      knockOuts: hits.filter((k) => k.model === model),
      contributions: list,
      bar: { base, positive: round1(positive), negative: round1(negative), points: round1(raw[m]!), score },
    };
  });
}

/** Step 4: PORT fit on the first carrier. */
function portFit(c: Compiled, ruleSet: RuleSet, input: AssessmentInput, top: CarrierModelId | null): PortFit {
  let met = 0;
  let weightTotal = 0;
  let coreMet = false;
  let blocked = false;
  const criteria: PortCriterionResult[] = [];
  for (const cr of c.port) {
    weightTotal += cr.weight;
    if (cr.blocks?.(input)) {
      blocked = true;
      criteria.push(cr.results["not-met"]);
    } else if (cr.test(input)) {
      met += cr.weight;
      if (cr.core) coreMet = true;
      criteria.push(cr.results.met);
    } else criteria.push(cr.getters.every((g) => isUnknown(g(input))) ? cr.results.unknown : cr.results["not-met"]);
  }
  const share = weightTotal === 0 ? 0 : Math.round((met / weightTotal) * 1000) / 1000;
  let fit: PortFitLevel = "not";
  if (top !== null && coreMet) {
    if (share >= ruleSet.port.fitsFromShare && !blocked) fit = "fits";
    else if (share >= ruleSet.port.partlyFromShare) fit = "partly";
  }
  const carrier = fit === "not" ? null : top;
  const note = carrier ? ruleSet.port.carrierNotes.find((n) => n.model === carrier) : undefined;
  return {
    fit,
    fitLabel: PORT_LABELS[fit],
    carrier,
    carrierLabel: carrier ? MODEL_LABELS_DE[carrier] : null,
    share,
    criteria,
    reasons: criteria.map((x) => x.text),
    carrierNote: note ? { note: note.note, citations: note.citations } : null,
  };
}

/** Step 5: readiness per factor category. */
function readinessProfile(c: Compiled, ruleSet: RuleSet, input: AssessmentInput): ReadinessScore[] {
  const unknownScore = ruleSet.readiness.unknownScore;
  const gapBelow = ruleSet.measures.gapBelow;
  return c.readiness.map((cat) => {
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
}

/** The measures catalogue, compiled once per array: each measure's gap categories as indexes. */
const measureCache = new WeakMap<readonly MeasureRef[], { ref: MeasureRef; gaps: number[] }[]>();
const CATEGORY_INDEX = new Map<FactorCategory, number>(FACTOR_CATEGORIES.map((c, i) => [c, i]));

/** Step 6: the measures closing the weakest categories (by summed gap size, then slug); `readiness` is in FACTOR_CATEGORIES order. */
function proposeMeasures(ruleSet: RuleSet, readiness: ReadinessScore[], measures: readonly MeasureRef[], count: number): ProposedMeasure[] {
  let compiled = measureCache.get(measures);
  if (!compiled) {
    compiled = measures.map((ref) => ({ ref, gaps: [...new Set(ref.closesGaps)].map((g) => CATEGORY_INDEX.get(g) ?? -1).filter((i) => i >= 0) }));
    measureCache.set(measures, compiled);
  }
  const gapSize = readiness.map((r) => (r.score < ruleSet.measures.gapBelow ? 100 - r.score : 0));
  const chosen: { m: (typeof compiled)[number]; weight: number }[] = [];
  for (const m of compiled) {
    let weight = 0;
    for (const g of m.gaps) weight += gapSize[g]!;
    if (weight <= 0) continue;
    // Insert into the short list of the best `count` (weight desc, slug asc).
    let at = chosen.length;
    while (at > 0) {
      const prev = chosen[at - 1]!;
      if (prev.weight > weight || (prev.weight === weight && prev.m.ref.slug < m.ref.slug)) break;
      at--;
    }
    if (at >= count) continue;
    chosen.splice(at, 0, { m, weight });
    if (chosen.length > count) chosen.pop();
  }
  return chosen.map(({ m, weight }) => ({
    slug: m.ref.slug,
    title: m.ref.title,
    closesGaps: m.gaps.filter((g) => gapSize[g]! > 0).map((g) => readiness[g]!.category),
    gapWeight: weight,
  }));
}

/**
 * Step 7: which unanswered decisive questions to answer first. With `search` each is tried with every possible
 * answer and ranked by the share of answers that would change the first model (then weight, then catalogue
 * order); without (batch mode) by weight.
 */
function answerFirst(c: Compiled, ruleSet: RuleSet, labels: Labels, input: AssessmentInput, currentTop: number, probe: Probe | null): AnswerFirst[] {
  const limit = ruleSet.confidence.answerFirstCount ?? 3;
  if (!probe) {
    const out: AnswerFirst[] = [];
    for (const i of c.decisiveByWeight) {
      if (out.length >= limit) break;
      const d = c.decisive[i]!;
      if (isUnknown(d.get(input))) out.push({ field: d.question.id, question: questionLabel(labels, d.question.id), weight: d.weight, changesTopShare: null });
    }
    return out;
  }
  const open: AnswerFirst[] = [];
  const order: number[] = [];
  c.decisive.forEach((d, i) => {
    if (!isUnknown(d.get(input))) return;
    let changesTopShare: number | null = null;
    if (d.alternative >= 0) {
      const alt = c.alternatives[d.alternative]!;
      let changed = 0;
      for (const v of alt.values) if (probe(d.question, null, v) !== currentTop) changed++;
      changesTopShare = Math.round((changed / alt.values.length) * 1000) / 1000;
    }
    open.push({ field: d.question.id, question: questionLabel(labels, d.question.id), weight: d.weight, changesTopShare });
    order.push(i);
  });
  const idx = open.map((_, i) => i);
  idx.sort((a, b) => (open[b]!.changesTopShare ?? 0) - (open[a]!.changesTopShare ?? 0) || open[b]!.weight - open[a]!.weight || order[a]! - order[b]!);
  return idx.slice(0, limit).map((i) => open[i]!);
}

/** Step 8: confidence in words. */
function confidenceOf(c: Compiled, ruleSet: RuleSet, input: AssessmentInput, first: AnswerFirst[]): Confidence {
  const total = c.askedGetters.length;
  const answered = answeredCount(c, input);
  const answeredShare = total === 0 ? 0 : answered / total;
  const decisive = c.decisive.length > 0;
  const share = decidingShare(c, input);
  const level: ConfidenceLevel = share >= ruleSet.confidence.highFrom ? "hoch" : share >= ruleSet.confidence.mediumFrom ? "mittel" : "niedrig";
  const first3 = first.map((f) => f.question);
  const answerFirstText = first3.length > 0 ? ` Beantworten Sie zuerst ${quoteList(first3)} – diese Antworten würden das Ergebnis am stärksten verändern.` : "";
  let note: string;
  if (!decisive)
    note =
      level === "niedrig"
        ? "Die meisten Fragen sind noch offen – das Ergebnis ist unsicher. Im Zweifel empfiehlt sich der günstigste, umkehrbare Schritt (Gesundheitsnetzwerk); beantworten Sie weitere Fragen."
        : level === "mittel"
          ? "Ein Teil der Fragen ist offen; offene Antworten können die Empfehlung noch ändern."
          : "Die meisten Fragen sind beantwortet.";
  else
    note =
      level === "niedrig"
        ? `Die entscheidenden Fragen (Rat, Geld, Partner, Haltung der Ärzteschaft, Gebäude, Versorgungslage) sind großteils offen – das Ergebnis ist unsicher.${answerFirstText}`
        : level === "mittel"
          ? `Ein Teil der entscheidenden Fragen ist offen; ihre Antworten können die Empfehlung noch ändern.${answerFirstText}`
          : first3.length > 0
            ? `Die entscheidenden Fragen sind weitgehend beantwortet. Offen ist noch ${quoteList(first3)}.`
            : "Die entscheidenden Fragen sind beantwortet.";
  return {
    answered,
    total,
    answeredShare: Math.round(answeredShare * 1000) / 1000,
    decisiveShare: decisive ? Math.round(share * 1000) / 1000 : null,
    level,
    answerFirst: decisive ? first : [],
    note,
  };
}

/**
 * The explainable recommendation: score rules → knock-outs → ranking → PORT fit → readiness → measures →
 * confidence (with "Beantworten Sie zuerst …") → what would change the answer → summary.
 */
export function recommend(
  input: AssessmentInput,
  ruleSet: RuleSet,
  measures: readonly MeasureRef[],
  questions: AssessmentQuestions,
  options: RecommendOptions = {},
): Recommendation {
  const c = compile(ruleSet);
  const labels = labelsOf(questions);
  const search = options.whatWouldChange !== false;
  const share = decidingShare(c, input);

  const { raw, contributions } = scoreModels(c, ruleSet, labels, input, share);
  const { excluded, hits } = applyKnockOuts(c, input);
  const ranking = rankModels(ruleSet, raw, excluded, contributions, hits);
  const allExcluded = excluded.every(Boolean);
  const topResult = allExcluded ? null : ranking[0]!;
  const top = topResult ? topResult.model : null;
  const topIdx = top === null ? -1 : MODEL_INDEX[top];

  const port = portFit(c, ruleSet, input, top);
  const readiness = readinessProfile(c, ruleSet, input);
  const nextMeasures = proposeMeasures(ruleSet, readiness, measures, options.measureCount ?? ruleSet.measures.count);
  const probe = search ? makeProbe(c, ruleSet, input) : null;
  const confidence = confidenceOf(c, ruleSet, input, answerFirst(c, ruleSet, labels, input, topIdx, probe));
  const whatWouldChange = probe ? searchChanges(c, ruleSet, labels, input, topIdx, probe) : null;

  const summary = top
    ? `Empfehlung: ${MODEL_LABELS_DE[top]} (${formatNumber(topResult!.score, { maximumFractionDigits: 1 })} von 100)` +
      (port.fit === "fits" ? ", ergänzt um das PORT-Konzept" : port.fit === "partly" ? ", PORT-Konzept teilweise passend" : "") +
      `. Verlässlichkeit: ${confidence.level}.`
    : "Alle drei Trägermodelle sind nach den Angaben ausgeschlossen; zuerst müssen die genannten Voraussetzungen geschaffen werden.";

  return {
    ruleSetVersion: ruleSet.version,
    town: { name: input.town.name, ags: input.town.ags ?? null },
    top,
    topLabel: top ? MODEL_LABELS_DE[top] : null,
    allExcluded,
    summary,
    ranking,
    knockOuts: hits,
    port,
    readiness,
    confidence,
    whatWouldChange,
    nextMeasures,
  };
}

/** Step 9: per answerable question the closest alternative answer that changes the first model. */
type Probe = ReturnType<typeof makeProbe>;

function searchChanges(c: Compiled, ruleSet: RuleSet, labels: Labels, input: AssessmentInput, currentTop: number, probe: Probe): AnswerChange[] {
  const best: AnswerChange[] = [];
  for (const alt of c.alternatives) {
    const q = alt.question;
    const from = alt.get(input);
    const fromIdx = alt.ordinal.get(from);
    let found: AnswerChange | null = null;
    for (const v of alt.values) {
      if (v === from) continue;
      const distance = fromIdx === undefined || isUnknown(from) ? 1 : Math.abs((alt.ordinal.get(v) ?? 0) - fromIdx);
      if (found && distance >= found.distance) continue;
      const t = probe(q, from, v);
      if (t === currentTop) continue;
      const newTop = t === -1 ? null : CARRIER_MODEL_IDS[t]!;
      found = {
        field: q.id,
        question: questionLabel(labels, q.id),
        from,
        fromLabel: answerLabel(labels, q.id, from),
        to: v,
        toLabel: answerLabel(labels, q.id, v),
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
