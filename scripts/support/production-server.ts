/**
 * The production build served by server.ts on a fresh embedded database in a temporary directory, on 127.0.0.1 only
 * (as playwright.config.ts and scripts/fuzz.ts start it), for the benchmarks; and the first-load JavaScript of a page
 * (the scripts its HTML loads, each gzip-compressed, plus the inline flight payload).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

export const root = path.resolve(import.meta.dirname, "../..");
export const DEMO = { email: "demo@versorgungslotse.example", password: "Demo-Doerentrup-2026", ags: "05766024" };

/** Extra Node.js flags for the servers a bench starts, e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
export function benchNodeArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
}

export interface ProductionServer {
  baseUrl: string;
  distDir: string;
  /** The server's output so far (for a failure report). */
  log: string[];
  /** The temporary folder of its embedded database: remove it after `stop()`. */
  dataDir: string;
  /** CPU time the server process has used so far (user + system, ms; from /proc, NaN where there is none). */
  cpuMs: () => number;
  stop: () => void;
}

export async function startProductionServer(port: number): Promise<ProductionServer> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`Kein Produktions-Build in ${distDir}: erst \`NEXT_DIST_DIR=${distDir} npx next build\`.`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "versorgungslotse-bench-"));
  const log: string[] = [];
  const server = spawn(process.execPath, [...benchNodeArgs(), "--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", PGLITE_DATA_DIR: path.join(tmp, "pglite"), DATABASE_URL: "", NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (c: Buffer) => log.push(c.toString()));
  server.stderr?.on("data", (c: Buffer) => log.push(c.toString()));
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("exit", stop);
  process.on("SIGINT", () => process.exit(130));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Der Server ist beendet (Code ${server.exitCode}):\n${log.join("")}`);
    if (Date.now() > deadline) throw new Error(`Der Server antwortet nicht auf /api/health:\n${log.join("")}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const cpuMs = () => {
    try {
      // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks (100 per second on Linux), after the "(name)".
      const fields = fs.readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return ((Number(fields[11]) + Number(fields[12])) / 100) * 1000;
    } catch {
      return Number.NaN;
    }
  };
  return { baseUrl, distDir, log, dataDir: tmp, stop, cpuMs };
}

/** Signs the demo user in (one request: sign-in is rate limited) and returns the session cookie. */
export async function signInDemo(baseUrl: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseUrl },
    body: JSON.stringify({ email: DEMO.email, password: DEMO.password }),
  });
  const cookie = answer.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!answer.ok || !cookie) throw new Error(`Anmeldung als Demo-Nutzer fehlgeschlagen: ${answer.status}`);
  return cookie;
}

/** The first organisation of the signed-in user (for the workshop pages), if any. */
export async function firstOrganisationId(baseUrl: string, cookie: string): Promise<string | undefined> {
  const answer = await fetch(`${baseUrl}/api/v1/organisations`, { headers: { Accept: "application/json", Cookie: cookie } });
  const body = (await answer.json().catch(() => ({}))) as { data?: Array<{ id?: string }> };
  return Array.isArray(body.data) ? body.data[0]?.id : undefined;
}

export interface PageWeight {
  route: string;
  status: number;
  /** HTML as sent, gzip. */
  htmlGzip: number;
  /** Every `<script src>` of the page (not the `noModule` polyfills a modern browser skips), gzip, summed. */
  scriptsGzip: number;
  /** Inline scripts (the RSC flight payload `self.__next_f`), raw bytes. */
  inlineBytes: number;
  scripts: string[];
}

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length;
const scriptCache = new Map<string, number>();

/** Fetches a page, then each script its HTML loads; sizes are gzip as a browser would receive them compressed. */
export async function measurePage(baseUrl: string, route: string, cookie?: string): Promise<PageWeight> {
  const answer = await fetch(`${baseUrl}${route}`, { headers: { "Accept-Language": "de-DE", ...(cookie ? { Cookie: cookie } : {}) }, redirect: "manual" });
  const html = await answer.text();
  const scripts = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let scriptsGzip = 0;
  for (const src of scripts) {
    let size = scriptCache.get(src);
    if (size === undefined) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      size = gzipSize(body);
      scriptCache.set(src, size);
    }
    scriptsGzip += size;
  }
  const inlineBytes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ""), 0);
  return { route, status: answer.status, htmlGzip: gzipSize(html), scriptsGzip, inlineBytes, scripts };
}

/** Issue 19: first-load JS per route ≤ the framework floor + 30 kB gzip. */
export const JS_BUDGET_BYTES = 30_000;

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** Prints first-load JS per route beside the budget (floor = the smallest page measured, + 30 kB); returns the pages over it. */
export function printWeights(weights: PageWeight[]): PageWeight[] {
  const floor = Math.min(...weights.filter((w) => w.status === 200).map((w) => w.scriptsGzip));
  const budget = floor + JS_BUDGET_BYTES;
  console.log(`\nErstes JavaScript je Route (gzip): Boden ${kB(floor)} kB (kleinste gemessene Seite), Budget Boden + 30 kB = ${kB(budget)} kB`);
  console.log(`${"Route".padEnd(44)} ${"JS gzip".padStart(10)} ${"Verhältnis".padStart(10)} ${"Inline".padStart(10)} ${"HTML gzip".padStart(10)}`);
  for (const w of weights) {
    console.log(
      `${decodeURIComponent(w.route).padEnd(44)} ${`${kB(w.scriptsGzip)} kB`.padStart(10)} ${(w.scriptsGzip / budget).toFixed(2).padStart(10)} ${`${kB(w.inlineBytes)} kB`.padStart(10)} ${`${kB(w.htmlGzip)} kB`.padStart(10)}${w.status === 200 ? "" : `  (HTTP ${w.status})`}`,
    );
  }
  return weights.filter((w) => w.scriptsGzip > budget);
}
