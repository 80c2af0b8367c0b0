import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { getMunicipality } from "@/lib/db/municipalities";
import { townFactsOf } from "@/lib/assessment/town-facts";
import type { PersistenceChoice } from "@/lib/assessment/persistence";
import { AgsSchema } from "@/lib/schemas/municipality";

/** The town facts for the self-check pages (null for an unknown or malformed AGS). */
export const loadTown = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  const municipality = await getMunicipality(await getPrisma(), parsed.data);
  return municipality ? townFactsOf(municipality) : null;
});

/**
 * Where the answers live. Anonymous: in the browser. When accounts exist, a signed-in member of an organisation
 * gets `{ kind: "server", orgId }` here (the only place to change).
 */
export async function persistenceFor(): Promise<PersistenceChoice> {
  return { kind: "browser" };
}
