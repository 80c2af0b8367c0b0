import { z } from "zod";
import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { revokeCountyAccess } from "@/lib/server/db/tenant/county-grants";
import { IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; grantId: string };
const ParamsSchema = z.object({ orgId: IdSchema, grantId: IdSchema });

/** DELETE /api/v1/organisations/{orgId}/county-grants/{grantId} (admins of the town). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, grantId } = parseParams(params, ParamsSchema);
  await revokeCountyAccess(ctx, orgId, grantId);
  return new Response(null, { status: 204 });
});
