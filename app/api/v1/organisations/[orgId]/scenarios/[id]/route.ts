import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { deleteScenario, getScenario, updateScenario } from "@/lib/server/db/tenant/scenarios";
import { ScenarioParamsSchema, UpdateScenarioSchema } from "@/lib/domain/schemas/scenario";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** GET /api/v1/organisations/{orgId}/scenarios/{id} → `{data: ScenarioRecord}`. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, ScenarioParamsSchema);
  return json(await getScenario(ctx, orgId, id));
});

/**
 * PATCH /api/v1/organisations/{orgId}/scenarios/{id} with `{version, name?, data?}` — `version` is the one the client
 * read. 200 with the stored scenario (version + 1); a stale version → 409 `{error: {code: "conflict", message, current,
 * submitted}}` and nothing changes. Editors and admins.
 */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id } = parseParams(params, ScenarioParamsSchema);
  const input = await readBody(request, UpdateScenarioSchema);
  return json(await updateScenario(ctx, orgId, id, input));
});

/** DELETE /api/v1/organisations/{orgId}/scenarios/{id} → 204 (editors and admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, ScenarioParamsSchema);
  await deleteScenario(ctx, orgId, id);
  return new Response(null, { status: 204 });
});
