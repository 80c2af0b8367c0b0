import { NextResponse } from "next/server";
import type { TenantContext } from "@/lib/server/auth/guard";
import { authorizeImport, type TownPackageOutcome } from "@/lib/server/db/tenant/town-package";
import { IdSchema } from "@/lib/domain/schemas/tenant";
import { invalidJson, NOT_JSON, requestJson } from "./respond";
import { json, parseParams } from "./tenant-route";
import { z } from "zod";

/**
 * The two POST routes of the town package (preview, import): authorise first, then read the file, then answer
 * 200 with what the import does (did) or 400 with every problem of the file in German (nothing changed).
 */
export async function townPackageRoute(
  ctx: TenantContext,
  request: Request,
  params: unknown,
  run: (ctx: TenantContext, orgId: string, raw: unknown) => Promise<TownPackageOutcome>,
): Promise<Response> {
  const { orgId } = parseParams(params, z.object({ orgId: IdSchema }));
  authorizeImport(ctx, orgId);
  const raw = await requestJson(request);
  if (raw === NOT_JSON) return invalidJson();
  const outcome = await run(ctx, orgId, raw);
  if (!outcome.ok) {
    return NextResponse.json(
      { error: { code: "invalid_package", message: "Das Gemeindepaket ist fehlerhaft. Es wurde nichts geändert.", issues: outcome.errors } },
      { status: 400 },
    );
  }
  return json(outcome);
}
