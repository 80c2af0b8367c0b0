import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SIZE_CLASSES, sizeDistribution, type SizeDistribution } from "@/lib/domain/county";

/** Public register data of one Kreis: its municipalities and the size-class comparison against its Land and Germany. */
export interface KreisMunicipality {
  ags: string;
  name: string;
  officialName: string;
  population: number;
  areaHectares: number;
  typeCode: number;
  verbandName: string;
}

export interface KreisRegister {
  kreis: { key: string; name: string; seat: string; typeCode: number; landCode: string; landName: string; referenceDate: Date };
  municipalities: KreisMunicipality[];
  comparison: { kreis: SizeDistribution; land: SizeDistribution; germany: SizeDistribution };
}

interface ClassRow {
  scope: string;
  cls: number;
  count: number;
  population: bigint | number;
}

/**
 * Size distribution of the Land and of Germany in one aggregate query (the register has 10,981 rows; loading them all
 * for every page view would cost more than counting in the database). Unincorporated areas (65/66) are left out.
 */
async function aggregateDistributions(prisma: PrismaClient, landCode: string): Promise<{ land: SizeDistribution; germany: SizeDistribution }> {
  const bounds = SIZE_CLASSES.map((c) => c.min).slice(1);
  const caseSql = bounds.map((b, i) => `WHEN population < ${b} THEN ${i}`).join(" ");
  const rows = await prisma.$queryRawUnsafe<ClassRow[]>(
    `SELECT scope, cls, count(*)::int AS count, sum(population)::bigint AS population FROM (
       SELECT CASE WHEN "landCode" = $1 THEN 'land' ELSE 'other' END AS scope, CASE ${caseSql} ELSE ${bounds.length} END AS cls, population
       FROM "Municipality" WHERE "typeCode" NOT IN (65, 66)
     ) t GROUP BY scope, cls`,
    landCode,
  );
  const medians = await prisma.$queryRawUnsafe<Array<{ scope: string; median: number | null }>>(
    `SELECT 'germany' AS scope, percentile_cont(0.5) WITHIN GROUP (ORDER BY population)::float8 AS median FROM "Municipality" WHERE "typeCode" NOT IN (65, 66)
     UNION ALL
     SELECT 'land', percentile_cont(0.5) WITHIN GROUP (ORDER BY population)::float8 FROM "Municipality" WHERE "typeCode" NOT IN (65, 66) AND "landCode" = $1`,
    landCode,
  );
  const build = (filter: (r: ClassRow) => boolean, scope: string): SizeDistribution => {
    const counts = SIZE_CLASSES.map((_, i) => rows.filter((r) => filter(r) && Number(r.cls) === i).reduce((s, r) => s + Number(r.count), 0));
    const total = counts.reduce((s, c) => s + c, 0);
    return {
      municipalities: total,
      population: rows.filter(filter).reduce((s, r) => s + Number(r.population), 0),
      classes: SIZE_CLASSES.map((c, i) => ({ id: c.id, label_de: c.label_de, count: counts[i]!, share: total > 0 ? counts[i]! / total : 0 })),
      medianPopulation: medians.find((m) => m.scope === scope)?.median ?? null,
    };
  };
  return { land: build((r) => r.scope === "land", "land"), germany: build(() => true, "germany") };
}

/**
 * The Land's and Germany's distributions depend only on the register, which changes only with a new Gebietsstand
 * (an import of another GV100AD file): cached per database, Land and reference date, so a page view does not count
 * all 10,981 municipalities again. A failed query is not kept.
 */
const distributionCache = new WeakMap<PrismaClient, Map<string, Promise<{ land: SizeDistribution; germany: SizeDistribution }>>>();
function cachedDistributions(prisma: PrismaClient, landCode: string, referenceDate: Date) {
  let perDb = distributionCache.get(prisma);
  if (!perDb) distributionCache.set(prisma, (perDb = new Map()));
  const key = `${landCode}|${referenceDate.toISOString()}`;
  let hit = perDb.get(key);
  if (!hit) {
    const map = perDb;
    hit = aggregateDistributions(prisma, landCode);
    map.set(key, hit);
    hit.catch(() => map.delete(key));
  }
  return hit;
}

/** The Kreis `key` (5 digits) from the register, or null if there is none. */
export async function getKreisRegister(prisma: PrismaClient, key: string): Promise<KreisRegister | null> {
  const kreis = await prisma.kreis.findUnique({ where: { key }, include: { land: { select: { name: true } } } });
  if (!kreis) return null;
  const [rows, others] = await Promise.all([
    prisma.municipality.findMany({
      where: { kreisKey: key },
      select: { ags: true, name: true, officialName: true, population: true, areaHectares: true, typeCode: true, verband: { select: { name: true } } },
      orderBy: [{ name: "asc" }, { ags: "asc" }],
    }),
    cachedDistributions(prisma, kreis.landCode, kreis.referenceDate),
  ]);
  const municipalities = rows.map(({ verband, ...m }) => ({ ...m, verbandName: verband.name }));
  return {
    kreis: { key: kreis.key, name: kreis.name, seat: kreis.seat, typeCode: kreis.typeCode, landCode: kreis.landCode, landName: kreis.land.name, referenceDate: kreis.referenceDate },
    municipalities,
    comparison: { kreis: sizeDistribution(municipalities), ...others },
  };
}
