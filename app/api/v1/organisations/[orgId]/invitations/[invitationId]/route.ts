import { z } from "zod";
import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { revokeInvitation } from "@/lib/server/db/tenant/invitations";
import { IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; invitationId: string };
const ParamsSchema = z.object({ orgId: IdSchema, invitationId: IdSchema });

/** DELETE /api/v1/organisations/{orgId}/invitations/{invitationId} — revokes an open link (admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, invitationId } = parseParams(params, ParamsSchema);
  await revokeInvitation(ctx, orgId, invitationId);
  return new Response(null, { status: 204 });
});
