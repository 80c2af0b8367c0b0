import path from "node:path";
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive Debian's Chromium (no browser download) against the production build served by
 * server.ts on a fresh embedded database in a temporary directory. Build first (`npm test` does it).
 * E2E_PORT and NEXT_DIST_DIR let several runs share a machine.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `versorgungslotse-e2e-${port}-${process.pid}`, "pglite");
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "de-DE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node --import tsx server.ts`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      // The tests read mails (verification, password reset) in the development mailbox: opt in, loopback only.
      DEV_MAILBOX: "1",
      // Every browser of the suite signs in from 127.0.0.1, more often than the default 10 per minute allows.
      SIGN_IN_PER_MINUTE: "120",
      SIGN_UP_PER_HOUR: "1000",
      // The platform operator of the e2e installation (tests/e2e/curation.spec.ts signs up and confirms it).
      PLATFORM_OPERATOR_EMAILS: "betrieb@e2e.test",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
