import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import type { Database } from "./client";

export const BACKUP_DIR = path.resolve("backups");

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-").replace("T", "_").slice(0, 19);
}

/**
 * Writes a restorable backup: for the embedded database a gzip'd tar of the PGlite data directory
 * (restore with `npm run db:restore -- <file>`), for a server a `pg_dump --format=custom` file (restore
 * with `pg_restore`). Returns the file written.
 */
export async function backupDatabase(database: Database, reason: string, dir: string = BACKUP_DIR): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const slug = reason.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  if (database.pglite) {
    const file = path.join(dir, `pglite_${timestamp()}_${slug}.tar.gz`);
    const dump = await database.pglite.dumpDataDir("gzip");
    const partial = `${file}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
    return file;
  }
  const target = database.target;
  if (target.kind !== "server") throw new Error("Unbekanntes Datenbankziel.");
  const file = path.join(dir, `postgres_${timestamp()}_${slug}.dump`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn("pg_dump", ["--format=custom", `--file=${file}`, "--dbname", target.url], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", (error) =>
      reject(new Error(`pg_dump konnte nicht gestartet werden (${error.message}). Installieren Sie postgresql-client.`)),
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump endete mit Code ${code}.`))));
  });
  return file;
}
