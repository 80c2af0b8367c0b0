// `npm run db:migrate`: apply pending migrations (a backup is taken first when the database holds data), then seed —
// both under the start lock (lib/server/use-cases/prepare-database.ts), so it takes turns with servers starting on the same PostgreSQL.
import { runCli } from "@/lib/server/db/cli";
import { migrateDatabase, withStartLock } from "@/lib/server/use-cases/prepare-database";
import { seedDatabase } from "@/prisma/seed/index";

await runCli("db:migrate", async (database) => {
  await withStartLock(database, async (sql) => {
    const applied = await migrateDatabase(database, console.log, { lockedConnection: sql });
    if (applied.length === 0) console.log("Keine ausstehenden Migrationen.");
    if (!process.argv.includes("--no-seed")) await seedDatabase(database.prisma);
  });
});
