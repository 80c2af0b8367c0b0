import { NextResponse } from "next/server";
import { badRequest, searchParamsObject } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { listFactors } from "@/lib/server/db/knowledge";
import { FactorFilterSchema } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/factors?kind=&category= — success and risk factors with evidence and model effects. */
export async function GET(request: Request) {
  const parsed = FactorFilterSchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error);
  const data = await listFactors(await getPrisma(), parsed.data);
  return NextResponse.json({ data, meta: { filter: parsed.data, count: data.length } });
}
