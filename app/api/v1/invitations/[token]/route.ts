import { z } from "zod";
import { json, parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { notFound } from "@/lib/server/api/respond";
import { previewInvitation } from "@/lib/server/db/tenant/invitations";
import { InvitationTokenSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { token: string };

/** GET /api/v1/invitations/{token} — organisation name, role and status of an invitation link (no session needed). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { token } = parseParams(params, z.object({ token: InvitationTokenSchema }));
  const preview = await previewInvitation(ctx.prisma, token);
  return preview ? json(preview) : notFound("Diese Einladung gibt es nicht.");
});
