import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Gv100Register } from "@/lib/server/import/gv100";
import { KREIS_TYPE_LABELS } from "@/lib/domain/territory";
import { countyNameMatches, normalizeSearchText, searchKeyVariants } from "@/lib/domain/search/normalize";

/** Counts of one import level: new, changed and unchanged records, and stored records the file no longer has. */
export interface LevelCounts {
  created: number;
  updated: number;
  unchanged: number;
  notInFile: number;
}
export interface ImportSummary {
  lands: LevelCounts;
  kreise: LevelCounts;
  verbaende: LevelCounts;
  municipalities: LevelCounts;
}

type Progress = (message: string) => void;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Compares a stored row with an incoming record on the record's own fields (dates as ISO days). */
function differs(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(incoming)) {
    const current = stored[key];
    const normalized = current instanceof Date ? current.toISOString().slice(0, 10) : current;
    if (normalized !== value) return true;
  }
  return false;
}

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

interface LevelOps<Row extends Record<string, unknown>> {
  label: string;
  /** The table the level is stored in; new rows go in with one INSERT … json_populate_recordset statement. */
  table: "Land" | "Kreis" | "Gemeindeverband" | "Municipality";
  key: (row: Row) => string;
  findAll: () => Promise<Array<Record<string, unknown>>>;
  update: (row: Row) => Promise<unknown>;
}

