/**
 * `npm run bench:lighthouse [-- --runs N --only TEXT --port P --chrome-port P --save DIR]`: Lighthouse 12 (mobile preset:
 * simulated slow 4G and 4× CPU slowdown on a Moto G Power–sized screen) against the production build served by
 * server.ts on a fresh embedded database, driving Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH). For each
 * route the median of N runs (default 3) of the performance score, LCP, TBT and CLS, each beside its goal (issue 19:
 * ≥ 95, ≤ 2.5 s, ≤ 200 ms, ≤ 0.1), plus the accessibility score; then the first-load JavaScript per route (gzip)
 * beside the budget: the framework floor (the smallest page of this build) + 30 kB.
 * The plan and workshop pages need a session: the demo user signs in once and Lighthouse sends its cookie.
 * Build first (`NEXT_DIST_DIR=.next-x npx next build`; the script uses NEXT_DIST_DIR or .next). The machine's load
 * average is printed with the figures: on a shared machine they are noisy.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { DEMO, firstOrganisationId, measurePage, printWeights, signInDemo, startProductionServer } from "./support/production-server";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}
const runs = Number(option("runs", "3"));
const only = option("only", "");
const port = Number(option("port", "3316")); // not 3306: MariaDB listens there on these machines
const chromePort = Number(option("chrome-port", String(port + 6000)));
/** `--save DIR` keeps each run's full Lighthouse report (JSON) there, to see what an LCP or TBT is made of. */
const saveDir = option("save", "");

const GOALS = { score: 95, lcpMs: 2500, tbtMs: 200, cls: 0.1 };

interface Route {
  path: string;
  session?: boolean;
}

function routes(orgId: string | undefined): Route[] {
  const list: Route[] = [
    { path: "/" },
    { path: "/gemeinden?q=D%C3%B6r" },
    { path: `/gemeinde/${DEMO.ags}` },
    { path: `/gemeinde/${DEMO.ags}/selbstcheck` },
    { path: `/gemeinde/${DEMO.ags}/selbstcheck/ergebnis` },
    { path: `/gemeinde/${DEMO.ags}/versorgung` },
    // Signed out the supply check is its sign-in prompt; the tool itself (figures, tables, inventory) needs a session.
    { path: `/gemeinde/${DEMO.ags}/versorgung`, session: true },
    { path: "/gemeinde/05762024/vergleich" },
    { path: "/wissen" },
    { path: "/wissen/massnahmen" },
    { path: "/anmelden" },
    { path: "/kreis/05766" },
    { path: "/w" },
    { path: `/gemeinde/${DEMO.ags}/massnahmenplan`, session: true },
  ];
  if (orgId) list.push({ path: `/organisationen/${orgId}/workshops`, session: true });
  // `--only` takes several texts separated by commas; one that starts with "=" is a whole path (`--only =/,=/wissen`).
  const texts = only.split(",");
  return list.filter((r) => texts.some((text) => (text.startsWith("=") ? r.path === text.slice(1) : r.path.includes(text))));
}

const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function startChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "versorgungslotse-lighthouse-"));
  const chrome = spawn(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [...CHROME_FLAGS, `--remote-debugging-port=${chromePort}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  const stop = () => {
    const remove = () => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    if (chrome.exitCode === null) {
      chrome.once("exit", remove);
      chrome.kill("SIGTERM");
    } else remove();
  };
  process.on("exit", stop);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (chrome.exitCode !== null) throw new Error(`Chromium ist beendet (Code ${chrome.exitCode}).`);
    if (Date.now() > deadline) throw new Error("Chromium antwortet nicht auf dem Debugging-Port.");
    const ok = await fetch(`http://127.0.0.1:${chromePort}/json/version`).then((r) => r.ok, () => false);
    if (ok) return { stop };
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Figures {
  score: number;
  a11y: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function audit(url: string, cookie: string | undefined): Promise<Figures> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // Every run is a first visit: Lighthouse empties the HTTP cache but by default keeps localStorage and IndexedDB,
    // which would make the page believe the fonts are cached when they are not (docs/decisions/0018-first-view-bytes.md).
    clearStorageTypes: ["file_systems", "shader_cache", "service_workers", "cache_storage", "local_storage", "indexeddb"],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}.`);
  const { lhr } = result;
  if (saveDir) {
    fs.mkdirSync(saveDir, { recursive: true });
    fs.writeFileSync(path.join(saveDir, `${new URL(url).pathname.replace(/\W+/g, "_")}-${Date.now()}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
  };
}

