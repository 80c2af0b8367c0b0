import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { leaveOrganisation } from "@/lib/server/db/tenant/memberships";
import { OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** POST /api/v1/organisations/{orgId}/leave — the caller leaves the organisation (any member; not the last admin → 409). */
export const POST = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  await leaveOrganisation(ctx, orgId);
  return new Response(null, { status: 204 });
});
