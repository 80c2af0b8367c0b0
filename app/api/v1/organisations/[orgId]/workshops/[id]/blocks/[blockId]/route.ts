import { z } from "zod";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { blockAction } from "@/lib/server/db/tenant/workshops";
import { BlockActionSchema } from "@/lib/domain/schemas/workshop";
import { IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string; blockId: string };
const ParamsSchema = z.object({ orgId: IdSchema, id: IdSchema, blockId: IdSchema });

/** PATCH /api/v1/organisations/{orgId}/workshops/{id}/blocks/{blockId} with `{action: "open"|"close"|"reveal"|"reset"}` → 200 `{data: block}`. */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id, blockId } = parseParams(params, ParamsSchema);
  const { action } = await readBody(request, z.strictObject({ action: BlockActionSchema }));
  return json(await blockAction(ctx, orgId, id, blockId, action));
});
