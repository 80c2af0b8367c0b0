import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { grantCountyAccess, listCountyGrants } from "@/lib/server/db/tenant/county-grants";
import { CreateCountyGrantSchema, OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/county-grants — counties that may read this town's data (admins). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await listCountyGrants(ctx, orgId));
});

/** POST /api/v1/organisations/{orgId}/county-grants — `{countyOrganisationId}` (admins of the town). */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const { countyOrganisationId } = await readBody(request, CreateCountyGrantSchema);
  return json(await grantCountyAccess(ctx, orgId, countyOrganisationId), 201);
}, { idempotent: true });
