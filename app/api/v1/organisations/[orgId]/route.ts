import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { deleteOrganisation, getOrganisation, renameOrganisation } from "@/lib/server/db/tenant/organisations";
import { OrganisationParamsSchema, UpdateOrganisationSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId} */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await getOrganisation(ctx, orgId));
});

/** PATCH /api/v1/organisations/{orgId} — `{name}` (admins). */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const { name } = await readBody(request, UpdateOrganisationSchema);
  return json(await renameOrganisation(ctx, orgId, name));
});

/** DELETE /api/v1/organisations/{orgId} — with all its data (admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  await deleteOrganisation(ctx, orgId);
  return new Response(null, { status: 204 });
});
