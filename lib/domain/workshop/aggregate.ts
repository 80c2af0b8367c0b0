/**
 * Aggregation of workshop answers per block type (issue 14). Pure: takes answers (value + optional role label),
 * returns counts and statistics; the UI renders them as bars with their numbers as text.
 *
 * Rules (cited or marked):
 * - Consensus check: the room is "split" when a third or more of the ratings lie outside a 3-point window around the
 *   median (SCIROCCO's rule as quoted in issue 14; the source itself is not in ../shared/sources). The product defines
 *   the window precisely (product's assumption): the three scale points {c−1, c, c+1} around c = floor(median); with
 *   an even count a median of x.5 is taken at its lower middle value, so the window is always exactly three points.
 *   A rating r is outside when r < c−1 or r > c+1. Split ⇔ 3 · outside ≥ n (a third or more).
 * - Ranking: Borda count — with k options, rank 1 scores k−1 points, rank k scores 0; unranked options score 0
 *   (product's assumption for partial rankings).
 * - Groups: results by role label only for groups of at least 5 participants (issue 14: "groups smaller than 5 are
 *   not broken out, so no one is identifiable"); smaller groups are pooled into "Weitere" only if that pool is ≥ 5.
 */
export const MIN_GROUP_SIZE = 5;

export interface Distribution {
  /** Count per value/option key. */
  counts: Record<string, number>;
  n: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export interface NumericSummary {
  n: number;
  mean: number | null;
  median: number | null;
  /** Count per scale value (as string keys "1".."5"). */
  distribution: Record<string, number>;
}

export function summarise(values: readonly number[], scale: readonly number[]): NumericSummary {
  const distribution = Object.fromEntries(scale.map((v) => [String(v), 0]));
  for (const v of values) distribution[String(v)] = (distribution[String(v)] ?? 0) + 1;
  return { n: values.length, mean: mean(values), median: median(values), distribution };
}

export interface ConsensusResult extends NumericSummary {
  window: { low: number; high: number } | null;
  outside: number;
  split: boolean;
}

/** SCIROCCO-style consensus check (see the header for the exact window). */
export function consensus(values: readonly number[]): ConsensusResult {
  const base = summarise(values, [1, 2, 3, 4, 5]);
  if (base.median === null) return { ...base, window: null, outside: 0, split: false };
  const centre = Math.floor(base.median);
  const window = { low: centre - 1, high: centre + 1 };
  const outside = values.filter((v) => v < window.low || v > window.high).length;
  return { ...base, window, outside, split: 3 * outside >= values.length };
}

export type RatingValue = number | "unknown";

export interface RatingsResult {
  /** Per category: summary of the 1–5 ratings plus the "weiß nicht" count. */
  categories: Record<string, NumericSummary & { unknown: number }>;
  /** Radar data: category key and mean (null when no one rated it). */
  radar: Array<{ key: string; mean: number | null }>;
  n: number;
}

export function aggregateRatings(categoryKeys: readonly string[], answers: ReadonlyArray<Record<string, RatingValue>>): RatingsResult {
  const categories: RatingsResult["categories"] = {};
  for (const key of categoryKeys) {
    const values: number[] = [];
    let unknown = 0;
    for (const a of answers) {
      const v = a[key];
      if (v === "unknown") unknown++;
      else if (typeof v === "number") values.push(v);
    }
    categories[key] = { ...summarise(values, [1, 2, 3, 4, 5]), unknown };
  }
  return { categories, radar: categoryKeys.map((key) => ({ key, mean: categories[key]!.mean })), n: answers.length };
}

export function aggregateChoices(optionKeys: readonly string[], choices: ReadonlyArray<readonly string[]>): Distribution {
  const counts = Object.fromEntries(optionKeys.map((k) => [k, 0]));
  for (const chosen of choices) for (const k of new Set(chosen)) if (k in counts) counts[k]!++;
  return { counts, n: choices.length };
}

export interface DotResult {
  /** Options sorted by dots (desc), ties by key order given. */
  ranking: Array<{ key: string; dots: number; voters: number }>;
  totalDots: number;
  n: number;
}

/**
 * Dot voting: sums the dots per option. The budget and stacking rule are enforced when an answer is accepted
 * (lib/domain/schemas/workshop.ts parseAnswer); here an answer breaking them is clipped defensively (stacking off → at most
 * 1 per option; over budget → ignored entirely), so a stored answer can never weigh more than the rule allows.
 */
export function aggregateDots(optionKeys: readonly string[], answers: ReadonlyArray<Record<string, number>>, rule: { dots: number; stacking: boolean }): DotResult {
  const dots = new Map(optionKeys.map((k) => [k, { dots: 0, voters: 0 }]));
  let counted = 0;
  for (const a of answers) {
    const entries = Object.entries(a).filter(([k, d]) => dots.has(k) && Number.isInteger(d) && d > 0).map(([k, d]) => [k, rule.stacking ? d : 1] as const);
    if (entries.reduce((s, [, d]) => s + d, 0) > rule.dots) continue;
    counted++;
    for (const [k, d] of entries) {
      const slot = dots.get(k)!;
      slot.dots += d;
      slot.voters++;
    }
  }
  const order = new Map(optionKeys.map((k, i) => [k, i]));
  const ranking = [...dots.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.dots - a.dots || order.get(a.key)! - order.get(b.key)!);
  return { ranking, totalDots: ranking.reduce((s, r) => s + r.dots, 0), n: counted };
}

/** Borda count over (possibly partial) rankings. */
export function aggregateRanking(optionKeys: readonly string[], orders: ReadonlyArray<readonly string[]>): { ranking: Array<{ key: string; points: number; firsts: number }>; n: number } {
  const k = optionKeys.length;
  const points = new Map(optionKeys.map((key) => [key, { points: 0, firsts: 0 }]));
  for (const order of orders) {
    const seen = new Set<string>();
    order.forEach((key, index) => {
      const slot = points.get(key);
      if (!slot || seen.has(key)) return;
      seen.add(key);
      slot.points += k - 1 - index;
      if (index === 0) slot.firsts++;
    });
  }
  const pos = new Map(optionKeys.map((key, i) => [key, i]));
  const ranking = [...points.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.points - a.points || b.firsts - a.firsts || pos.get(a.key)! - pos.get(b.key)!);
  return { ranking, n: orders.length };
}

/** Weighting: total and mean points per option. */
export function aggregateWeighting(optionKeys: readonly string[], answers: ReadonlyArray<Record<string, number>>): { options: Array<{ key: string; total: number; mean: number | null }>; n: number } {
  return {
    options: optionKeys.map((key) => {
      const values = answers.map((a) => a[key] ?? 0);
      return { key, total: values.reduce((s, v) => s + v, 0), mean: mean(values) };
    }),
    n: answers.length,
  };
}

/**
 * Splits answers by role label: a group is shown only with ≥ MIN_GROUP_SIZE answers; the rest (including answers
 * without a role) is pooled as "other" if that pool itself has ≥ MIN_GROUP_SIZE, else not shown at all.
 */
export function byRoleGroup<T>(answers: ReadonlyArray<{ role: string | null; value: T }>): { groups: Array<{ role: string; values: T[] }>; suppressed: number } {
  const groups = new Map<string, T[]>();
  for (const a of answers) {
    const key = a.role ?? "";
    groups.set(key, [...(groups.get(key) ?? []), a.value]);
  }
  const shown: Array<{ role: string; values: T[] }> = [];
  const rest: T[] = [];
  for (const [role, values] of groups) {
    if (role && values.length >= MIN_GROUP_SIZE) shown.push({ role, values });
    else rest.push(...values);
  }
  if (shown.length > 0 && rest.length >= MIN_GROUP_SIZE) return { groups: [...shown, { role: "other", values: rest }], suppressed: 0 };
  return { groups: shown, suppressed: rest.length };
}
