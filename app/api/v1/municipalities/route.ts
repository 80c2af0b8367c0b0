import { NextResponse } from "next/server";
import { badRequest, searchParamsObject } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { searchCounties, searchMunicipalities } from "@/lib/server/db/municipalities";
import { MunicipalitySearchQuerySchema } from "@/lib/domain/schemas/municipality";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/municipalities?q=&limit= — type-ahead search by name, AGS or postcode. `counties` lists the Kreise
 * whose name matches (at most three; their page is /kreis/<key>), beside the towns in `data`.
 */
export async function GET(request: Request) {
  const parsed = MunicipalitySearchQuerySchema.safeParse(searchParamsObject(request.url));
  if (!parsed.success) return badRequest(parsed.error);
  const { q, limit } = parsed.data;
  const prisma = await getPrisma();
  const [data, counties] = await Promise.all([searchMunicipalities(prisma, q, limit), searchCounties(prisma, q, 3)]);
  return NextResponse.json({ data, counties, meta: { q, limit, count: data.length } });
}
