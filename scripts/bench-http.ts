/**
 * The HTTP part of `npm run bench` (issue 19), against the production build served by server.ts on a fresh embedded
 * database (NEXT_DIST_DIR or .next; skipped with a note when there is no build):
 *   - `GET /` at 50 keep-alive connections for 10 s (a small load loop on node:http): requests per second (goal
 *     ≥ 300) and p99 latency (goal ≤ 500 ms); then, for comparison, the same with a cookie that bypasses the page
 *     cache (every request rendered). The load generator shares the machine with the server.
 *   - first-load JavaScript per route (gzip), beside the budget: the framework floor (the smallest page of the
 *     build) + 30 kB
 *   - `/kreis/{key}` of the largest Kreis signed in as its county organisation, with inventories for every town
 *     (scripts/bench-county-http.ts; goal p95 ≤ 300 ms)
 * `npm run bench -- --http` runs only this part, `npm run bench -- --county-http` only the county page (repeat it with
 * BENCH_RUNS=3: one server, the 30 requests measured that many times). BENCH_PORT chooses the port (default 3307).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { DEMO, measurePage, printWeights, root, signInDemo, startProductionServer } from "./support/production-server";
import { benchCountyPage } from "./bench-county-http";
import { percentile } from "./support/county-fixture";


/** `connections` keep-alive connections sending GET `route` back to back for `seconds`; latencies in ms. */
async function load(baseUrl: string, route: string, connections: number, seconds: number, cookie?: string) {
  const url = new URL(route, baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const request = http.get(url, { agent, headers: { Accept: "text/html", "Accept-Encoding": "gzip", ...(cookie ? { Cookie: cookie } : {}) } }, (response) => {
        response.resume();
        response.on("end", () => {
          if (response.statusCode === 200) latencies.push(performance.now() - t0);
          else errors++;
          resolve();
        });
      });
      request.on("error", () => {
        errors++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const ROUTES = ["/", "/impressum", "/gemeinden?q=D%C3%B6r", `/gemeinde/${DEMO.ags}`, `/gemeinde/${DEMO.ags}/selbstcheck`, `/gemeinde/${DEMO.ags}/selbstcheck/ergebnis`, `/gemeinde/${DEMO.ags}/versorgung`, "/gemeinde/05762024/vergleich", "/wissen", "/wissen/massnahmen", "/anmelden", "/kreis/05766", "/w"];

const benchPort = () => Number(process.env.BENCH_PORT ?? 3307);

/** The production build of NEXT_DIST_DIR served on `port`, or null (said so) when there is no build. */
async function startBuiltServer(port: number): Promise<Awaited<ReturnType<typeof startProductionServer>> | null> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log(`\nHTTP: übersprungen – kein Produktions-Build in ${distDir} (erst \`npx next build\`).`);
    return null;
  }
  return startProductionServer(port);
}

export async function benchHttp(port = benchPort()): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const server = await startBuiltServer(port);
  if (!server) return;
  try {
    const goal = printGoal;
    await load(server.baseUrl, "/", 10, 2); // warm-up
    const result = await load(server.baseUrl, "/", 50, 10);
    console.log(`\nGET / mit 50 Verbindungen, 10 s (Produktions-Build ${distDir}, eingebettete Datenbank; Last ${os.loadavg().map((x) => x.toFixed(2)).join(" ")})`);
    goal("  Anfragen pro Sekunde", result.perSecond, "req/s", 300, true);
    goal("  p99", result.p99, "ms", 500, false);
    console.log(`  (${result.requests} Antworten, p50 ${result.p50.toFixed(1)} ms, ${result.errors} Fehler)`);
    // For comparison: the same page rendered per request (a cookie other than the language keeps it out of the cache).
    const fresh = await load(server.baseUrl, "/", 50, 10, "bench=1");
    console.log(`GET / ohne Seiten-Cache (jede Anfrage gerendert), zum Vergleich: ${fresh.perSecond.toFixed(0)} req/s, p50 ${fresh.p50.toFixed(1)} ms, p99 ${fresh.p99.toFixed(1)} ms, ${fresh.errors} Fehler`);
    const weights = [];
    for (const route of ROUTES) weights.push(await measurePage(server.baseUrl, route));
    const over = printWeights(weights);
    if (over.length > 0) console.log(`  über dem Budget: ${over.map((w) => decodeURIComponent(w.route)).join(", ")}`);
    await benchCountyPage(server.baseUrl, await signInDemo(server.baseUrl), goal, { cpuMs: server.cpuMs });
  } finally {
    server.stop();
  }
}

const printGoal = (label: string, value: number, unit: string, target: number, atLeast: boolean) =>
  console.log(`${label.padEnd(52)} ${value.toFixed(unit === "ms" ? 1 : 0).padStart(10)} ${unit}  Ziel ${atLeast ? "≥" : "≤"} ${target} ${unit}, Verhältnis ${(atLeast ? target / value : value / target).toFixed(2)}`);

/** Only `/kreis/{key}` over HTTP (`npm run bench -- --county-http`), BENCH_RUNS times on one server. */
export async function benchCountyHttp(port = benchPort()): Promise<void> {
  const server = await startBuiltServer(port);
  if (!server) return;
  try {
    const cookie = await signInDemo(server.baseUrl);
    const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
    for (let run = 0; run < runs; run++) {
      console.log(`\nLauf ${run + 1} von ${runs} (Last ${os.loadavg().map((x) => x.toFixed(2)).join(" ")})`);
      await benchCountyPage(server.baseUrl, cookie, printGoal, { setUp: run === 0, cpuMs: server.cpuMs });
    }
    console.log(`Last danach ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  } finally {
    server.stop();
  }
}
