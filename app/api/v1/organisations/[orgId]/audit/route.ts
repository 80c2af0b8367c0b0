import { z } from "zod";
import { json, parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { listAuditLog } from "@/lib/server/db/tenant/audit";
import { searchParamsObject } from "@/lib/server/api/respond";
import { OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };
const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.iso.datetime({ error: "before muss ein ISO-Zeitpunkt sein." }).optional(),
});

/** GET /api/v1/organisations/{orgId}/audit?limit&before — the audit log, newest first (admins). Append-only: no writes. */
export const GET = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const query = QuerySchema.parse(searchParamsObject(request.url));
  return json(await listAuditLog(ctx, orgId, { limit: query.limit, before: query.before ? new Date(query.before) : undefined }));
});
