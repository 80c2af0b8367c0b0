import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The embedded database (PGlite) may be opened by one process only: PGlite takes no lock itself, and two
 * writers corrupt the directory (pglite#1106). We guard it with a lock file beside the data directory that
 * names its owner. See docs/decisions/0001-embedded-database.md.
 */
export interface LockOwner {
  pid: number;
  hostname: string;
  purpose: string;
  startedAt: string;
}

export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `Die eingebettete Datenbank ${dataDir} ist bereits geöffnet von Prozess ${owner.pid} ` +
        `(${owner.purpose}, seit ${owner.startedAt}). Nur ein Prozess darf sie öffnen. ` +
        `Beenden Sie diesen Prozess (z. B. den Server mit Strg+C) und versuchen Sie es erneut.`,
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

export class EmbeddedDatabaseOpenError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    super(
      `Die eingebettete Datenbank ${dataDir} lässt sich nicht öffnen (${describe(cause)}). ` +
        `Es wurde nichts gelöscht. Stellen Sie die letzte Sicherung wieder her: ` +
        `npm run db:restore -- backups/<datei>.tar.gz (legt das alte Verzeichnis beiseite), ` +
        `oder melden Sie den Fehler mit dem Verzeichnis ${dataDir}.`,
      { cause },
    );
    this.name = "EmbeddedDatabaseOpenError";
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function lockFilePath(dataDir: string): string {
  return `${dataDir}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(lockFilePath(dataDir), "utf8")) as LockOwner;
  } catch {
    return null;
  }
}

/** The live owner of the embedded database, or null when nobody holds it. */
export function currentOwner(dataDir: string): LockOwner | null {
  const owner = readLockOwner(dataDir);
  return owner && owner.hostname === os.hostname() && isAlive(owner.pid) ? owner : null;
}

/**
 * Takes the lock for this process. A lock left behind by a dead process (a crash, kill -9) is taken over;
 * a live owner makes this fail at once with its PID and purpose.
 */
export function acquireLock(dataDir: string, purpose: string): () => void {
  const file = lockFilePath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), purpose, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me, null, 2), { flag: "wx", mode: 0o600 });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const owner = readLockOwner(dataDir);
        if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readLockOwner(dataDir);
      if (owner && owner.pid !== process.pid && owner.hostname === os.hostname() && isAlive(owner.pid)) {
        throw new EmbeddedDatabaseBusyError(dataDir, owner);
      }
      // Stale lock of a process that is gone: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Die Sperrdatei ${file} konnte nicht angelegt werden.`);
}

export const PGLITE_EXTENSIONS = { pg_trgm };

export interface EmbeddedDatabase {
  pglite: PGlite;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Opens the embedded database for this process: lock first, then PGlite. When the directory does not open
 * and a stale postmaster.pid is the likely cause (pglite#884), that file is moved aside (never deleted) and
 * the open is tried once more; otherwise the error says how to restore a backup.
 */
export async function openEmbeddedDatabase(dataDir: string, purpose: string): Promise<EmbeddedDatabase> {
  const release = acquireLock(dataDir, purpose);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
    } catch (firstError) {
      const pidFile = path.join(dataDir, "postmaster.pid");
      if (!fs.existsSync(pidFile)) throw new EmbeddedDatabaseOpenError(dataDir, firstError);
      const aside = `${pidFile}.stale-${Date.now()}`;
      fs.renameSync(pidFile, aside);
      console.warn(`[db] Veraltete ${pidFile} nach ${aside} verschoben; öffne erneut.`);
      try {
        pglite = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
      } catch (secondError) {
        throw new EmbeddedDatabaseOpenError(dataDir, secondError);
      }
    }
    let closed = false;
    return {
      pglite,
      dataDir,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** A throw-away in-memory PGlite (tests and benchmarks). */
export async function openInMemoryDatabase(): Promise<PGlite> {
  return PGlite.create({ extensions: PGLITE_EXTENSIONS });
}
