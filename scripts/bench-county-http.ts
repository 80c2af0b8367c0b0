/**
 * `/kreis/{key}` through the production server (issue 17: "the /kreis/{key} server response time for the largest Kreis
 * with inventories for all its towns", goal p95 ≤ 300 ms on the embedded database). Part of the HTTP bench
 * (scripts/bench-http.ts), on its server:
 *   1. the demo user founds a county organisation for the Kreis with the most municipalities (POST /api/v1/organisations)
 *      and imports a county-wide file with two facilities for every town (POST …/county-providers, text/csv) — the
 *      same API a county uses;
 *   2. the signed-in county page is fetched 3 times to warm up, then 30 times one after the other: the whole response
 *      (database, screening, React rendering, HTML sent), p50/p95. The page must show the organisation's part.
 */
import fs from "node:fs";
import { parseGv100 } from "@/lib/server/import/gv100";
import { defaultRegisterFile } from "@/prisma/seed/municipalities";
import { countyBenchCsv, largestKreis, percentile } from "./support/county-fixture";

async function apiPost(baseUrl: string, cookie: string, route: string, body: string, contentType: string): Promise<unknown> {
  const answer = await fetch(`${baseUrl}${route}`, { method: "POST", headers: { Cookie: cookie, Origin: baseUrl, "Content-Type": contentType, Accept: "application/json" }, body });
  const text = await answer.text();
  if (!answer.ok) throw new Error(`POST ${route}: ${answer.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

export async function benchCountyPage(
  baseUrl: string,
  cookie: string,
  goal: (label: string, value: number, unit: string, target: number, atLeast: boolean) => void,
  options: { setUp?: boolean; cpuMs?: () => number } = {},
): Promise<void> {
  const { key, towns } = largestKreis(parseGv100(fs.readFileSync(defaultRegisterFile(), "utf8")).municipalities);
  const orgName = `Kreis ${key} (Messung)`;
  if (options.setUp !== false) {
    const created = (await apiPost(baseUrl, cookie, "/api/v1/organisations", JSON.stringify({ kind: "COUNTY", kreisKey: key, name: orgName }), "application/json")) as { data: { id: string } };
    const csv = countyBenchCsv(towns);
    await apiPost(baseUrl, cookie, `/api/v1/organisations/${created.data.id}/county-providers?mode=apply`, csv, "text/csv; charset=utf-8");
  }

  const page = async () => {
    const t0 = performance.now();
    const answer = await fetch(`${baseUrl}/kreis/${key}`, { headers: { Cookie: cookie, Accept: "text/html", "Accept-Encoding": "gzip" } });
    const html = await answer.text();
    const ms = performance.now() - t0;
    if (answer.status !== 200 || !html.includes(orgName)) throw new Error(`/kreis/${key}: ${answer.status}, der Teil der Kreisorganisation fehlt`);
    return ms;
  };
  // A running server's figure, not its first minute: V8 optimises the render path over the first ten or so requests
  // (on a quiet machine three warm-up requests left p95 at ~320 ms, ten at ~225 ms).
  for (let i = 0; i < 10; i++) await page();
  const first = await (await fetch(`${baseUrl}/kreis/${key}`, { headers: { Cookie: cookie, Accept: "text/html" } })).text();
  const flight = [...first.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ""), 0);
  const ms: number[] = [];
  const cpu0 = options.cpuMs?.() ?? Number.NaN;
  for (let i = 0; i < 30; i++) ms.push(await page());
  const cpuPerRequest = ((options.cpuMs?.() ?? Number.NaN) - cpu0) / 30;
  ms.sort((a, b) => a - b);
  console.log(`\n/kreis/${key} über HTTP, angemeldet als Kreisorganisation (${towns.length} Gemeinden, je 2 Einrichtungen; ganze Antwort mit Rendering, 30 nacheinander)`);
  console.log(`${"  p50".padEnd(52)} ${percentile(ms, 50).toFixed(1).padStart(10)} ms`);
  goal("  p95", percentile(ms, 95), "ms", 300, false);
  console.log(`${"  HTML (erste Ansicht), davon Inline-Skripte".padEnd(52)} ${(Buffer.byteLength(first) / 1000).toFixed(0).padStart(10)} kB, ${(flight / 1000).toFixed(0)} kB`);
  // The server's own CPU time per request (all its threads): less dependent on what else the machine runs than the time.
  if (Number.isFinite(cpuPerRequest)) console.log(`${"  Server-CPU je Anfrage (Mittel)".padEnd(52)} ${cpuPerRequest.toFixed(1).padStart(10)} ms`);
}
