import { z } from "zod";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { changeMemberRole, removeMember } from "@/lib/server/db/tenant/memberships";
import { ChangeRoleSchema, IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; membershipId: string };
const ParamsSchema = z.object({ orgId: IdSchema, membershipId: IdSchema });

/** PATCH /api/v1/organisations/{orgId}/members/{membershipId} — `{role}` (admins; the last admin stays). */
export const PATCH = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, membershipId } = parseParams(params, ParamsSchema);
  const { role } = await readBody(request, ChangeRoleSchema);
  return json(await changeMemberRole(ctx, orgId, membershipId, role));
});

/** DELETE /api/v1/organisations/{orgId}/members/{membershipId} (admins; the last admin stays). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, membershipId } = parseParams(params, ParamsSchema);
  await removeMember(ctx, orgId, membershipId);
  return new Response(null, { status: 204 });
});
