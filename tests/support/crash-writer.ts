/**
 * Child process for the durability test: opens the embedded database exactly like the server does (lock, PGlite,
 * migrations), then commits a burst of transactions and prints the id of each one after its commit returned.
 * The test kills this process with SIGKILL in the middle of the burst.
 */
import { openDatabase } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/use-cases/prepare-database";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: crash-writer <dataDir>");
const database = await openDatabase("crash-writer (Test)", { kind: "embedded", dataDir });
await migrateDatabase(database, () => {});
process.stdout.write("ready\n");
for (let i = 0; ; i++) {
  const organisation = await database.prisma.$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: { name: `Burst ${i}`, kind: "TOWN" } });
    await tx.organisation.update({ where: { id: created.id }, data: { name: `Burst ${i} (bestätigt)` } });
    return created;
  });
  process.stdout.write(`committed ${organisation.id}\n`);
}
