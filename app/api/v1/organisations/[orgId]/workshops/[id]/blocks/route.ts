import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { addBlock } from "@/lib/server/db/tenant/workshops";
import { AddBlockSchema, WorkshopItemParamsSchema } from "@/lib/domain/schemas/workshop";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** POST /api/v1/organisations/{orgId}/workshops/{id}/blocks with `{config}` → 201 `{data: block}` (appended to the agenda). */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  const { config } = await readBody(request, AddBlockSchema);
  return json(await addBlock(ctx, orgId, id, config), 201);
});
