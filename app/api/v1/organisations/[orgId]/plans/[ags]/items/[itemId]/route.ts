import { authorize } from "@/lib/server/auth/guard";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { deletePlanItem, updatePlanItem } from "@/lib/server/db/tenant/action-plans";
import { ActionPlanItemParamsSchema, UpdatePlanItemSchema } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string; itemId: string };

/**
 * PATCH /api/v1/organisations/{orgId}/plans/{ags}/items/{itemId} with `version` (the item's, as read) and the fields
 * to change (null clears). A new `status` is dated. 200 with the item; stale version → 409 with `current` and
 * `submitted`. Editors and admins.
 */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, ags, itemId } = parseParams(params, ActionPlanItemParamsSchema);
  authorize(ctx.caller, "plan", "update", orgId); // before the body is read
  const input = await readBody(request, UpdatePlanItemSchema);
  return json(await updatePlanItem(ctx, orgId, ags, itemId, input));
});

/** DELETE /api/v1/organisations/{orgId}/plans/{ags}/items/{itemId} (editors and admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags, itemId } = parseParams(params, ActionPlanItemParamsSchema);
  await deletePlanItem(ctx, orgId, ags, itemId);
  return new Response(null, { status: 204 });
});
