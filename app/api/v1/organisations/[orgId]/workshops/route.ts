import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { createWorkshop, listWorkshops } from "@/lib/server/db/tenant/workshops";
import { CreateWorkshopSchema, WorkshopParamsSchema } from "@/lib/domain/schemas/workshop";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/workshops → `{data: WorkshopRecord[]}` (every member). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, WorkshopParamsSchema);
  return json(await listWorkshops(ctx, orgId));
});

/** POST with `{ags, title, date, retentionMonths?}` → 201 `{data: WorkshopRecord & {presenterToken}}` (moderators, editors, admins). */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, WorkshopParamsSchema);
  const input = await readBody(request, CreateWorkshopSchema);
  return json(await createWorkshop(ctx, orgId, input), 201);
});
