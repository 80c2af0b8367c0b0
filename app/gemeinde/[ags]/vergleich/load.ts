import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { getMunicipality } from "@/lib/db/municipalities";
import { townFactsOf } from "@/lib/assessment/town-facts";
import { landCodeFromAgs } from "@/lib/knowledge/funding-programmes";
import { AgsSchema } from "@/lib/schemas/municipality";

/** The town for the comparison pages (null for an unknown or malformed AGS). */
export const loadComparisonTown = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  const m = await getMunicipality(await getPrisma(), parsed.data);
  if (!m) return null;
  return {
    municipality: m,
    town: { population: m.population, landCode: landCodeFromAgs(m.ags) ?? m.ags.slice(0, 2) },
    facts: townFactsOf(m),
  };
});

/** The scenario starts in the current calendar year. */
export function comparisonStartYear(now = new Date()): number {
  return now.getUTCFullYear();
}
