import { NextResponse } from "next/server";
import { badRequest, searchParamsObject } from "@/lib/api/respond";
import { getPrisma } from "@/lib/db/client";
import { searchMunicipalities } from "@/lib/db/municipalities";
import { MunicipalitySearchQuerySchema } from "@/lib/schemas/municipality";

export const dynamic = "force-dynamic";

/** GET /api/v1/municipalities?q=&limit= — type-ahead search by name, AGS or postcode. */
export async function GET(request: Request) {
  const parsed = MunicipalitySearchQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error);
  const { q, limit } = parsed.data;
  const data = await searchMunicipalities(await getPrisma(), q, limit);
  return NextResponse.json({ data, meta: { q, limit, count: data.length } });
}