const mark = (ok: boolean) => (ok ? "✓" : "✗");
/** A route as the tables name it: its path, marked when measured with the demo user's session. */
const routeName = (route: Route) => `${decodeURIComponent(route.path)}${route.session ? " (angemeldet)" : ""}`;

async function main() {
  const server = await startProductionServer(port);
  const chrome = await startChromium();
  try {
    const cookie = await signInDemo(server.baseUrl);
    const orgId = await firstOrganisationId(server.baseUrl, cookie);
    const list = routes(orgId);
    // Warm the server (first render of each route) and weigh each page's JavaScript on the way.
    const weights = [];
    for (const route of list) weights.push({ ...(await measurePage(server.baseUrl, route.path, route.session ? cookie : undefined)), route: `${route.path}${route.session ? " (angemeldet)" : ""}` });
    // A page with nothing interactive of its own: the framework floor of this build.
    if (!only) weights.push(await measurePage(server.baseUrl, "/impressum"));

    console.log(`Lighthouse ${runs}× je Route (Median), mobil, ${server.baseUrl} (Build ${server.distDir}); Last vorher: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    const header = `${"Route".padEnd(44)} ${"Perf (≥95)".padEnd(11)} ${"LCP (≤2,5 s)".padEnd(13)} ${"TBT (≤200 ms)".padEnd(14)} ${"CLS (≤0,1)".padEnd(11)} A11y`;
    console.log(header);
    console.log("-".repeat(header.length));
    let failed = 0;
    for (const route of list) {
      const all: Figures[] = [];
      const errors: string[] = [];
      // A failed run (e.g. Lighthouse's NO_NAVSTART on a loaded machine) is repeated, at most `runs` extra times.
      for (let i = 0; all.length < runs && i < 2 * runs; i++) {
        try {
          all.push(await audit(`${server.baseUrl}${route.path}`, route.session ? cookie : undefined));
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
      if (all.length === 0) {
        failed++;
        console.log(`${routeName(route).padEnd(44)} kein Ergebnis: ${errors[0] ?? "?"}`);
        continue;
      }
      const m: Figures = {
        score: median(all.map((f) => f.score)),
        a11y: median(all.map((f) => f.a11y)),
        lcpMs: median(all.map((f) => f.lcpMs)),
        tbtMs: median(all.map((f) => f.tbtMs)),
        cls: median(all.map((f) => f.cls)),
      };
      const ok = m.score >= GOALS.score && m.lcpMs <= GOALS.lcpMs && m.tbtMs <= GOALS.tbtMs && m.cls <= GOALS.cls;
      if (!ok) failed++;
      console.log(
        [
          routeName(route).padEnd(44),
          `${m.score} ${mark(m.score >= GOALS.score)}`.padEnd(11),
          `${(m.lcpMs / 1000).toFixed(1)} s ${mark(m.lcpMs <= GOALS.lcpMs)}`.padEnd(13),
          `${Math.round(m.tbtMs)} ms ${mark(m.tbtMs <= GOALS.tbtMs)}`.padEnd(14),
          `${m.cls.toFixed(3)} ${mark(m.cls <= GOALS.cls)}`.padEnd(11),
          `${m.a11y}`,
        ].join(" "),
      );
    }
    console.log(`${list.length - failed} von ${list.length} Routen im Ziel; Last nachher: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    printWeights(weights);
  } finally {
    chrome.stop();
    server.stop();
  }
}

main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
