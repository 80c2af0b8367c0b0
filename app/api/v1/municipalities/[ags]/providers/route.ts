import { json, parseParams, readBody, tenantRoute, withChosenOrganisation } from "@/lib/server/api/tenant-route";
import { serializeProvidersCsv } from "@/lib/domain/csv/providers";
import { createProvider, listProviders } from "@/lib/server/db/tenant/providers";
import { MunicipalityParamsSchema } from "@/lib/domain/schemas/provider-api";
import { ProviderSchema } from "@/lib/domain/schemas/provider";

export const dynamic = "force-dynamic";
type Params = { ags: string };

/**
 * GET /api/v1/municipalities/{ags}/providers → `{data: {owner, ags, providers: [{id, version, …ProviderSchema}]}}`:
 * the inventory of the caller's organisation for the town (town organisation, else a granting town, else the
 * county; see resolveProviderOwner). `?format=csv` → the inventory as CSV download (`;`, UTF-8 with BOM).
 */
export const GET = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags } = parseParams(params, MunicipalityParamsSchema);
  const inventory = await listProviders(ctx, ags);
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(serializeProvidersCsv(inventory.providers), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="versorgung-${ags}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return json(inventory);
});

/** POST /api/v1/municipalities/{ags}/providers with a provider (ProviderSchema) → 201 `{data: provider}`. Editors and admins. */
export const POST = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags } = parseParams(params, MunicipalityParamsSchema);
  const input = await readBody(request, ProviderSchema);
  return json(await createProvider(ctx, ags, input), 201);
}, { idempotent: true });
