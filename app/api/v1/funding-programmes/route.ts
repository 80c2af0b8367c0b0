import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest, searchParamsObject } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { listFunding } from "@/lib/server/db/knowledge";
import { LandCodeSchema } from "@/lib/domain/funding-programmes";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({ land: LandCodeSchema.optional() });

/** GET /api/v1/funding-programmes?land=08 — the cited funding table, optionally for one Land (two-digit code). */
export async function GET(request: Request) {
  const parsed = QuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error);
  const data = await listFunding(await getPrisma(), parsed.data.land);
  return NextResponse.json({ data, meta: { count: data.length, land: parsed.data.land ?? null } });
}
