import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client";
import { getModelComparison, listModels } from "@/lib/server/db/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/models — the four governance models with their cited content and the comparison table. */
export async function GET() {
  const prisma = await getPrisma();
  const [data, comparison] = await Promise.all([listModels(prisma), getModelComparison(prisma)]);
  return NextResponse.json({ data, meta: { count: data.length, comparison } });
}
