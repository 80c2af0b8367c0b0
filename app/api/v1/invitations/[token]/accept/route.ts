import { z } from "zod";
import { json, parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { acceptInvitation } from "@/lib/server/db/tenant/invitations";
import { InvitationTokenSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { token: string };

/** POST /api/v1/invitations/{token}/accept — the signed-in caller joins the organisation with the invited role. */
export const POST = tenantRoute<Params>(async ({ ctx, params }) => {
  const { token } = parseParams(params, z.object({ token: InvitationTokenSchema }));
  return json(await acceptInvitation(ctx, token));
});
