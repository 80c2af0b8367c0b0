import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client";
import { listCaseStudies } from "@/lib/server/db/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/case-studies — all case studies with municipality keys, model, years, costs and roles. */
export async function GET() {
  const data = await listCaseStudies(await getPrisma());
  return NextResponse.json({ data, meta: { count: data.length } });
}
