import { NextResponse } from "next/server";
import { readCsvImport } from "@/lib/server/api/csv-body";
import { json, parseParams, tenantRoute, withChosenOrganisation } from "@/lib/server/api/tenant-route";
import { previewProvidersCsv, replaceProvidersFromCsv } from "@/lib/server/db/tenant/providers";
import { MunicipalityParamsSchema } from "@/lib/domain/schemas/provider-api";

export const dynamic = "force-dynamic";
type Params = { ags: string };

/**
 * POST /api/v1/municipalities/{ags}/providers/import with `{csv, mode: "preview" | "apply"}`, or the file itself
 * (`Content-Type: text/csv`, `?mode=`, any encoding: UTF-8, Windows-1252, UTF-16; the answer names `encoding`).
 * preview → 200 `{data: {ok: true, providers, changes, summary}}`, nothing changes;
 * apply → replaces the whole inventory in one transaction (all rows or none), 200 with the same shape.
 * A file with bad rows → 400 `{error: {code: "invalid_request", message, rows: [{line, column?, message}]}}` and
 * nothing changes. Editors and admins.
 */
export const POST = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags } = parseParams(params, MunicipalityParamsSchema);
  const { csv, mode, encoding } = await readCsvImport(request);
  const outcome = mode === "apply" ? await replaceProvidersFromCsv(ctx, ags, csv) : await previewProvidersCsv(ctx, ags, csv);
  if (!outcome.ok) {
    const n = outcome.errors.length;
    return NextResponse.json(
      {
        error: {
          code: "invalid_request",
          message: `Die Datei wurde nicht übernommen: ${n === 1 ? "1 Fehler" : `${n} Fehler`}. Bitte korrigieren und erneut hochladen.`,
          rows: outcome.errors,
          ...(encoding ? { encoding } : {}),
        },
      },
      { status: 400 },
    );
  }
  return json(encoding ? { ...outcome, encoding } : outcome);
});
