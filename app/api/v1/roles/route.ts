import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/server/db/client";
import { getRoles } from "@/lib/server/db/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/roles — the eleven Oberender roles and the Abbildung 1 matrix (cells "X", "(X)", "-", ""). */
export async function GET() {
  const { roles, matrix } = await getRoles(await getPrisma());
  return NextResponse.json({ data: { roles, matrix } });
}
