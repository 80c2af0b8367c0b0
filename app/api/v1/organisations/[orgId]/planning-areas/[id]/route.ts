import { z } from "zod";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { deletePlanningArea, updatePlanningArea } from "@/lib/server/db/tenant/planning-areas";
import { IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };
const ParamsSchema = z.strictObject({ orgId: IdSchema, id: IdSchema });
const DeleteSchema = z.strictObject({ version: z.number({ error: "Die Version fehlt." }).int().min(1) });

/** PATCH with the whole area plus the `version` read → 200; stale version → 409 with `current` and `submitted`. */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, ParamsSchema);
  const body = await readBody(request, z.unknown());
  return json(await updatePlanningArea(ctx, orgId, id, body));
});

/** DELETE with `{version}` → 204; stale version → 409. */
export const DELETE = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, ParamsSchema);
  const { version } = await readBody(request, DeleteSchema);
  await deletePlanningArea(ctx, orgId, id, version);
  return new Response(null, { status: 204 });
});
