// `npm run db:reset`: set the embedded database aside (never deleted) and build a fresh one (migrate + seed).
import fs from "node:fs";
import { runCli } from "@/lib/server/db/cli";
import { resolveDatabaseTarget } from "@/lib/server/config/database";
import { currentOwner } from "@/lib/server/db/embedded";
import { migrateDatabase } from "@/lib/server/use-cases/prepare-database";
import { seedDatabase } from "@/prisma/seed/index";

const target = resolveDatabaseTarget();
if (target.kind !== "embedded") {
  console.error("db:reset gilt nur für die eingebettete Datenbank; einen PostgreSQL-Server setzen Sie selbst zurück.");
  process.exit(2);
}
const owner = currentOwner(target.dataDir);
if (owner) {
  console.error(`Die Datenbank ist von Prozess ${owner.pid} (${owner.purpose}) geöffnet. Beenden Sie ihn zuerst.`);
  process.exit(3);
}
if (fs.existsSync(target.dataDir)) {
  const aside = `${target.dataDir}.zurueckgesetzt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  fs.renameSync(target.dataDir, aside);
  console.log(`Bisherige Datenbank beiseitegelegt: ${aside}`);
}
await runCli("db:reset", async (database) => {
  await migrateDatabase(database);
  await seedDatabase(database.prisma);
});
