import { cache } from "react";
import { AccessError, can, type TenantContext } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { getPrisma } from "@/lib/server/db/client";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { getActionPlan, listPlanHistory, type ActionPlanRecord, type PlanHistoryEntry } from "@/lib/server/db/tenant/action-plans";
import { listMembers, type Member } from "@/lib/server/db/tenant/memberships";
import { organisationInUse } from "@/lib/server/db/tenant/organisation-in-use";
import type { OrganisationSummary } from "@/lib/server/db/tenant/organisations";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import type { SupplyResult } from "@/lib/domain/supply";
import type { KnowledgeSnapshot } from "@/lib/knowledge/snapshot";
import { AgsSchema } from "@/lib/domain/schemas/municipality";
import { organisationsForTown } from "../selbstcheck/load";

export const loadPlanMunicipality = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
});

export type PlanPage =
  | { kind: "signed-out" }
  | { kind: "none" }
  | { kind: "choose"; candidates: OrganisationSummary[] }
  | {
      kind: "ok";
      ctx: TenantContext;
      organisation: OrganisationSummary;
      plan: ActionPlanRecord;
      canWrite: boolean;
      members: Member[];
      history: PlanHistoryEntry[];
      /** The supply check of the organisation's inventory (null: no inventory or nothing entered yet). */
      supply: SupplyResult | null;
      knowledge: KnowledgeSnapshot;
    };

/** The supply figures for the timeline; a missing inventory is not an error here (the timeline then shows less). */
async function supplyFor(ctx: TenantContext, ags: string): Promise<SupplyResult | null> {
  try {
    const supply = await getMunicipalitySupply(ctx, ags, {});
    return supply.result.hasData ? supply.result : null;
  } catch (error) {
    if (error instanceof AccessError || (error instanceof Error && (error.name === "TenantNotFoundError" || error.name === "ConflictError"))) return null;
    throw error;
  }
}

/** Everything the plan page shows, for the organisation in use (organisationInUse: `?org=`, a single candidate, or the caller chooses). */
export async function loadPlanPage(ags: string, requestedOrg: string | undefined): Promise<PlanPage> {
  const municipality = await loadPlanMunicipality(ags);
  const base = await getPageContext();
  if (!base.caller || !municipality) return { kind: "signed-out" };
  const inUse = organisationInUse(await organisationsForTown(base, municipality, "plan"), requestedOrg);
  if (inUse.kind !== "chosen") return inUse;
  const organisation = inUse.organisation;
  const ctx: TenantContext = { ...base, organisationId: organisation.id };
  const [plan, history, members, supply, knowledge] = await Promise.all([
    getActionPlan(ctx, organisation.id, municipality.ags),
    listPlanHistory(ctx, organisation.id, municipality.ags, { limit: 100 }),
    can(base.caller, "membership", "read", organisation.id) ? listMembers(ctx, organisation.id) : Promise.resolve([]),
    supplyFor(ctx, municipality.ags),
    getKnowledgeSnapshot(undefined, base.prisma),
  ]);
  return { kind: "ok", ctx, organisation, plan, canWrite: can(base.caller, "plan", "update", organisation.id), members, history, supply, knowledge };
}
