import { isUnincorporated } from "../territory";

/**
 * Municipalities by size class: the Kreis's towns against its Land and Germany (register data). Pure.
 *
 * The class bounds follow the Gemeindegrößenklassen the statistical offices publish (unter 2.000, 2.000–4.999, …,
 * 100.000 und mehr); the choice of exactly these seven classes is the product's assumption. Unincorporated areas
 * (type codes 65/66) are not municipalities and are not counted.
 */
export const SIZE_CLASSES = [
  { id: "lt2k", label_de: "unter 2.000", min: 0, max: 1_999 },
  { id: "2k-5k", label_de: "2.000 bis 4.999", min: 2_000, max: 4_999 },
  { id: "5k-10k", label_de: "5.000 bis 9.999", min: 5_000, max: 9_999 },
  { id: "10k-20k", label_de: "10.000 bis 19.999", min: 10_000, max: 19_999 },
  { id: "20k-50k", label_de: "20.000 bis 49.999", min: 20_000, max: 49_999 },
  { id: "50k-100k", label_de: "50.000 bis 99.999", min: 50_000, max: 99_999 },
  { id: "gte100k", label_de: "100.000 und mehr", min: 100_000, max: null },
] as const;
export type SizeClassId = (typeof SIZE_CLASSES)[number]["id"];

export function sizeClassOf(population: number): SizeClassId {
  for (const c of SIZE_CLASSES) if (c.max === null || population <= c.max) return c.id;
  return "gte100k";
}

export interface SizeDistribution {
  municipalities: number;
  population: number;
  /** Per class: number of municipalities and their share (0–1) of all municipalities of the area. */
  classes: { id: SizeClassId; label_de: string; count: number; share: number }[];
  /** Median population of a municipality, null without municipalities. */
  medianPopulation: number | null;
}

export function sizeDistribution(towns: readonly { population: number; typeCode: number }[]): SizeDistribution {
  const proper = towns.filter((t) => !isUnincorporated(t.typeCode));
  const counts = new Map<SizeClassId, number>();
  for (const t of proper) counts.set(sizeClassOf(t.population), (counts.get(sizeClassOf(t.population)) ?? 0) + 1);
  const sorted = proper.map((t) => t.population).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? null : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    municipalities: proper.length,
    population: proper.reduce((s, t) => s + t.population, 0),
    classes: SIZE_CLASSES.map((c) => {
      const count = counts.get(c.id) ?? 0;
      return { id: c.id, label_de: c.label_de, count, share: proper.length > 0 ? count / proper.length : 0 };
    }),
    medianPopulation: median,
  };
}
