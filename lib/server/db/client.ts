import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "../config/database";
import { openEmbeddedDatabase } from "./embedded";
import { sqlFromPglite, sqlFromUrl, type SqlConnection } from "./sql";

export type { PrismaClient };

/** An open database: the Prisma client for queries and a raw SQL connection for migrations and backups. */
export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded PGlite instance, when the target is embedded. */
  pglite?: PGlite;
  /** A raw SQL connection (opened on demand for a server database). */
  sql(): Promise<SqlConnection>;
  close(): Promise<void>;
}

export function prismaForPglite(pglite: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

export function prismaForUrl(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

export function databaseFromPglite(pglite: PGlite, target: DatabaseTarget, onClose: () => Promise<void>): Database {
  const prisma = prismaForPglite(pglite);
  return {
    prisma,
    target,
    pglite,
    sql: async () => sqlFromPglite(pglite),
    async close() {
      await prisma.$disconnect();
      await onClose();
    },
  };
}

export function databaseFromUrl(url: string): Database {
  const prisma = prismaForUrl(url);
  const connections: SqlConnection[] = [];
  return {
    prisma,
    target: { kind: "server", url },
    async sql() {
      const connection = await sqlFromUrl(url);
      connections.push(connection);
      return connection;
    },
    async close() {
      await prisma.$disconnect();
      await Promise.all(connections.map((connection) => connection.close()));
    },
  };
}

/** Opens the configured database for this process (embedded: takes the lock, fails if another process holds it). */
export async function openDatabase(purpose: string, target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  if (target.kind === "server") return databaseFromUrl(target.url);
  const embedded = await openEmbeddedDatabase(target.dataDir, purpose);
  return databaseFromPglite(embedded.pglite, target, () => embedded.close());
}

// One database per process. The custom server (server.ts) opens it before Next.js starts and registers it here;
// Next.js bundles its own copy of this module, so the handle lives on globalThis, not in a module variable.
const GLOBAL_KEY = Symbol.for("versorgungslotse.database");
type GlobalWithDatabase = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

export function registerProcessDatabase(database: Database): void {
  (globalThis as GlobalWithDatabase)[GLOBAL_KEY] = Promise.resolve(database);
}

/** The process's database, opened lazily on first use (never at import time, so `next build` opens nothing). */
export function getDatabase(): Promise<Database> {
  const global = globalThis as GlobalWithDatabase;
  global[GLOBAL_KEY] ??= openDatabase(`Next.js (${process.argv.slice(1, 3).join(" ")})`).catch((error: unknown) => {
    delete global[GLOBAL_KEY];
    throw error;
  });
  return global[GLOBAL_KEY];
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
