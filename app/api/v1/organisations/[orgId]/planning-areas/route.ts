import { z } from "zod";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { createPlanningArea, listPlanningAreas } from "@/lib/server/db/tenant/planning-areas";
import { OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/planning-areas → `{data: PlanningAreaRecord[]}`. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await listPlanningAreas(ctx, orgId));
});

/**
 * POST with `{name, towns: [ags], kvVersorgungsgrad?, kvPublishedAt?}` → 201. Towns outside the Kreis → 400; a town
 * already in another area of the county, or a name in use → 409. Editors and admins of the county organisation.
 */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  // Parsed with PlanningAreaInputSchema inside, after the guard.
  const body = await readBody(request, z.unknown());
  return json(await createPlanningArea(ctx, orgId, body), 201);
});
