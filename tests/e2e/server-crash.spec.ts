import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The real production server on the embedded database, killed with SIGKILL in the middle of a burst of writes
 * through its API: after a restart every write it acknowledged is there. While it runs, a second process that wants
 * the database (a CLI) is refused at once, naming the server's PID. Runs its own server on its own port and data
 * directory, beside the one the other e2e tests use.
 */
const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3210) + 57;
const base = `http://127.0.0.1:${port}`;
const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vl-server-crash-")), "pglite");
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  PORT: String(port),
  HOST: "127.0.0.1",
  PGLITE_DATA_DIR: dataDir,
  DATABASE_URL: "",
};

function startServer(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: root, env, stdio: "ignore" });
}

async function waitForHealth(deadline = Date.now() + 120_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("server did not become healthy");
}

test("SIGKILL during a burst of API writes loses no acknowledged row; a second opener is refused meanwhile", async () => {
  test.setTimeout(240_000);
  let server = startServer();
  try {
    await waitForHealth();
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "burst@e2e.test", password: "lang-genug-123", name: "Burst" }),
    });
    expect(signUp.ok).toBe(true);
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const headers = { "content-type": "application/json", origin: base, cookie };

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const response = await fetch(`${base}/api/v1/organisations`, {
            method: "POST",
            headers,
            body: JSON.stringify({ kind: "TOWN", ags: "05766024", name: `Burst ${worker}-${i}` }),
          });
          if (response.status === 201) acknowledged.push(((await response.json()) as { data: { id: string } }).data.id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2].map(writer);
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 20));

    // A CLI that wants the embedded database while the server holds it is refused at once.
    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-municipalities.ts"], { cwd: root, env, encoding: "utf8", timeout: 60_000 });
    expect(cli.status).toBe(3);
    expect(cli.stderr).toContain(`bereits geöffnet von Prozess ${server.pid}`);

    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 5));
    server.kill("SIGKILL"); // requests are in flight
    await new Promise((resolve) => server.once("exit", resolve));
    stop = true;
    await Promise.all(writers);
    const committed = [...acknowledged];

    server = startServer();
    await waitForHealth();
    const list = await fetch(`${base}/api/v1/organisations`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const ids = new Set(((await list.json()) as { data: Array<{ id: string }> }).data.map((organisation) => organisation.id));
    expect(committed.filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(committed.length);
  } finally {
    server.kill("SIGTERM");
  }
});
