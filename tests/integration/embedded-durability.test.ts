import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/server/db/client";
import { acquireLock, describe as describeError, EmbeddedDatabaseBusyError, EmbeddedDatabaseOpenError, lockFilePath } from "@/lib/server/db/embedded";

const root = path.resolve(import.meta.dirname, "../..");
// `node --import tsx` (not the tsx binary, which forks another node): the PID we see is the process holding the database.
const runTs = (script: string, ...args: string[]) => [process.execPath, ["--import", "tsx", script, ...args]] as const;

function startWriter(dataDir: string): { child: ChildProcess; committed: string[]; ready: Promise<void>; count: (n: number) => Promise<void> } {
  const [command, args] = runTs("tests/support/crash-writer.ts", dataDir);
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const committed: string[] = [];
  let buffer = "";
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") readyResolve();
      if (line.startsWith("committed ")) committed.push(line.slice("committed ".length));
    }
    for (const waiter of waiters.filter((w) => committed.length >= w.n)) waiter.resolve();
  });
  child.on("exit", (code, signal) => {
    if (signal !== "SIGKILL") throw new Error(`writer exited early (${code}): ${stderr}`);
  });
  return {
    child,
    committed,
    ready,
    count: (n) => new Promise((resolve) => (committed.length >= n ? resolve() : waiters.push({ n, resolve }))),
  };
}

describe("embedded database (PGlite) durability and single-process guard", () => {
  it("keeps every committed row after SIGKILL in a burst of writes, and refuses a second process meanwhile", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vl-crash-")), "pglite");
    const writer = startWriter(dataDir);
    await writer.ready;
    await writer.count(40);

    // A second process that wants the database while the writer holds it is refused at once, naming the owner.
    const second = spawnSync(...runTs("scripts/import-municipalities.ts"), {
      cwd: root,
      env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`bereits geöffnet von Prozess ${writer.child.pid}`);
    expect(second.stderr).toContain("es wurde nichts geändert");

    await writer.count(writer.committed.length + 20);
    writer.child.kill("SIGKILL");
    await new Promise((resolve) => writer.child.once("exit", resolve));
    const acknowledged = [...writer.committed];
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(true); // left behind by the killed process

    // The next start takes over the stale lock, opens the directory and finds every acknowledged row.
    const database = await openDatabase("durability test", { kind: "embedded", dataDir });
    try {
      const rows = await database.prisma.organisation.findMany({ where: { id: { in: acknowledged } } });
      expect(rows).toHaveLength(acknowledged.length);
      expect(rows.every((row) => row.name.endsWith("(bestätigt)"))).toBe(true);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(lockFilePath(dataDir))).toBe(false);
  });

  it("a second opener in the same situation gets EmbeddedDatabaseBusyError with the owner's PID and purpose", () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vl-lock-")), "pglite");
    const lock = path.join(path.dirname(dataDir), "pglite.lock");
    // A live owner: the parent of this test process (certainly running).
    fs.writeFileSync(
      lock,
      JSON.stringify({ pid: process.ppid, hostname: os.hostname(), purpose: "Server (npm start, Port 3000)", startedAt: "heute" }),
    );
    try {
      acquireLock(dataDir, "zweiter Prozess");
      expect.fail("lock should be refused");
    } catch (error) {
      expect(error).toBeInstanceOf(EmbeddedDatabaseBusyError);
      expect((error as Error).message).toContain(`Prozess ${process.ppid} (Server (npm start, Port 3000)`);
    }
  });

  it("a second opener through a symlink to the held directory is refused with the PID, and postmaster.pid is left alone", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "vl-link-"));
    const dataDir = path.join(parent, "pglite");
    const writer = startWriter(dataDir);
    try {
      await writer.ready;
      const pidFile = path.join(dataDir, "postmaster.pid");
      expect(fs.existsSync(pidFile)).toBe(true);
      const before = { content: fs.readFileSync(pidFile, "utf8"), mtime: fs.statSync(pidFile).mtimeMs, entries: fs.readdirSync(dataDir).sort() };
      const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vl-link-other-")), "daten");
      fs.symlinkSync(dataDir, link);
      expect(lockFilePath(link)).toBe(lockFilePath(dataDir));

      const error = await openDatabase("über den Symlink", { kind: "embedded", dataDir: link }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EmbeddedDatabaseBusyError);
      const message = (error as Error).message;
      expect(message).toContain(`bereits geöffnet von Prozess ${writer.child.pid} (crash-writer (Test)`);
      expect(message).toContain(`tatsächlich ${fs.realpathSync(dataDir)}`);
      expect(message).not.toContain("[object Object]");
      expect(fs.readFileSync(pidFile, "utf8")).toBe(before.content);
      expect(fs.statSync(pidFile).mtimeMs).toBe(before.mtime);
      expect(fs.readdirSync(dataDir).filter((name) => name.includes(".stale-"))).toEqual([]);
      // The lock still names the writer (the refused opener did not take it over or remove it).
      expect(JSON.parse(fs.readFileSync(lockFilePath(dataDir), "utf8")).pid).toBe(writer.child.pid);
    } finally {
      writer.child.kill("SIGKILL");
      await new Promise((resolve) => writer.child.once("exit", resolve));
    }
  });

  it("an open error names what PGlite threw in German, also when it is not an Error", () => {
    expect(new EmbeddedDatabaseOpenError("/daten", { code: 42 }).message).not.toContain("[object Object]");
    expect(describeError({ code: 42 })).toBe("unbekannter Fehler: { code: 42 }");
    expect(describeError({ message: "Aborted()" })).toBe("Aborted()");
  });
});
