import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { duplicateScenario } from "@/lib/server/db/tenant/scenarios";
import { DuplicateScenarioSchema, ScenarioParamsSchema } from "@/lib/domain/schemas/scenario";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** POST /api/v1/organisations/{orgId}/scenarios/{id}/duplicate with `{name}` → 201 `{data: ScenarioRecord}` (the copy). */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, ScenarioParamsSchema);
  const { name } = await readBody(request, DuplicateScenarioSchema);
  return json(await duplicateScenario(ctx, orgId, id, name), 201);
}, { idempotent: true });
