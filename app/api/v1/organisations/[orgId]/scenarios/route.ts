import { searchParamsObject } from "@/lib/server/api/respond";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { createScenario, listScenarios } from "@/lib/server/db/tenant/scenarios";
import { CreateScenarioSchema, ScenarioListParamsSchema, ScenarioListQuerySchema } from "@/lib/domain/schemas/scenario";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/scenarios[?ags=…] → `{data: ScenarioRecord[]}` (every member; a granted county reads). */
export const GET = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, ScenarioListParamsSchema);
  const { ags } = ScenarioListQuerySchema.parse(searchParamsObject(request.url));
  return json(await listScenarios(ctx, orgId, ags));
});

/** POST /api/v1/organisations/{orgId}/scenarios with `{ags, name, data}` → 201 `{data: ScenarioRecord}` (version 1). Editors and admins; a taken name → 409. */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, ScenarioListParamsSchema);
  const input = await readBody(request, CreateScenarioSchema);
  return json(await createScenario(ctx, orgId, input), 201);
}, { idempotent: true });
