import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./sql";

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in Prisma's own `_prisma_migrations`
 * table with the same checksum Prisma uses, so `prisma migrate status` agrees. One runner for PGlite and
 * PostgreSQL: the same SQL on both (docs/decisions/0002-migrations.md).
 */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "..", "prisma", "migrations");

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Serialises migrations and seeds of several app instances starting at once on one PostgreSQL server (one key for both). */
export const ADVISORY_LOCK_KEY = 7_270_736_901;

export interface MigrationPlan {
  applied: string[];
  pending: Migration[];
  /** Whether the database already holds application tables (a backup is worth taking before migrating). */
  hasData: boolean;
}

export async function planMigrations(db: SqlConnection, migrations = readMigrations()): Promise<MigrationPlan> {
  await db.exec(MIGRATIONS_TABLE);
  const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  for (const row of rows) {
    if (!row.finished_at) {
      throw new Error(
        `Die Migration ${row.migration_name} wurde begonnen, aber nicht abgeschlossen. ` +
          `Prüfen Sie die Datenbank und stellen Sie ggf. die Sicherung aus backups/ wieder her.`,
      );
    }
  }
  for (const migration of migrations) {
    const row = byName.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new Error(
        `Die Migration ${migration.name} wurde nach dem Anwenden verändert (Prüfsumme weicht ab). ` +
          `Migrationen sind unveränderlich: legen Sie eine neue an.`,
      );
    }
  }
  const tables = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  return {
    applied: rows.map((row) => row.migration_name),
    pending: migrations.filter((migration) => !byName.has(migration.name)),
    hasData: (tables[0]?.n ?? 0) > 0,
  };
}

export interface MigrateOptions {
  /** Called once before the first pending migration runs on a database that already holds data. */
  beforeApply?: (plan: MigrationPlan) => Promise<void>;
  /** Take a PostgreSQL advisory lock (server databases with several instances). */
  advisoryLock?: boolean;
  log?: (message: string) => void;
}

export async function migrate(db: SqlConnection, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  if (options.advisoryLock) await db.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    const plan = await planMigrations(db);
    if (plan.pending.length === 0) return [];
    if (plan.hasData && options.beforeApply) await options.beforeApply(plan);
    for (const migration of plan.pending) {
      log(`Migration ${migration.name} …`);
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
      });
    }
    return plan.pending.map((migration) => migration.name);
  } finally {
    if (options.advisoryLock) await db.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
  }
}
