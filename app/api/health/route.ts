import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client";

export const dynamic = "force-dynamic";

/** GET /api/health — 200 when the app answers and the database is reachable (load balancers, tests). */
export async function GET() {
  try {
    const prisma = await getPrisma();
    await prisma.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok" });
  } catch {
    return NextResponse.json({ status: "unavailable" }, { status: 503 });
  }
}
