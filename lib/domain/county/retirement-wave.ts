import type { SupplyResult } from "../supply";

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
export function townWave(town: { ags: string; name: string }, supply: SupplyResult, years: readonly number[]): TownWave {
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
  return { ...town, fteByYear: rounded, total: round(rounded.reduce((s, x) => s + x, 0)), unknownExitFte: round(unknownExitFte) };
}

/**
 * The wave of all towns with data, for the `horizon` years after `year` (default 10). Towns without data (null
 * supply) are left out of the chart — the table of towns says "keine Daten" for them.
 */
export function retirementWave(
  towns: readonly { ags: string; name: string; supply: SupplyResult | null }[],
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
