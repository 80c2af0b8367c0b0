import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { deleteWorkshop, getWorkshop, updateWorkshop } from "@/lib/server/db/tenant/workshops";
import { UpdateWorkshopSchema, WorkshopItemParamsSchema } from "@/lib/domain/schemas/workshop";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** GET /api/v1/organisations/{orgId}/workshops/{id} → `{data: WorkshopRecord & {blocks}}`. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  return json(await getWorkshop(ctx, orgId, id));
});

/** PATCH with `{version, title?, date?, retentionMonths?, status?}` → 200; a stale version → 409. */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  const input = await readBody(request, UpdateWorkshopSchema);
  return json(await updateWorkshop(ctx, orgId, id, input));
});

/** DELETE → 204 (moderators, editors, admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  await deleteWorkshop(ctx, orgId, id);
  return new Response(null, { status: 204 });
});
