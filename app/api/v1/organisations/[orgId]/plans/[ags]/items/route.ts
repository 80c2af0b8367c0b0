import { authorize } from "@/lib/server/auth/guard";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { addPlanItems } from "@/lib/server/db/tenant/action-plans";
import { ActionPlanParamsSchema, CreatePlanItemSchema } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/**
 * POST /api/v1/organisations/{orgId}/plans/{ags}/items with one item and `planVersion` (the plan's version read;
 * 0 while there is no plan — the first item creates it). Catalogue and engine items: `source` and `sourceRef` (the
 * measure's slug); title, gap and citation come from the knowledge base. 201 `{data: {plan, added}}`; a stale
 * planVersion → 409 with `current` and `submitted`; a measure already in the plan → 409 `reason: "already_in_plan"`.
 * Editors and admins.
 */
export const POST = tenantRoute<Params>(
  async ({ ctx, params, request }) => {
    const { orgId, ags } = parseParams(params, ActionPlanParamsSchema);
    authorize(ctx.caller, "plan", "create", orgId); // before the body is read
    const { planVersion, ...item } = await readBody(request, CreatePlanItemSchema);
    return json(await addPlanItems(ctx, orgId, ags, [item], { planVersion }), 201);
  },
  { idempotent: true },
);
