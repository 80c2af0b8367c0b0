import { assertNoDemoAccount, assertStartConfiguration, seedDemoAccount } from "@/lib/server/auth/demo";
import { resolveAuthSecret } from "@/lib/server/config/env";
import { seedDatabase } from "@/prisma/seed/index";
import { backupDatabase } from "../db/backup";
import { openDatabase, type Database } from "../db/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "../config/database";
import { ADVISORY_LOCK_KEY, migrate } from "../db/migrate";
import type { SqlConnection } from "../db/sql";

type Log = (message: string) => void;

export interface MigrateDatabaseOptions {
  /** A connection that already holds the start lock (withStartLock): migrate on it without locking again. */
  lockedConnection?: SqlConnection;
}

/**
 * Brings a database to the current schema: pending migrations are applied, and when the database already
 * holds data a backup is taken first. Several instances on one PostgreSQL serialise on an advisory lock.
 */
export async function migrateDatabase(database: Database, log: Log = console.log, options: MigrateDatabaseOptions = {}): Promise<string[]> {
  const sql = options.lockedConnection ?? (await database.sql());
  try {
    const applied = await migrate(sql, {
      advisoryLock: database.target.kind === "server" && !options.lockedConnection,
      log,
      beforeApply: async (plan) => {
        log(`${plan.pending.length} ausstehende Migration(en); sichere die Datenbank zuerst …`);
        const file = await backupDatabase(database, "vor-migration");
        log(`Sicherung geschrieben: ${file}`);
      },
    });
    if (applied.length > 0) log(`Migrationen angewendet: ${applied.join(", ")}`);
    return applied;
  } finally {
    if (database.target.kind === "server" && !options.lockedConnection) await sql.close();
  }
}

/**
 * Runs `fn` while this process holds the start lock: on PostgreSQL the session advisory lock the migration runner
 * uses (so several instances starting at once, and `npm run db:migrate`, take turns), on the embedded database the
 * lock file that openDatabase already took (one process only), so nothing more is needed there.
 */
export async function withStartLock<T>(database: Database, fn: (sql: SqlConnection) => Promise<T>): Promise<T> {
  const sql = await database.sql();
  if (database.target.kind !== "server") return fn(sql);
  try {
    await sql.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
    try {
      return await fn(sql);
    } finally {
      await sql.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
    }
  } finally {
    await sql.close();
  }
}

/**
 * The start sequence on an open database, in this order (docs/security-start.md):
 * 1. the configuration refusals (secret, APP_URL) — no database access;
 * 2. under the start lock: the "demo account present" refusal (read only, before anything is written), then the
 *    migrations (backup first), the register and knowledge seeds and the demo account (embedded default only).
 *    A second instance waits for the lock and then finds everything done (the seeds compare checksums);
 * 3. the generated auth secret of the embedded default (data/auth-secret) is made sure of.
 */
export async function prepareDatabaseToServe(database: Database, log: Log = console.log): Promise<void> {
  assertStartConfiguration(database.target);
  await withStartLock(database, async (sql) => {
    await assertNoDemoAccount(database, sql);
    await migrateDatabase(database, log, { lockedConnection: sql });
    await seedDatabase(database.prisma, log);
    await seedDemoAccount(database, log);
  });
  resolveAuthSecret(database.target);
}

/**
 * What `npm start` (server.ts) does before serving: refuse a misconfigured production start before the database is
 * even opened, then open it (embedded: take the lock) and prepare it. On failure the database is closed again
 * (releasing the embedded lock) and the error rethrown (ConfigurationError, EmbeddedDatabaseBusyError, …).
 */
export async function startDatabase(purpose: string, log: Log = console.log, target: DatabaseTarget = resolveDatabaseTarget()): Promise<Database> {
  assertStartConfiguration(target);
  const database = await openDatabase(purpose, target);
  try {
    await prepareDatabaseToServe(database, log);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}
