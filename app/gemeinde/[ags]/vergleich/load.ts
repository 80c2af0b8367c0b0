import { headers } from "next/headers";
import { cache } from "react";
import { loadCaller } from "@/lib/server/auth/guard";
import { getSessionUser } from "@/lib/server/auth/session";
import { listOrganisations, type OrganisationSummary } from "@/lib/server/db/tenant/organisations";
import { organisationInUse } from "@/lib/server/db/tenant/organisation-in-use";
import { getPrisma } from "@/lib/server/db/client";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { townFactsOf } from "@/lib/server/use-cases/town-facts";
import { landCodeFromAgs } from "@/lib/domain/funding-programmes";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

/** The town for the comparison pages (null for an unknown or malformed AGS). */
export const loadComparisonTown = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  const m = await getMunicipality(await getPrisma(), parsed.data);
  if (!m) return null;
  return {
    municipality: m,
    town: { population: m.population, landCode: landCodeFromAgs(m.ags) ?? m.ags.slice(0, 2), name: m.name },
    facts: townFactsOf(m),
  };
});

/** The scenario starts in the current calendar year. */
export function comparisonStartYear(now = new Date()): number {
  return now.getUTCFullYear();
}

/** Where named scenarios are kept: this browser, or the organisation of the signed-in user that covers the town. */
export type ScenarioStoreChoice = { kind: "browser" } | { kind: "server"; orgId: string; orgName: string };

/**
 * The signed-in member's organisation responsible for the town (a member role there; a grant only reads), chosen
 * explicitly (organisationInUse): `?org=` names it, a single candidate is used, several → the page asks.
 */
export async function scenarioStoreFor(
  ags: string,
  kreisKey: string | null,
  requestedOrg?: string,
): Promise<ScenarioStoreChoice | { kind: "choose"; candidates: OrganisationSummary[] }> {
  const user = await getSessionUser(await headers());
  if (!user) return { kind: "browser" };
  const prisma = await getPrisma();
  const caller = await loadCaller(prisma, user);
  const organisations = await listOrganisations({ prisma, caller });
  const responsible = organisations.filter(
    (o) => o.role !== null && ((o.kind === "TOWN" && o.municipalityAgs === ags) || (o.kind === "COUNTY" && kreisKey !== null && o.kreisKey === kreisKey)),
  );
  const inUse = organisationInUse(responsible, requestedOrg);
  if (inUse.kind === "choose") return inUse;
  return inUse.kind === "chosen" ? { kind: "server", orgId: inUse.organisation.id, orgName: inUse.organisation.name } : { kind: "browser" };
}