/** Inserts many rows with one statement and one parameter: about ten times faster than createMany on PGlite. */
async function insertRows(tx: Transaction, table: LevelOps<Record<string, unknown>>["table"], rows: object[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((column) => `"${column}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    JSON.stringify(rows),
  );
}

async function syncLevel<Row extends Record<string, unknown>>(
  tx: Transaction,
  rows: Row[],
  ops: LevelOps<Row>,
  storedKey: string,
  progress: Progress,
): Promise<LevelCounts> {
  const stored = new Map((await ops.findAll()).map((row) => [String(row[storedKey]), row]));
  const fresh: Row[] = [];
  const changed: Row[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = stored.get(ops.key(row));
    if (!current) fresh.push(row);
    else if (differs(current, row)) changed.push(row);
    else unchanged++;
  }
  const incomingKeys = new Set(rows.map(ops.key));
  const notInFile = [...stored.keys()].filter((key) => !incomingKeys.has(key)).length;
  await insertRows(tx, ops.table, fresh);
  for (const row of changed) await ops.update(row);
  progress(`${ops.label}: ${fresh.length} neu, ${changed.length} geändert, ${unchanged} unverändert`);
  return { created: fresh.length, updated: changed.length, unchanged, notInFile };
}

/**
 * Writes a parsed register in ONE transaction: a failure leaves the database as it was. Idempotent: a second run
 * with the same file creates and updates nothing. Records the file no longer contains are counted, never deleted
 * (organisations and tenant data may refer to them).
 */
export async function importMunicipalityRegister(
  prisma: PrismaClient,
  register: Gv100Register,
  progress: Progress = () => {},
): Promise<ImportSummary> {
  return prisma.$transaction(
    async (tx) => {
      const lands = await syncLevel(
        tx,
        register.lands.map((land) => ({ ...land })),
        {
          label: "Länder",
          table: "Land",
          key: (row) => row.code,
          findAll: () => tx.land.findMany(),
          update: (r) => tx.land.update({ where: { code: r.code }, data: { ...r, referenceDate: toDate(r.referenceDate) } }),
        },
        "code",
        progress,
      );
      const kreise = await syncLevel(
        tx,
        register.kreise.map((kreis) => ({ ...kreis })),
        {
          label: "Kreise",
          table: "Kreis",
          key: (row) => row.key,
          findAll: () => tx.kreis.findMany(),
          update: (r) => tx.kreis.update({ where: { key: r.key }, data: { ...r, referenceDate: toDate(r.referenceDate) } }),
        },
        "key",
        progress,
      );
      const verbaende = await syncLevel(
        tx,
        register.verbaende.map((verband) => ({ ...verband })),
        {
          label: "Gemeindeverbände",
          table: "Gemeindeverband",
          key: (row) => row.key,
          findAll: () => tx.gemeindeverband.findMany(),
          update: (r) =>
            tx.gemeindeverband.update({ where: { key: r.key }, data: { ...r, referenceDate: toDate(r.referenceDate) } }),
        },
        "key",
        progress,
      );
      const municipalities = await syncLevel(
        tx,
        register.municipalities.map((municipality) => ({ ...municipality })),
        {
          label: "Gemeinden",
          table: "Municipality",
          key: (row) => row.ags,
          findAll: () => tx.municipality.findMany(),
          update: (r) =>
            tx.municipality.update({ where: { ags: r.ags }, data: { ...r, referenceDate: toDate(r.referenceDate) } }),
        },
        "ags",
        progress,
      );
      return { lands, kreise, verbaende, municipalities };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

export interface MunicipalityHit {
  ags: string;
  name: string;
  officialName: string;
  population: number;
  postcode: string | null;
  kreisName: string | null;
  landName: string;
}

/**
 * Type-ahead search by name (forgiving umlauts, transliterations and small spelling errors), AGS or postcode.
 * Two steps, each served by an index: names that start with the query (b-tree, exact match first, then the
 * larger place); only when there is none, a fuzzy nearest-neighbour search by trigram word distance (GiST
 * pg_trgm), which finds "Dörnetrup" and "Upland" — near misses below FUZZY_MIN_SIMILARITY are dropped.
 * A plain OR of both conditions would scan every row.
 */
/** Word similarity (0–1) below which a fuzzy candidate is not a plausible spelling of the query. */
export const FUZZY_MIN_SIMILARITY = 0.4;

export async function searchMunicipalities(prisma: PrismaClient, query: string, limit: number): Promise<MunicipalityHit[]> {
  const trimmed = query.trim();
  if (/^\d+$/.test(trimmed)) {
    return prisma.$queryRaw<MunicipalityHit[]>`
      SELECT m.ags, m.name, m."officialName", m.population, m.postcode, k.name AS "kreisName", l.name AS "landName"
      FROM "Municipality" m JOIN "Land" l ON l.code = m."landCode" LEFT JOIN "Kreis" k ON k.key = m."kreisKey"
      WHERE m.ags LIKE ${`${trimmed}%`} OR m.postcode LIKE ${`${trimmed}%`}
      ORDER BY (m.ags = ${trimmed}) DESC, m.population DESC, m.ags
      LIMIT ${limit}`;
  }
  const key = normalizeSearchText(trimmed);
  if (!key) return [];
  // "St." and "Sankt" are one word: every variant is a prefix (see searchKeyVariants).
  const variants = searchKeyVariants(key);
  const patterns = variants.map((variant) => `${variant}%`);
  const exact = variants.map((variant) => variant.trimEnd());
  const prefixHits = await prisma.$queryRaw<MunicipalityHit[]>`
    SELECT m.ags, m.name, m."officialName", m.population, m.postcode, k.name AS "kreisName", l.name AS "landName"
    FROM "Municipality" m JOIN "Land" l ON l.code = m."landCode" LEFT JOIN "Kreis" k ON k.key = m."kreisKey"
    WHERE m."searchName" LIKE ANY(${patterns}::text[])
    ORDER BY (m."searchName" = ANY(${exact}::text[])) DESC, m.population DESC, m.ags
    LIMIT ${limit}`;
  if (prefixHits.length > 0) return prefixHits;
  return prisma.$queryRaw<MunicipalityHit[]>`
    SELECT n.ags, n.name, n."officialName", n.population, n.postcode, k.name AS "kreisName", l.name AS "landName"
    FROM (
      SELECT m.*, word_similarity(${key}, m."searchName") AS score
      FROM "Municipality" m
      ORDER BY ${key} <<-> m."searchName"
      LIMIT ${limit * 2}
    ) n JOIN "Land" l ON l.code = n."landCode" LEFT JOIN "Kreis" k ON k.key = n."kreisKey"
    WHERE n.score >= ${FUZZY_MIN_SIMILARITY}
    ORDER BY n.score DESC, n.population DESC, n.ags
    LIMIT ${limit}`;
}

export interface CountyHit {
  /** The five-digit Kreis key (the county page is /kreis/<key>). */
  key: string;
  name: string;
  /** "Kreis", "Landkreis", "Kreisfreie Stadt" … */
  typeLabel: string;
  landName: string;
}

/**
 * Counties (Kreise, kreisfreie Städte) whose name matches the query, with or without a designation in front
 * ("Lippe", "Kreis Lippe"). About 400 rows: matched in code with the same normalisation as the towns.
 * A number query (AGS prefix, postcode) finds no county by name; its towns are listed instead.
 */
export async function searchCounties(prisma: PrismaClient, query: string, limit: number): Promise<CountyHit[]> {
  const key = normalizeSearchText(query.trim());
  if (!key || /^\d+$/.test(key)) return [];
  const rows = await prisma.kreis.findMany({
    select: { key: true, name: true, typeCode: true, land: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { key: "asc" }],
  });
  return rows
    .map((row) => ({ row, nameKey: normalizeSearchText(row.name) }))
    .filter(({ nameKey }) => countyNameMatches(nameKey, key))
    .slice(0, limit)
    .map(({ row }) => ({
      key: row.key,
      name: row.name,
      typeLabel: KREIS_TYPE_LABELS[row.typeCode] ?? "Kreis",
      landName: row.land.name,
    }));
}

export async function getMunicipality(prisma: PrismaClient, ags: string) {
  return prisma.municipality.findUnique({
    where: { ags },
    include: { kreis: true, land: true, verband: true },
  });
}

export type MunicipalityDetail = NonNullable<Awaited<ReturnType<typeof getMunicipality>>>;

export async function countTerritory(prisma: PrismaClient) {
  const [lands, kreise, verbaende, municipalities] = await Promise.all([
    prisma.land.count(),
    prisma.kreis.count(),
    prisma.gemeindeverband.count(),
    prisma.municipality.count(),
  ]);
  return { lands, kreise, verbaende, municipalities };
}
