import type { MunicipalityDetail } from "../db/municipalities";
import { areaKm2 } from "../../domain/territory";
import type { TownFacts } from "../../domain/assessment/answers";

/** The register facts the self-check pre-fills (and shows read-only). */
export function townFactsOf(municipality: MunicipalityDetail): TownFacts {
  return {
    ags: municipality.ags,
    name: municipality.name,
    population: municipality.population,
    areaKm2: Math.round(areaKm2(municipality.areaHectares) * 100) / 100,
    county: municipality.kreis?.name ?? null,
    land: municipality.land.name,
  };
}
