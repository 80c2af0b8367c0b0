import { NextResponse } from "next/server";
import { badRequest, searchParamsObject } from "@/lib/api/respond";
import { getPrisma } from "@/lib/db/client";
import { listMeasures } from "@/lib/db/knowledge";
import { MeasureFilterSchema } from "@/lib/schemas/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/measures?field=&sector=&tag=&catalogue=&q= — the measures catalogue (KommKom and Heinsberg). */
export async function GET(request: Request) {
  const parsed = MeasureFilterSchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error, "Ungültiger Filter.");
  const data = await listMeasures(await getPrisma(), parsed.data);
  return NextResponse.json({ data, meta: { filter: parsed.data, count: data.length } });
}
