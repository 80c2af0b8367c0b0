import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Issue 12, finding 8: the build the e2e tests use is made without APP_URL. Started with an https APP_URL, the same
 * build sends Strict-Transport-Security on pages, API answers and static files — the header is decided at run time.
 * The server also keeps the development mailbox closed without DEV_MAILBOX, even to loopback with a forged header.
 * Runs its own server on its own port and data directory.
 */
const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3210) + 61;
const base = `http://127.0.0.1:${port}`;

test("a build without APP_URL, started with an https APP_URL, sends HSTS; the mailbox stays closed without the opt-in", async () => {
  test.setTimeout(180_000);
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vl-hsts-")), "pglite");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    APP_URL: "https://versorgungslotse.example.de",
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: "",
    DEV_MAILBOX: "",
  };
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], { cwd: root, env, stdio: "ignore" });
  try {
    const deadline = Date.now() + 150_000;
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error("server did not become healthy");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const url of ["/", "/api/health", "/anmelden", "/_next/static/gibt-es-nicht.js"]) {
      const response = await fetch(`${base}${url}`);
      expect(response.headers.get("strict-transport-security"), url).toBe("max-age=63072000; includeSubDomains");
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
    }
    const mailbox = await fetch(`${base}/dev/postfach`, { headers: { "x-vl-client-ip": "127.0.0.1", "x-forwarded-for": "127.0.0.1" } });
    expect(mailbox.status).toBe(404);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
});
