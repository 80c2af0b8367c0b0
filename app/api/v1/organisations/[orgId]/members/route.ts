import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { publicOrigin } from "@/lib/server/api/origin";
import { getDatabase } from "@/lib/server/db/client";
import { createInvitation } from "@/lib/server/db/tenant/invitations";
import { listMembers } from "@/lib/server/db/tenant/memberships";
import { parseEnv } from "@/lib/server/config/env";
import { mailSenderFor } from "@/lib/server/mail";
import { AddMemberSchema, OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/members */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  return json(await listMembers(ctx, orgId));
});

/**
 * POST /api/v1/organisations/{orgId}/members — `{email, role}` (admins). Nobody is added without consent: this mails
 * an invitation to the address, which only the account with that (verified) address can accept. The answer is the
 * same whether or not the address has an account (201 with the invitation), so it reveals nothing about accounts.
 */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const input = await readBody(request, AddMemberSchema);
  const linkBase = publicOrigin(request, parseEnv().APP_URL);
  const { invitation } = await createInvitation(ctx, orgId, { ...input, validDays: 7 }, { linkBase, mail: mailSenderFor(await getDatabase()) });
  return json({ invitation }, 201);
}, { idempotent: true });
