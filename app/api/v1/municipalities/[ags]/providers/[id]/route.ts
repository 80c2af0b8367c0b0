import { searchParamsObject } from "@/lib/server/api/respond";

/** `org` chooses the organisation in use (withChosenOrganisation); the other query parameters are the route's own. */
const withoutOrg = ({ org: _org, ...rest }: Record<string, string>) => rest;
import { json, parseParams, readBody, tenantRoute, withChosenOrganisation } from "@/lib/server/api/tenant-route";
import { deleteProvider, getProvider, updateProvider } from "@/lib/server/db/tenant/providers";
import { DeleteProviderQuerySchema, ProviderParamsSchema, UpdateProviderSchema } from "@/lib/domain/schemas/provider-api";

export const dynamic = "force-dynamic";
type Params = { ags: string; id: string };

/** GET /api/v1/municipalities/{ags}/providers/{id} → `{data: provider}` (with `version`). */
export const GET = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags, id } = parseParams(params, ProviderParamsSchema);
  return json(await getProvider(ctx, ags, id));
});

/**
 * PATCH /api/v1/municipalities/{ags}/providers/{id} with the fields to change (ProviderPatchSchema; `doctors`
 * replaces the list) and `version` (the one the client read) → 200 with the stored provider (version + 1). A stale
 * version → 409 `{error: {code: "conflict", message, current, submitted}}`, nothing changes. Editors and admins.
 */
export const PATCH = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags, id } = parseParams(params, ProviderParamsSchema);
  const input = await readBody(request, UpdateProviderSchema);
  return json(await updateProvider(ctx, ags, id, input));
});

/** DELETE /api/v1/municipalities/{ags}/providers/{id}[?version=n] → 204; a stale `version` → 409. Editors and admins. */
export const DELETE = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags, id } = parseParams(params, ProviderParamsSchema);
  const { version } = DeleteProviderQuerySchema.parse(withoutOrg(searchParamsObject(request.url)));
  await deleteProvider(ctx, ags, id, version);
  return new Response(null, { status: 204 });
});
