/**
 * Labels and derived figures of the Gemeindeverzeichnis (GV100AD type codes, ../shared/data/README.md). Pure.
 */
export const MUNICIPALITY_TYPE_LABELS: Record<number, string> = {
  60: "Markt",
  61: "Kreisfreie Stadt",
  62: "Stadtkreis",
  63: "Stadt",
  64: "Kreisangehörige Gemeinde",
  65: "Gemeindefreies Gebiet, bewohnt",
  66: "Gemeindefreies Gebiet, unbewohnt",
  67: "Große Kreisstadt",
  68: "Amtsangehörige Gemeinde",
  69: "Amtsfreie Gemeinde",
};

export const KREIS_TYPE_LABELS: Record<number, string> = {
  41: "Kreisfreie Stadt",
  42: "Stadtkreis",
  43: "Kreis",
  44: "Landkreis",
  45: "Regionalverband",
};

/** Type codes 65/66: unincorporated areas, not municipalities proper. */
export function isUnincorporated(typeCode: number): boolean {
  return typeCode === 65 || typeCode === 66;
}

export function areaKm2(areaHectares: number): number {
  return areaHectares / 100;
}

/** Inhabitants per km², or null for an area of zero. */
export function populationDensity(population: number, areaHectares: number): number | null {
  return areaHectares > 0 ? population / areaKm2(areaHectares) : null;
}
