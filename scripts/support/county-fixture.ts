/**
 * The county the benches measure: the Kreis with the most municipalities in the register, and a county-wide provider
 * file with two facilities (a GP practice with two doctors, a pharmacy) for every one of its towns. Used by the
 * server-work figure in scripts/bench.ts and by the HTTP figure in scripts/bench-county-http.ts, so both measure the
 * same county with the same data.
 */
import { serializeCountyProvidersCsv } from "@/lib/domain/csv/providers";

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The Kreis with the most municipalities, and its municipalities in register order. */
export function largestKreis<M extends { kreisKey: string | null; ags: string; name: string }>(municipalities: readonly M[]): { key: string; towns: M[] } {
  const perKreis = new Map<string, number>();
  for (const m of municipalities) if (m.kreisKey) perKreis.set(m.kreisKey, (perKreis.get(m.kreisKey) ?? 0) + 1);
  const [key] = [...perKreis].sort((a, b) => b[1] - a[1])[0]!;
  return { key, towns: municipalities.filter((m) => m.kreisKey === key) };
}

/** The county-wide CSV (AGS column first) with two facilities for every town. */
export function countyBenchCsv(towns: readonly { ags: string; name: string }[]): string {
  return serializeCountyProvidersCsv(
    towns.map((m, i) => ({
      ags: m.ags,
      providers: [
        { kind: "gp-practice" as const, name: `Praxis ${i}`, street: "Weg 1", postcode: "54634", city: m.name.slice(0, 60), successorStatus: "none" as const, doctors: [{ birthYear: 1960 + (i % 20), employment: "licensed" as const, licence: "full" as const }, { birthYear: 1980, employment: "employed" as const, weeklyHours: 25 }] },
        { kind: "pharmacy" as const, name: `Apotheke ${i}`, street: "Weg 2", postcode: "54634", city: m.name.slice(0, 60), successorStatus: "none" as const, doctors: [] },
      ],
    })),
  );
}
