import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { createInvitation, listInvitations } from "@/lib/server/db/tenant/invitations";
import { mailSenderFor } from "@/lib/server/mail";
import { getDatabase } from "@/lib/server/db/client";
import { publicOrigin } from "@/lib/server/api/origin";
import { parseEnv } from "@/lib/server/config/env";
import { CreateInvitationSchema, OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/invitations (admins). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await listInvitations(ctx, orgId));
});

/**
 * POST /api/v1/organisations/{orgId}/invitations — `{role, email?, validDays?}` (admins). Answers the link once
 * (`url`, `token`); with an e-mail address it is also mailed.
 */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const input = await readBody(request, CreateInvitationSchema);
  const linkBase = publicOrigin(request, parseEnv().APP_URL);
  const result = await createInvitation(ctx, orgId, input, { linkBase, mail: mailSenderFor(await getDatabase()) });
  return json(result, 201);
}, { idempotent: true });
