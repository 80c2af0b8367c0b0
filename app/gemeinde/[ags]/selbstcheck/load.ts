import { cache } from "react";
import { can } from "@/lib/auth/guard";
import { getPageContext } from "@/lib/auth/page";
import { getPrisma } from "@/lib/db/client";
import { getMunicipality } from "@/lib/db/municipalities";
import { listOrganisations } from "@/lib/db/tenant/organisations";
import { townFactsOf } from "@/lib/assessment/town-facts";
import type { PersistenceChoice } from "@/lib/assessment/persistence";
import { AgsSchema } from "@/lib/schemas/municipality";

const loadMunicipality = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
});

/** The town facts for the self-check pages (null for an unknown or malformed AGS). */
export async function loadTown(ags: string) {
  const municipality = await loadMunicipality(ags);
  return municipality ? townFactsOf(municipality) : null;
}

/**
 * Where the answers live. Signed in and allowed to edit the assessments of an organisation responsible for this
 * town (the town itself, else its county): that organisation's record on the server. Otherwise – anonymous, or
 * only reading – this browser.
 */
export async function persistenceFor(ags: string): Promise<PersistenceChoice> {
  const municipality = await loadMunicipality(ags);
  const ctx = await getPageContext();
  if (!municipality || !ctx.caller) return { kind: "browser" };
  const caller = ctx.caller;
  const responsible = (await listOrganisations(ctx)).filter(
    (org) =>
      can(caller, "assessment", "update", org.id) &&
      ((org.kind === "TOWN" && org.municipalityAgs === municipality.ags) ||
        (org.kind === "COUNTY" && org.kreisKey !== null && org.kreisKey === municipality.kreisKey)),
  );
  const org = responsible.find((o) => o.kind === "TOWN") ?? responsible[0];
  return org ? { kind: "server", orgId: org.id, orgName: org.name } : { kind: "browser" };
}
