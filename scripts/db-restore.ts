// `npm run db:restore -- <backup.tar.gz>`: restore an embedded-database backup. The current data directory is
// moved aside (never deleted); the server must not be running.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { resolveDatabaseTarget } from "@/lib/server/config/database";
import { acquireLock, EmbeddedDatabaseBusyError, PGLITE_EXTENSIONS } from "@/lib/server/db/embedded";

const file = process.argv[2];
const target = resolveDatabaseTarget();
if (target.kind !== "embedded") {
  console.error("db:restore gilt für die eingebettete Datenbank. Für PostgreSQL: pg_restore --clean --dbname <DATABASE_URL> <datei>.");
  process.exit(2);
}
if (!file || !fs.existsSync(file)) {
  console.error("Aufruf: npm run db:restore -- backups/<datei>.tar.gz");
  process.exit(2);
}
let release: () => void;
try {
  release = acquireLock(target.dataDir, "db:restore");
} catch (error) {
  if (error instanceof EmbeddedDatabaseBusyError) {
    console.error(`${error.message}\nEs wurde nichts geändert.`);
    process.exit(3);
  }
  throw error;
}
try {
  if (fs.existsSync(target.dataDir)) {
    const aside = `${target.dataDir}.vor-wiederherstellung-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(target.dataDir, aside);
    console.log(`Bisheriges Verzeichnis beiseitegelegt: ${aside}`);
  }
  const blob = new Blob([fs.readFileSync(file)]);
  const pglite = await PGlite.create(target.dataDir, { loadDataDir: blob, extensions: PGLITE_EXTENSIONS });
  const { rows } = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
  await pglite.close();
  console.log(`Wiederhergestellt nach ${target.dataDir} (${rows[0]?.n ?? 0} Migrationen verzeichnet).`);
} finally {
  release();
}
process.exit(0);
