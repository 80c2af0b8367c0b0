import { json, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { createOrganisation, listOrganisations } from "@/lib/server/db/tenant/organisations";
import { CreateOrganisationSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";

/** GET /api/v1/organisations — the caller's organisations (and towns that granted the caller's county access). */
export const GET = tenantRoute(async ({ ctx }) => json(await listOrganisations(ctx)));

/** POST /api/v1/organisations — `{kind: "TOWN", ags}` or `{kind: "COUNTY", kreisKey}` (+ optional name); caller becomes admin. */
export const POST = tenantRoute(async ({ ctx, request }) => {
  const input = await readBody(request, CreateOrganisationSchema);
  return json(await createOrganisation(ctx, input), 201);
}, { idempotent: true });
