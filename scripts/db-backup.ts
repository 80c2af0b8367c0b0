// `npm run db:backup`: write a restorable backup to backups/ (PGlite: tar.gz of the data directory; server: pg_dump).
import { backupDatabase } from "@/lib/server/db/backup";
import { runCli } from "@/lib/server/db/cli";

await runCli("db:backup", async (database) => {
  const file = await backupDatabase(database, "manuell");
  console.log(`Sicherung geschrieben: ${file}`);
  console.log(
    database.pglite
      ? `Wiederherstellen: npm run db:restore -- ${file}`
      : `Wiederherstellen: pg_restore --clean --dbname <DATABASE_URL> ${file}`,
  );
});
