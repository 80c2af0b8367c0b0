import { z } from "zod";
import { authorize } from "@/lib/server/auth/guard";
import { json, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { addCuratedVersion, listCuratedVersionsForOperator } from "@/lib/server/db/tenant/curated-versions";

export const dynamic = "force-dynamic";
type Params = Record<string, never>;

/** GET /api/v1/knowledge/versions → `{data: CuratedVersion[]}`: the operator's versions of rule parameters and funding programmes (operator only). */
export const GET = tenantRoute<Params>(async ({ ctx }) => json(await listCuratedVersionsForOperator(ctx)));

/**
 * POST /api/v1/knowledge/versions with a CuratedVersionInput (lib/domain/schemas/curation.ts) → 201 `{data: CuratedVersion}`.
 * Only the platform operator (403 before the body is read); unknown field → 400; another version since `basedOn` → 409.
 * Versions are append-only: there is no PATCH or DELETE.
 */
export const POST = tenantRoute<Params>(
  async ({ ctx, request }) => {
    authorize(ctx.caller, "knowledgeVersion", "create"); // before the body is read
    const raw = await readBody(request, z.unknown());
    return json(await addCuratedVersion(ctx, raw), 201);
  },
  { idempotent: true },
);
