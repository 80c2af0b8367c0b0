import { backupDatabase } from "./backup";
import type { Database } from "./client";
import { migrate } from "./migrate";

/**
 * Brings a database to the current schema: pending migrations are applied, and when the database already
 * holds data a backup is taken first. Several instances on one PostgreSQL serialise on an advisory lock.
 */
export async function migrateDatabase(database: Database, log: (message: string) => void = console.log): Promise<string[]> {
  const sql = await database.sql();
  try {
    const applied = await migrate(sql, {
      advisoryLock: database.target.kind === "server",
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
    if (database.target.kind === "server") await sql.close();
  }
}
