import type { SupplyFigures } from "../supply";

/**
 * The county's retirement wave: counted GP FTE that leave in each of the next years, per town. A doctor leaves in
 * the supply check's exit year (planned exit, else the retirement age); a practice whose successor is found keeps
 * the capacity, so it does not count as leaving. Doctors without a known exit year are summed separately (unknown
 * stays unknown, it is not spread over the years). Pure.
 */

export interface TownWave {
  ags: string;
  name: string;
  /** FTE leaving per year, same order as `RetirementWave.years`. */
  fteByYear: number[];
  total: number;
  /** FTE of GPs whose exit year is unknown (no birth year and no planned exit). */
  unknownExitFte: number;
}

export interface RetirementWave {
  /** The years shown: the year after the calculation year up to `horizon` years later. */
  years: number[];
  towns: TownWave[];
  /** Sum over the towns, per year. */
  totalByYear: number[];
  total: number;
  unknownExitFte: number;
}

const round = (x: number) => Number(x.toFixed(9));

/** One town's wave from its supply result (the doctors as the supply check counted them). */
export function townWave(town: { ags: string; name: string }, supply: SupplyFigures, years: readonly number[]): TownWave {
  const fteByYear = years.map(() => 0);
  let unknownExitFte = 0;
  for (const d of supply.doctors) {
    if (!d.isGp || d.successorFound || d.factor === 0) continue;
    if (d.exitYear === null) {
      unknownExitFte += d.factor;
      continue;
    }
    const i = years.indexOf(d.exitYear);
    if (i >= 0) fteByYear[i]! += d.factor;
  }
  const rounded = fteByYear.map(round);
  // Only the name and key: callers pass richer town objects (with their supply result), which must not ride along.
  return { ags: town.ags, name: town.name, fteByYear: rounded, total: round(rounded.reduce((s, x) => s + x, 0)), unknownExitFte: round(unknownExitFte) };
}

/**
 * The wave of all towns with data, for the `horizon` years after `year` (default 10). Towns without data (null
 * supply) are left out of the chart — the table of towns says "keine Daten" for them.
 */
export function retirementWave(
  towns: readonly { ags: string; name: string; supply: SupplyFigures | null }[],
  year: number,
  horizon = 10,
): RetirementWave {
  const years = Array.from({ length: horizon }, (_, i) => year + 1 + i);
  const waves = towns.flatMap((t) => (t.supply && t.supply.hasData ? [townWave(t, t.supply, years)] : []));
  const totalByYear = years.map((_, i) => round(waves.reduce((s, w) => s + w.fteByYear[i]!, 0)));
  return {
    years,
    towns: waves,
    totalByYear,
    total: round(totalByYear.reduce((s, x) => s + x, 0)),
    unknownExitFte: round(waves.reduce((s, w) => s + w.unknownExitFte, 0)),
  };
}

/** The towns with the largest waves, and the rest summed: what a chart and a first table can show legibly. */
export interface WaveSummary {
  /** At most `limit` towns with FTE leaving, the largest total first (ties by name). */
  towns: TownWave[];
  /** The other towns with data (also those without exits in these years), summed per year; null when none. */
  rest: { count: number; fteByYear: number[]; total: number } | null;
}

export function summariseWave(wave: RetirementWave, limit: number): WaveSummary {
  const leaving = wave.towns.filter((t) => t.total > 0).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "de"));
  const towns = leaving.slice(0, limit);
  const shown = new Set(towns.map((t) => t.ags));
  const others = wave.towns.filter((t) => !shown.has(t.ags));
  if (others.length === 0) return { towns, rest: null };
  const fteByYear = wave.years.map((_, i) => round(others.reduce((s, t) => s + t.fteByYear[i]!, 0)));
  return { towns, rest: { count: others.length, fteByYear, total: round(fteByYear.reduce((s, x) => s + x, 0)) } };
}
