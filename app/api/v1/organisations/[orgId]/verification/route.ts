import { z } from "zod";
import { requireOperator } from "@/lib/server/auth/guard";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { setOrganisationVerified } from "@/lib/server/db/tenant/organisations";
import { OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

const VerificationSchema = z.strictObject({ verified: z.boolean({ error: "muss true oder false sein" }) });

/** PUT /api/v1/organisations/{orgId}/verification — `{verified}`: the platform operator marks the organisation verified (or not). */
export const PUT = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  requireOperator(ctx.caller); // before the body is parsed
  const { verified } = await readBody(request, VerificationSchema);
  return json(await setOrganisationVerified(ctx, orgId, verified));
});
