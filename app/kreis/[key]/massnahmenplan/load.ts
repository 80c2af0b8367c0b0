import { can, type TenantContext } from "@/lib/server/auth/guard";
import { getPageContext } from "@/lib/server/auth/page";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getActionPlan, listPlanHistory } from "@/lib/server/db/tenant/action-plans";
import { listMembers } from "@/lib/server/db/tenant/memberships";
import { organisationInUse } from "@/lib/server/db/tenant/organisation-in-use";
import { listOrganisations, type OrganisationSummary } from "@/lib/server/db/tenant/organisations";
import type { PlanPageData } from "@/components/plan/PlanPageBody";

export type CountyPlanPage = { kind: "signed-out" } | { kind: "none" } | { kind: "choose"; candidates: OrganisationSummary[] } | ({ kind: "ok" } & PlanPageData);

/**
 * The county's own measures plan (issue 17): the plan resource with the Kreis as its scope, owned by a county
 * organisation of this Kreis the caller is a member of (a grant from a town never makes a county plan readable).
 * `?org=` chooses among several. No supply timeline of its own: the county's figures are per town (/kreis/{key}).
 */
export async function loadCountyPlanPage(kreisKey: string, requestedOrg: string | undefined): Promise<CountyPlanPage> {
  const base = await getPageContext();
  const caller = base.caller;
  if (!caller) return { kind: "signed-out" };
  const counties = (await listOrganisations(base)).filter((org) => org.kind === "COUNTY" && org.kreisKey === kreisKey && caller.roles.has(org.id) && can(caller, "plan", "read", org.id));
  const inUse = organisationInUse(counties, requestedOrg);
  if (inUse.kind !== "chosen") return inUse;
  const organisation = inUse.organisation;
  const ctx: TenantContext = { ...base, organisationId: organisation.id };
  const target = { kreisKey };
  const [plan, history, members, knowledge] = await Promise.all([
    getActionPlan(ctx, organisation.id, target),
    listPlanHistory(ctx, organisation.id, target, { limit: 100 }),
    can(caller, "membership", "read", organisation.id) ? listMembers(ctx, organisation.id) : Promise.resolve([]),
    getKnowledgeSnapshot(undefined, base.prisma),
  ]);
  return { kind: "ok", organisation, plan, canWrite: can(caller, "plan", "update", organisation.id), members, history, supply: null, knowledge };
}
