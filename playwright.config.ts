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

/**
 * Specs that change data other specs read or that depend on server-wide state: the demo organisation's saved
 * self-check, scenarios and workshops, the curated knowledge versions, the page cache. They run one at a time (their
 * own project with one worker), beside the other specs.
 */
const ONE_AT_A_TIME = ["assessment", "comparison", "workshop", "curation", "page-cache"].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two workers: one browser waits for the server while the other renders, so both of CI's cores stay busy. Tests of
  // one file still run in order (layout.spec.ts opts into running its independent page checks in parallel).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // The longest journeys take ~45 s on an idle 2-core machine; with two workers each test shares the cores.
  timeout: 120_000,
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
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: ONE_AT_A_TIME },
    { name: "chromium-one-at-a-time", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: ONE_AT_A_TIME, workers: 1 },
  ],
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
