import { NextResponse } from "next/server";
import { badRequest, searchParamsObject } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { listMeasures } from "@/lib/server/db/knowledge";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { measureFilterSchema, measureTags } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/measures?field=&sector=&tag=&catalogue=&q= — the measures catalogue (KommKom and Heinsberg). */
export async function GET(request: Request) {
  const prisma = await getPrisma();
  const knowledge = await getKnowledgeSnapshot(undefined, prisma);
  const parsed = measureFilterSchema(measureTags(knowledge.measures)).safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error, "Ungültiger Filter.");
  const data = await listMeasures(prisma, parsed.data);
  return NextResponse.json({ data, meta: { filter: parsed.data, count: data.length } });
}
