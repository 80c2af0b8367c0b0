import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest, notFound } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { areaKm2, MUNICIPALITY_TYPE_LABELS, populationDensity } from "@/lib/domain/territory";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

export const dynamic = "force-dynamic";

/** GET /api/v1/municipalities/{ags} — the facts of one municipality. */
export async function GET(_request: Request, context: { params: Promise<{ ags: string }> }) {
  const parsed = z.object({ ags: AgsSchema }).safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const municipality = await getMunicipality(await getPrisma(), parsed.data.ags);
  if (!municipality) return notFound(`Keine Gemeinde mit dem Schlüssel ${parsed.data.ags}.`);
  return NextResponse.json({
    data: {
      ags: municipality.ags,
      name: municipality.name,
      officialName: municipality.officialName,
      type: { code: municipality.typeCode, label: MUNICIPALITY_TYPE_LABELS[municipality.typeCode] ?? null },
      population: municipality.population,
      populationMale: municipality.populationMale,
      areaKm2: areaKm2(municipality.areaHectares),
      densityPerKm2: populationDensity(municipality.population, municipality.areaHectares),
      postcode: municipality.postcode,
      hasSeveralPostcodes: municipality.hasSeveralPostcodes,
      referenceDate: municipality.referenceDate.toISOString().slice(0, 10),
      kreis: municipality.kreis ? { key: municipality.kreis.key, name: municipality.kreis.name } : null,
      land: { code: municipality.land.code, name: municipality.land.name },
      verband: { key: municipality.verband.key, name: municipality.verband.name },
    },
  });
}
