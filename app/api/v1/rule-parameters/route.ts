import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client";
import { listRuleParameters } from "@/lib/server/db/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/rule-parameters — every version of every public rule parameter with validity and source. */
export async function GET() {
  const data = await listRuleParameters(await getPrisma());
  return NextResponse.json({ data, meta: { count: data.length } });
}
