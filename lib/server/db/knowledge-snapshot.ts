import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/server/db/client";
import {
  loadKnowledgeSnapshot,
  StoredSnapshotSchema,
  type KnowledgeSnapshot,
  type KnowledgeSource,
  type StoredSnapshot,
} from "@/lib/knowledge/snapshot";
import { assessmentQuestionsOf, type AssessmentQuestions } from "@/lib/domain/assessment/questions";
import { applyCuratedVersions, CuratedFundingDataSchema, CuratedRuleParameterDataSchema, type CuratedVersion } from "@/lib/domain/curation";

/**
 * The knowledge snapshot as stored in the database: one `RuleSet` row per content version, `data` holding the
 * manifest and the raw content of the data files (prisma/seed/knowledge.ts writes it; older versions are kept so
 * that a result computed with them stays readable). `getKnowledgeSnapshot` is THE runtime entry point: engine,
 * supply check, comparison defaults, result page and CLIs receive what it returns.
 */

const sources = new WeakMap<PrismaClient, KnowledgeSource>();

/** The database as a KnowledgeSource (one per client, so the per-version cache is per database). */
export function databaseKnowledgeSource(prisma: PrismaClient): KnowledgeSource {
  const hit = sources.get(prisma);
  if (hit) return hit;
  const source: KnowledgeSource = {
    name: "Datenbank",
    currentVersion: async () => {
      const row = await prisma.ruleSet.findFirst({ orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }], select: { version: true } });
      if (!row) throw new Error("Kein Wissensstand gespeichert – bitte `npm run db:seed` ausführen.");
      return row.version;
    },
    read: async (version) => {
      const row = await prisma.ruleSet.findUnique({ where: { version } });
      if (!row) return null;
      return StoredSnapshotSchema.parse(row.data) satisfies StoredSnapshot;
    },
  };
  sources.set(prisma, source);
  return source;
}

/**
 * The snapshot of `version` (default: the newest stored), cached per database and version. Without a version it is
 * the CURRENT knowledge: the newest seeded snapshot with the platform operator's curated versions laid over it
 * (lib/domain/curation.ts) — the rule parameters as one table in which each version's validity says on which day it
 * applies, the funding programmes as they stand on `options.at` (default today). An explicit version returns that
 * seeded snapshot as stored (a result computed with it stays readable).
 */
export async function getKnowledgeSnapshot(version?: string, prisma?: PrismaClient, options: { at?: string } = {}): Promise<KnowledgeSnapshot> {
  const db = prisma ?? (await getPrisma());
  const snapshot = await loadKnowledgeSnapshot(databaseKnowledgeSource(db), version);
  if (version !== undefined) return snapshot;
  const curated = await listCuratedVersions(db);
  if (curated.length === 0) return snapshot;
  const at = (options.at ?? new Date().toISOString()).slice(0, 10);
  const key = `${snapshot.version}|${curated.length}|${curated.at(-1)!.id}|${at}`;
  const hit = overlays.get(db);
  if (hit && hit.key === key && hit.base === snapshot) return hit.value;
  const value = applyCuratedVersions(snapshot, curated, at);
  overlays.set(db, { key, base: snapshot, value });
  return value;
}

/**
 * The self-check's questions with the texts of the current snapshot's question catalogue (the code's fields joined
 * with `snapshot.questionCatalogue`; the join is memoised per catalogue, so this costs the cached snapshot read).
 * For the pages that show questions without running the engine (wizard, workshop ratings).
 */
export async function getAssessmentQuestions(prisma?: PrismaClient): Promise<AssessmentQuestions> {
  return assessmentQuestionsOf((await getKnowledgeSnapshot(undefined, prisma)).questionCatalogue);
}

/** The last overlay per database (same seeded snapshot, same curated versions, same day → the same object). */
const overlays = new WeakMap<PrismaClient, { key: string; base: KnowledgeSnapshot; value: KnowledgeSnapshot }>();

type CuratedRow = { id: string; kind: string; subject: string; sequence: number; validFrom: Date; data: unknown; source: string; note: string; createdAt: Date };

/** A stored curated version as a domain value; `data` is parsed with its schema (a row that does not parse is an error, never cast). */
export function curatedVersionFromRow(row: CuratedRow): CuratedVersion {
  const base = { id: row.id, subject: row.subject, sequence: row.sequence, validFrom: row.validFrom.toISOString().slice(0, 10), source: row.source, note: row.note, createdAt: row.createdAt.toISOString() };
  if (row.kind === "rule-parameter") return { ...base, kind: "rule-parameter", data: CuratedRuleParameterDataSchema.parse(row.data) };
  if (row.kind === "funding-programme") return { ...base, kind: "funding-programme", data: CuratedFundingDataSchema.parse(row.data) };
  throw new Error(`Gepflegte Version ${row.id}: unbekannte Art „${row.kind}“.`);
}

/** Every curated version (append-only, a handful a year), oldest first. */
export async function listCuratedVersions(prisma: PrismaClient): Promise<CuratedVersion[]> {
  const rows = await prisma.curatedVersion.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(curatedVersionFromRow);
}

/** The stored versions, newest first (for "computed with an older version" notices). */
export async function listKnowledgeVersions(prisma?: PrismaClient): Promise<Array<{ version: string; validFrom: string }>> {
  const rows = await (prisma ?? (await getPrisma())).ruleSet.findMany({ orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }], select: { version: true, validFrom: true } });
  return rows.map((r) => ({ version: r.version, validFrom: r.validFrom.toISOString().slice(0, 10) }));
}
