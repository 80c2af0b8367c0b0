// `npm run db:migrate`: apply pending migrations (a backup is taken first when the database holds data), then seed.
import { runCli } from "@/lib/db/cli";
import { migrateDatabase } from "@/lib/db/prepare";
import { seedDatabase } from "@/prisma/seed/index";

await runCli("db:migrate", async (database) => {
  const applied = await migrateDatabase(database);
  if (applied.length === 0) console.log("Keine ausstehenden Migrationen.");
  if (!process.argv.includes("--no-seed")) await seedDatabase(database.prisma);
});
