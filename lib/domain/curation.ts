import { z } from "zod";
import type { FundingProgramme } from "./funding-programmes";
import type { RuleParameter } from "./rule-parameters";

/**
 * Curated versions (issue 13): the platform operator adds a new version of a rule parameter (the G-BA's
 * Verhältniszahl, a threshold) or of a funding programme (opens, closes, a new amount) with its source, valid-from
 * date and a note. The versions are append-only rows in the database; this module lays them over the seeded
 * knowledge snapshot, so that every consumer (supply check, engine, comparison, plan) reads one table in which a
 * figure's validity says which version applies on which day. Pure.
 */

/** What a stored curated version holds (CuratedVersion row; `data` parsed on read with these schemas, never cast). */
export const CuratedRuleParameterDataSchema = z.strictObject({ value: z.number(), version: z.string().min(1) });
export const CuratedFundingDataSchema = z.strictObject({ open: z.boolean(), amountMaxEur: z.number().nonnegative().nullable() });

interface CuratedBase {
  id: string;
  subject: string;
  sequence: number;
  validFrom: string;
  source: string;
  note: string;
  createdAt: string;
}
export type CuratedVersion =
  | (CuratedBase & { kind: "rule-parameter"; data: z.infer<typeof CuratedRuleParameterDataSchema> })
  | (CuratedBase & { kind: "funding-programme"; data: z.infer<typeof CuratedFundingDataSchema> });

/** The day before an ISO date (UTC calendar). */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The name of a parameter without what distinguishes its versions: the seeded labels name their version in a closing
 * parenthesis ("… Hausärzte (Reform 2019)"), so with several labels it is their common beginning; with one, the label.
 */
export function parameterLabel(params: readonly RuleParameter[], key: string): string {
  const labels = [...new Set(params.filter((p) => p.key === key).map((p) => p.label_de))];
  if (labels.length <= 1) return labels[0] ?? key;
  let prefix = labels[0]!;
  for (const l of labels) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const trimmed = prefix.replace(/[\s(,:–-]+$/, "");
  return trimmed.length >= 3 ? trimmed : labels.at(-1)!;
}

/** The rule parameter a curated version stands for: the unit of the key's newest version, its name without a version. */
function curatedParameter(base: RuleParameter, label: string, v: Extract<CuratedVersion, { kind: "rule-parameter" }>): RuleParameter {
  return {
    key: base.key,
    value: v.data.value,
    unit: base.unit,
    validFrom: v.validFrom,
    version: v.data.version,
    label_de: label,
    status: "official",
    note_de: v.note,
    citation: { kind: "rule", rule: v.source },
  };
}

/**
 * The parameter table with the curated versions laid over it: per key all versions sorted by valid-from, each ending
 * the day before the next one starts (a curated version on the same day as a seeded one replaces it). Versions of
 * unknown keys are ignored (the server refuses them on input). The result passes RuleParameterTableSchema.
 */
export function applyCuratedParameters(params: readonly RuleParameter[], curated: readonly CuratedVersion[]): RuleParameter[] {
  const own = curated.filter((c): c is Extract<CuratedVersion, { kind: "rule-parameter" }> => c.kind === "rule-parameter");
  if (own.length === 0) return [...params];
  const byKey = new Map<string, RuleParameter[]>();
  for (const p of params) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const [key, versions] of byKey) {
    const mine = own.filter((c) => c.subject === key).sort((a, b) => a.sequence - b.sequence);
    if (mine.length === 0) continue;
    const newest = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1)!;
    const label = parameterLabel(versions, key);
    const all = [...versions];
    for (const c of mine) {
      const replaced = all.findIndex((p) => p.validFrom === c.validFrom);
      if (replaced >= 0) all.splice(replaced, 1);
      all.push(curatedParameter(newest, label, c));
    }
    all.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    byKey.set(
      key,
      all.map((p, i) => {
        const next = all[i + 1];
        if (next && (p.validUntil === undefined || p.validUntil >= next.validFrom)) return { ...p, validUntil: dayBefore(next.validFrom) };
        return p;
      }),
    );
  }
  // Keep the original order of keys.
  const order = [...new Set(params.map((p) => p.key))];
  return order.flatMap((key) => byKey.get(key) ?? []);
}

/**
 * The funding programmes as they stand on `atDate`: the newest curated version of each programme that is valid by
 * then sets its maximum amount and whether it is open (closed: the programme ends the day before the version's
 * date; open: no end, and it runs at least from that date). A version valid from a later day changes nothing yet.
 */
export function applyCuratedFunding(programmes: readonly FundingProgramme[], curated: readonly CuratedVersion[], atDate: string): FundingProgramme[] {
  const day = atDate.slice(0, 10);
  const own = curated.filter((c): c is Extract<CuratedVersion, { kind: "funding-programme" }> => c.kind === "funding-programme" && c.validFrom <= day);
  if (own.length === 0) return [...programmes];
  return programmes.map((p) => {
    const latest = own
      .filter((c) => c.subject === p.id)
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.sequence - b.sequence)
      .at(-1);
    if (!latest) return p;
    const { validUntil: _end, ...rest } = p;
    // The operator's amount comes with its source: it is no longer the unverified figure of the seeded table.
    const { unverified, ...checked } = rest;
    const stillUnverified = unverified?.filter((figure) => figure !== "amount");
    const base = {
      ...checked,
      ...(stillUnverified && stillUnverified.length > 0 ? { unverified: stillUnverified } : {}),
      amountMaxEur: latest.data.amountMaxEur,
      note_de: latest.note,
      citations: [{ kind: "rule" as const, rule: latest.source }, ...p.citations],
    };
    // An unknown start (null) stays unknown: an "open" version says it runs by then, not since when.
    if (latest.data.open) return { ...base, validFrom: p.validFrom === null || p.validFrom <= latest.validFrom ? p.validFrom : latest.validFrom };
    const end = dayBefore(latest.validFrom);
    return { ...base, validUntil: p.validFrom !== null && end < p.validFrom ? p.validFrom : end };
  });
}

/** Both at once: the parts of a knowledge snapshot that curated versions change. */
export function applyCuratedVersions<T extends { ruleParameters: RuleParameter[]; fundingProgrammes: FundingProgramme[] }>(
  snapshot: T,
  curated: readonly CuratedVersion[],
  atDate: string,
): T {
  if (curated.length === 0) return snapshot;
  return {
    ...snapshot,
    ruleParameters: applyCuratedParameters(snapshot.ruleParameters, curated),
    fundingProgrammes: applyCuratedFunding(snapshot.fundingProgrammes, curated, atDate),
  };
}
