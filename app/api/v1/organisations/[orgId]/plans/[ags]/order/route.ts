import { authorize } from "@/lib/server/auth/guard";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { reorderPlan } from "@/lib/server/db/tenant/action-plans";
import { ActionPlanParamsSchema, ReorderPlanSchema } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/**
 * PUT /api/v1/organisations/{orgId}/plans/{ags}/order with `{version, itemIds}` — every item once, highest priority
 * first; `version` is the plan's. 200 with the plan; stale version → 409 with `current` and `submitted`.
 */
export const PUT = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, ags } = parseParams(params, ActionPlanParamsSchema);
  authorize(ctx.caller, "plan", "update", orgId); // before the body is read
  const input = await readBody(request, ReorderPlanSchema);
  return json(await reorderPlan(ctx, orgId, ags, input));
});
