import { json, parseParams, readBody, tenantRoute } from "@/lib/api/tenant-route";
import { addMember, listMembers } from "@/lib/db/tenant/memberships";
import { AddMemberSchema, OrganisationParamsSchema } from "@/lib/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/members */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await listMembers(ctx, orgId));
});

/** POST /api/v1/organisations/{orgId}/members — `{email, role}` adds a registered user (admins). */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await addMember(ctx, orgId, await readBody(request, AddMemberSchema)), 201);
});
