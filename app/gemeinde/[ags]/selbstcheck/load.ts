import { cache } from "react";
import { AccessError, can } from "@/lib/auth/guard";
import { getPageContext } from "@/lib/auth/page";
import { getPrisma } from "@/lib/db/client";
import { getMunicipality } from "@/lib/db/municipalities";
import { listOrganisations } from "@/lib/db/tenant/organisations";
import { getMunicipalitySupply } from "@/lib/db/tenant/supply";
import { townFactsOf } from "@/lib/assessment/town-facts";
import type { PersistenceChoice } from "@/lib/assessment/persistence";
import type { AnswerPrefill } from "@/lib/assessment/prefill";
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
 * Where the answers live. Signed in and related to an organisation responsible for this town (the town itself,
 * else its county; a county also through a town's grant):
 * - allowed to edit its assessments → that organisation's record on the server;
 * - only allowed to read (viewer, moderator, granted county) → the same record, read-only (the API refuses writes
 *   with 403 anyway; the wizard offers none).
 * Anonymous, or no such organisation → this browser.
 * Among several candidates the town's own organisation comes first.
 */
export async function persistenceFor(ags: string): Promise<PersistenceChoice> {
  const municipality = await loadMunicipality(ags);
  const ctx = await getPageContext();
  if (!municipality || !ctx.caller) return { kind: "browser" };
  const caller = ctx.caller;
  const responsible = (await listOrganisations(ctx)).filter(
    (org) =>
      can(caller, "assessment", "read", org.id) &&
      ((org.kind === "TOWN" && org.municipalityAgs === municipality.ags) ||
        (org.kind === "COUNTY" && org.kreisKey !== null && org.kreisKey === municipality.kreisKey)),
  );
  const townFirst = <T extends { kind: string }>(orgs: T[]) => orgs.find((o) => o.kind === "TOWN") ?? orgs[0];
  const editable = townFirst(responsible.filter((org) => can(caller, "assessment", "update", org.id)));
  if (editable) return { kind: "server", orgId: editable.id, orgName: editable.name, readOnly: false };
  const readable = townFirst(responsible);
  return readable ? { kind: "server", orgId: readable.id, orgName: readable.name, readOnly: true } : { kind: "browser" };
}

/**
 * Answers proposed from the supply check: for a signed-in member who edits the organisation's assessment and whose
 * organisation keeps a provider inventory for the town, `assessmentPrefill` (groups `supply` and `urgency`). No
 * inventory (404, or no provider entered yet), read-only or anonymous → null.
 */
export async function supplyPrefillFor(ags: string, persistence: PersistenceChoice): Promise<AnswerPrefill | null> {
  if (persistence.kind !== "server" || persistence.readOnly) return null;
  const municipality = await loadMunicipality(ags);
  if (!municipality) return null;
  const ctx = await getPageContext();
  try {
    const supply = await getMunicipalitySupply(ctx, municipality.ags, {});
    if (supply.providerCount === 0) return null;
    const { supply: figures, urgency } = supply.assessmentPrefill;
    return { supply: { ...figures }, urgency: { ...urgency } };
  } catch (error) {
    if (error instanceof AccessError || (error instanceof Error && error.name === "TenantNotFoundError")) return null;
    throw error;
  }
}
