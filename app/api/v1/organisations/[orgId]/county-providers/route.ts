import { NextResponse } from "next/server";
import { readCsvImport } from "@/lib/server/api/csv-body";
import { json, parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { exportCountyProvidersCsv, previewCountyProvidersCsv, replaceCountyProvidersFromCsv } from "@/lib/server/db/tenant/providers";
import { OrganisationParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string };

/** GET /api/v1/organisations/{orgId}/county-providers → the county organisation's inventories as one CSV (AGS column first). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const csv = await exportCountyProvidersCsv(ctx, orgId);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="versorgungsdaten-kreis.csv"' },
  });
});

/**
 * POST /api/v1/organisations/{orgId}/county-providers with `{csv, mode: "preview" | "apply"}`, or the file itself
 * (`Content-Type: text/csv`, `?mode=`, any encoding: UTF-8, Windows-1252, UTF-16; the answer names `encoding`): the
 * county-wide file (AGS of each practice). preview → 200 `{data: {ok: true, towns: [{ags, preview}]}}`, nothing
 * changes; apply → replaces the county's inventory of every town in the file in one transaction. Bad rows → 400 with `rows`, nothing
 * changes. Editors and admins of the county organisation.
 */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId } = parseParams(params, OrganisationParamsSchema);
  const { csv, mode, encoding } = await readCsvImport(request);
  const outcome = mode === "apply" ? await replaceCountyProvidersFromCsv(ctx, orgId, csv) : await previewCountyProvidersCsv(ctx, orgId, csv);
  if (!outcome.ok) {
    const n = outcome.errors.length;
    return NextResponse.json(
      { error: { code: "invalid_request", message: `Die Datei wurde nicht übernommen: ${n === 1 ? "1 Fehler" : `${n} Fehler`}. Bitte korrigieren und erneut hochladen.`, rows: outcome.errors, ...(encoding ? { encoding } : {}) } },
      { status: 400 },
    );
  }
  return json(encoding ? { ...outcome, encoding } : outcome);
});
