import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/server/db/client";
import {
  KnowledgeManifestSchema,
  loadKnowledgeSnapshot,
  type KnowledgeSnapshot,
  type KnowledgeSource,
  type RawKnowledgeContent,
  type StoredSnapshot,
} from "@/lib/knowledge/snapshot";

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
      const data = row.data as Prisma.JsonObject;
      return { manifest: KnowledgeManifestSchema.parse(data.manifest), content: data.content as RawKnowledgeContent } satisfies StoredSnapshot;
    },
  };
  sources.set(prisma, source);
  return source;
}

/** The snapshot of `version` (default: the newest stored), cached per database and version. */
export async function getKnowledgeSnapshot(version?: string, prisma?: PrismaClient): Promise<KnowledgeSnapshot> {
  return loadKnowledgeSnapshot(databaseKnowledgeSource(prisma ?? (await getPrisma())), version);
}

/** The stored versions, newest first (for "computed with an older version" notices). */
export async function listKnowledgeVersions(prisma?: PrismaClient): Promise<Array<{ version: string; validFrom: string }>> {
  const rows = await (prisma ?? (await getPrisma())).ruleSet.findMany({ orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }], select: { version: true, validFrom: true } });
  return rows.map((r) => ({ version: r.version, validFrom: r.validFrom.toISOString().slice(0, 10) }));
}
