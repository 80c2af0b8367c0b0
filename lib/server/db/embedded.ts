import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import util from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The embedded database (PGlite) may be opened by one process only: PGlite takes no lock itself, and two
 * writers corrupt the directory (pglite#1106). We guard it with a lock file beside the data directory that
 * names its owner. See docs/decisions/0001-embedded-database.md.
 *
 * The lock is keyed by the directory's resolved real path (symlinks and `..` resolved), so a second opener that
 * reaches the same directory through a symlink or another spelling of the path finds the same lock file.
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
      `Die eingebettete Datenbank ${dataDir}${describeRealPath(dataDir)} ist bereits geöffnet von Prozess ${owner.pid} ` +
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

/** A readable German description of whatever PGlite threw (it sometimes throws plain objects, not Errors). */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    for (const key of ["message", "reason", "error"]) {
      if (typeof record[key] === "string" && record[key] !== "") return record[key];
    }
    return `unbekannter Fehler: ${util.inspect(error, { depth: 2, breakLength: Infinity })}`;
  }
  return `unbekannter Fehler: ${String(error)}`;
}

/**
 * The real path of a data directory: symlinks resolved. For a directory that does not exist yet, the nearest
 * existing ancestor is resolved and the rest appended, so the key does not change once it is created.
 */
export function realDataDir(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...rest.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function describeRealPath(dataDir: string): string {
  const real = realDataDir(dataDir);
  return real === path.resolve(dataDir) ? "" : ` (tatsächlich ${real})`;
}

/** The lock file beside the data directory, keyed by its real path. */
export function lockFilePath(dataDir: string): string {
  return `${realDataDir(dataDir)}.lock`;
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
      // A lock naming this very PID is a previous incarnation's (PID reuse after kill -9 in a container).
      if (owner && owner.pid !== process.pid && owner.hostname === os.hostname() && isAlive(owner.pid)) {
        throw new EmbeddedDatabaseBusyError(dataDir, owner);
      }
      // Stale lock of a process that is gone: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Die Sperrdatei ${file} konnte nicht angelegt werden.`);
}

/**
 * Before postmaster.pid is moved aside: this process must still own the lock file (nobody took it over), and the
 * PID in the file's first line must not be another live process (PGlite itself writes -42 there).
 */
function assertStalePidFile(dataDir: string, pidFile: string, cause: unknown): void {
  const owner = readLockOwner(dataDir);
  if (!owner || owner.pid !== process.pid || owner.hostname !== os.hostname()) {
    if (owner && owner.hostname === os.hostname() && isAlive(owner.pid)) throw new EmbeddedDatabaseBusyError(dataDir, owner);
    throw new EmbeddedDatabaseOpenError(dataDir, cause);
  }
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0]?.trim() ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
    throw new EmbeddedDatabaseBusyError(dataDir, { pid, hostname: os.hostname(), purpose: "laut postmaster.pid", startedAt: "unbekannt" });
  }
}

export const PGLITE_EXTENSIONS = { pg_trgm };

export interface EmbeddedDatabase {
  pglite: PGlite;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Opens the embedded database for this process: directory, then lock (by its real path), then PGlite. When the
 * directory does not open and a stale postmaster.pid is the likely cause (pglite#884), that file is moved aside
 * (never deleted) and the open is tried once more — but only while this process still holds the lock and the file
 * names no other live process; otherwise the error says how to restore a backup.
 */
export async function openEmbeddedDatabase(dataDir: string, purpose: string): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(dataDir, purpose);
  try {
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
    } catch (firstError) {
      const pidFile = path.join(dataDir, "postmaster.pid");
      if (!fs.existsSync(pidFile)) throw new EmbeddedDatabaseOpenError(dataDir, firstError);
      assertStalePidFile(dataDir, pidFile, firstError);
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
