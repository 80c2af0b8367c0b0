/** Where the start page's jobs lead after the user picked a municipality (shared by server and client code). */
export type MunicipalityDestination = "selbstcheck" | "vergleich";
export const MUNICIPALITY_DESTINATIONS = ["selbstcheck", "vergleich"] as const satisfies readonly MunicipalityDestination[];

export function municipalityHref(ags: string, destination?: MunicipalityDestination): string {
  return destination ? `/gemeinde/${ags}/${destination}` : `/gemeinde/${ags}`;
}

/** The page of a county (Kreis or kreisfreie Stadt) by its five-digit key. */
export function countyHref(kreisKey: string): string {
  return `/kreis/${kreisKey}`;
}
