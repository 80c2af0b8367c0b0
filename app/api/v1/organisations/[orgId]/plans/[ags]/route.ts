import { json, parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { getActionPlan } from "@/lib/server/db/tenant/action-plans";
import { ActionPlanParamsSchema } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/**
 * GET /api/v1/organisations/{orgId}/plans/{ags} → `{data: {id, version, exists, items: [...]}}` in priority order;
 * no plan yet: `exists: false, version: 0, items: []`. Every member; a granted county.
 */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, ActionPlanParamsSchema);
  return json(await getActionPlan(ctx, orgId, ags));
});
