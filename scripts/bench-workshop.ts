/**
 * `npm run bench:workshop` (not part of `npm test`; issue 14): the workshop mode under a room's load, through the
 * production server.
 *   1. two app instances (production build, `server.ts`) on ONE fresh PostgreSQL database (127.0.0.1:5432, or
 *      BENCH_PG_ADMIN_URL), one presentation stream (SSE, presenter link) on each instance;
 *   2. the same with ONE instance on the embedded database (PGlite in a fresh temporary directory).
 * 200 simulated participants (distinct client addresses via X-Forwarded-For from a trusted proxy, so the join rate
 * limit sees 200 phones) join by code, half on each instance, and answer every block of a 5-block agenda (ratings,
 * model vote, consensus check, weighting, multiple choice), each at a random moment within 8 s of the block's
 * opening, as the plain form post the no-JS page sends. Printed beside their goals:
 *   - answers per second, answer request latency p50/p95 (goal p95 ≤ 150 ms);
 *   - latency from an answer's acknowledgement to its arrival in a presentation view on the OTHER instance
 *     p50/p95/p99 (goal ≤ 1 s / ≤ 2 s). Measured conservatively: an answer counts as arrived with the first
 *     snapshot whose answered count reaches the number of answers SENT before its acknowledgement (an upper bound);
 *   - lost and duplicated answers (goal 0/0): the stored count per block against the acknowledged answers, from the
 *     results CSV, and the final count in both presentation views.
 * Needs a production build in NEXT_DIST_DIR (default .next); builds one first when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { hashPassword } from "better-auth/crypto";
import { benchNodeArgs } from "./support/production-server";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const ANSWER_WINDOW_MS = 8_000;
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3412);
const SECRET = crypto.randomBytes(24).toString("hex");
const USER = { email: "bench@versorgungslotse.example", password: "Bench-Workshop-2026!", name: "Bench-Moderation" };
const AGS = "05766024"; // Dörentrup (in the seeded register)

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
function line(label: string, value: number, unit: string, goal?: { op: "≤" | "="; value: number }) {
  const v = unit === "" ? String(value) : value.toFixed(unit === "ms" ? 1 : 2);
  const ok = goal ? (goal.op === "≤" ? value <= goal.value : value === goal.value) : true;
  console.log(`${label.padEnd(58)} ${v.padStart(9)} ${unit.padEnd(4)}${goal ? `  Ziel ${goal.op} ${goal.value} ${unit}  ${ok ? "erreicht" : "VERFEHLT"}` : ""}`);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ensureBuild() {
  if (fs.existsSync(path.join(root, distDir, "BUILD_ID"))) return;
  console.log(`Kein Produktions-Build in ${distDir} – baue …`);
  const r = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  if (r.status !== 0) throw new Error("next build fehlgeschlagen");
}

interface Instance {
  url: string;
  child: ChildProcess;
  log: string[];
}

async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const log: string[] = [];
  const child = spawn(process.execPath, [...benchNodeArgs(), "--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", NEXT_DIST_DIR: distDir, BETTER_AUTH_SECRET: SECRET, APP_URL: `http://127.0.0.1:${port}`, TRUSTED_PROXIES: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => log.push(d.toString()));
  child.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Instanz ${port} beendet (${child.exitCode}):\n${log.join("")}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child, log };
    } catch {
      // not yet listening
    }
    await sleep(300);
  }
  throw new Error(`Instanz ${port} startet nicht:\n${log.join("")}`);
}

async function stopInstance(instance: Instance) {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((r) => instance.child.once("exit", r));
  instance.child.kill("SIGTERM");
  await Promise.race([exited, sleep(10_000)]);
  if (instance.child.exitCode === null) instance.child.kill("SIGKILL");
}

/** The moderator's session cookie (Better Auth e-mail sign-in). */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: { "Content-Type": "application/json", Origin: base }, body: JSON.stringify({ email, password }) });
  if (!r.ok) throw new Error(`Anmeldung fehlgeschlagen: ${r.status} ${await r.text()}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function api<T>(base: string, cookie: string, method: string, route: string, body?: unknown): Promise<T> {
  const r = await fetch(`${base}${route}`, { method, headers: { Cookie: cookie, Origin: base, ...(body ? { "Content-Type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined });
  if (!r.ok) throw new Error(`${method} ${route}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { data: T }).data;
}

/** A presentation view: the presenter SSE stream, recording (time, answered, block id) of every snapshot. */
function presenter(base: string, code: string, token: string) {
  const events: Array<{ at: number; answered: number; blockId: string | null; status: string | null }> = [];
  const controller = new AbortController();
  const done = (async () => {
    const r = await fetch(`${base}/api/v1/workshops/${code}/presenter/events?token=${encodeURIComponent(token)}`, { signal: controller.signal, headers: { Accept: "text/event-stream" } });
    if (!r.ok || !r.body) throw new Error(`Präsentationsstrom: ${r.status}`);
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = frame
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        if (!frame.includes("event: snapshot") || !data) continue;
        const snapshot = JSON.parse(data) as { block: { id: string; status: string; answered: number } | null };
        events.push({ at: performance.now(), answered: snapshot.block?.answered ?? 0, blockId: snapshot.block?.id ?? null, status: snapshot.block?.status ?? null });
      }
    }
  })().catch((error: unknown) => {
    if ((error as Error).name !== "AbortError") throw error;
  });
  return { events, stop: () => controller.abort(), done };
}

interface Participant {
  base: string;
  instance: number;
  cookie: string;
  ip: string;
}

async function join(base: string, code: string, ip: string, role: string | null): Promise<string> {
  const body = new URLSearchParams({ code, ...(role ? { role } : {}) });
  const r = await fetch(`${base}/api/v1/workshops/join`, { method: "POST", body, redirect: "manual", headers: { "X-Forwarded-For": ip } });
  if (r.status !== 303 || !r.headers.get("location")?.startsWith(`/w/${code}`)) throw new Error(`Beitritt: ${r.status} ${r.headers.get("location")}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

type Block = { id: string; config: { type: string; categories?: Array<{ key: string }>; options?: Array<{ key: string }>; points?: number } };

/** The form fields the no-JS page would send for a random answer to the block. */
function answerForm(block: Block, random: () => number): URLSearchParams {
  const form = new URLSearchParams({ blockId: block.id, blockType: block.config.type });
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  switch (block.config.type) {
    case "ratings":
      for (const c of block.config.categories!) form.set(`r:${c.key}`, pick(["1", "2", "3", "4", "5", "unknown"]));
      break;
    case "singleChoice":
      form.set("choice", pick(block.config.options!).key);
      break;
    case "multipleChoice":
      for (const o of block.config.options!) if (random() < 0.5) form.append("choices", o.key);
      if (!form.has("choices")) form.append("choices", block.config.options![0]!.key);
      break;
    case "consensus":
      form.set("value", pick(["1", "2", "3", "4", "5"]));
      break;
    case "weighting": {
      const options = block.config.options!;
      let left = block.config.points!;
      options.forEach((o, i) => {
        const p = i === options.length - 1 ? left : Math.floor(random() * (left + 1));
        left -= p;
        form.set(`p:${o.key}`, String(p));
      });
      break;
    }
  }
  return form;
}

function lcg(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function run(label: string, instances: Instance[], cookie: string, orgId: string) {
  const [first] = instances as [Instance];
  const created = await api<{ id: string; code: string; presenterToken: string }>(first.url, cookie, "POST", `/api/v1/organisations/${orgId}/workshops`, { ags: AGS, title: `Bench ${label}`, date: new Date().toISOString().slice(0, 10) });
  const templates = [
    { type: "ratings", prompt: "Wie gut sind wir aufgestellt?", categories: ["expertise", "network", "funding", "admin", "acceptance", "infrastructure"].map((key) => ({ key, label: key })), allowUnknown: true },
    { type: "singleChoice", prompt: "Welches Trägermodell?", options: ["provider-network", "municipal-mvz", "health-centre", "port", "undecided"].map((key) => ({ key, label: key })) },
    { type: "consensus", prompt: "Wir sollten ein kommunales MVZ gründen." },
    { type: "weighting", prompt: "Was ist uns am wichtigsten?", options: ["a", "b", "c", "d"].map((key) => ({ key, label: key })), points: 100 },
    { type: "multipleChoice", prompt: "Wen müssen wir einbinden?", options: ["rat", "kv", "kreis", "aerzte", "pflege"].map((key) => ({ key, label: key })) },
  ];
  const blocks: Block[] = [];
  for (const config of templates) blocks.push(await api<Block>(first.url, cookie, "POST", `/api/v1/organisations/${orgId}/workshops/${created.id}/blocks`, { config }));

  const views = instances.map((i) => presenter(i.url, created.code, created.presenterToken));
  const roles = ["Rat", "Verwaltung", "Ärzteschaft", "Pflege/Therapie", "KV", "Kreis", "Bürgerschaft", null];
  const participants: Participant[] = await Promise.all(
    Array.from({ length: PARTICIPANTS }, async (_, i) => {
      const instance = i % instances.length;
      const ip = `10.${Math.floor(i / 250)}.${i % 250}.${1 + (i % 7)}`;
      return { base: instances[instance]!.url, instance, ip, cookie: await join(instances[instance]!.url, created.code, ip, roles[i % roles.length]!) };
    }),
  );

  // First-load JavaScript of the participant page (gzip) beside the join page's (the framework without our island).
  const jsOf = async (route: string, cookieHeader?: string) => {
    const html = await (await fetch(`${first.url}${route}`, { headers: cookieHeader ? { Cookie: cookieHeader } : {} })).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
    let bytes = 0;
    for (const src of sources) bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, first.url))).arrayBuffer())).length;
    return bytes / 1024;
  };
  const firstParticipant = participants.find((p) => p.base === first.url)!;
  const participantJs = await jsOf(`/w/${created.code}`, firstParticipant.cookie);
  const joinJs = await jsOf("/w");

  const random = lcg(7);
  const latencies: number[] = [];
  const toProjector: number[] = [];
  let sent = 0;
  let acked = 0;
  let failed = 0;
  const reasons = new Map<string, number>();
  const fail = (reason: string) => {
    failed++;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  };
  const ackedPerBlock: number[] = [];
  const started = performance.now();
  for (const block of blocks) {
    await api(first.url, cookie, "PATCH", `/api/v1/organisations/${orgId}/workshops/${created.id}/blocks/${block.id}`, { action: "open" });
    const opened = performance.now();
    let sentInBlock = 0;
    const acks: Array<{ at: number; sentBefore: number; instance: number }> = [];
    await Promise.all(
      participants.map(async (p) => {
        await sleep(random() * ANSWER_WINDOW_MS);
        const form = answerForm(block, random);
        sent++;
        sentInBlock++;
        const t0 = performance.now();
        try {
          const r = await fetch(`${p.base}/api/v1/workshops/${created.code}/answer`, { method: "POST", body: form, redirect: "manual", headers: { Cookie: p.cookie, "X-Forwarded-For": p.ip } });
          const at = performance.now();
          await r.arrayBuffer();
          if (r.status === 303 && r.headers.get("location")?.includes("gespeichert=1")) {
            acked++;
            latencies.push(at - t0);
            acks.push({ at, sentBefore: sentInBlock, instance: p.instance });
          } else fail(`HTTP ${r.status} ${decodeURIComponent(r.headers.get("location") ?? "").slice(0, 80)}`);
        } catch (error) {
          fail(error instanceof Error ? `${error.name}: ${(error.cause as Error | undefined)?.message ?? error.message}` : String(error));
        }
      }),
    );
    ackedPerBlock.push(acks.length);
    // Wait until every presentation view shows all answers of this block (or 5 s).
    const deadline = performance.now() + 5_000;
    while (performance.now() < deadline && !views.every((v) => v.events.some((e) => e.blockId === block.id && e.answered >= acks.length))) await sleep(50);
    for (const ack of acks) {
      const other = views[instances.length > 1 ? 1 - ack.instance : 0]!;
      const seen = other.events.find((e) => e.blockId === block.id && e.at >= ack.at && e.answered >= ack.sentBefore) ?? other.events.find((e) => e.blockId === block.id && e.at >= ack.at && e.answered >= acks.length);
      toProjector.push(seen ? seen.at - ack.at : Infinity);
    }
    await api(first.url, cookie, "PATCH", `/api/v1/organisations/${orgId}/workshops/${created.id}/blocks/${block.id}`, { action: "close" });
    if (performance.now() - opened > ANSWER_WINDOW_MS + 2_000 + 5_000) console.log(`  (Block ${block.config.type}: Antworten brauchten ${((performance.now() - opened) / 1000).toFixed(1)} s)`);
  }
  const seconds = (performance.now() - started) / 1000;
  await sleep(600);
  for (const v of views) v.stop();

  // Lost / duplicated: stored answers per block (results CSV) against the acknowledged answers.
  const csv = await (await fetch(`${first.url}/api/v1/organisations/${orgId}/workshops/${created.id}/results.csv`, { headers: { Cookie: cookie } })).text();
  const stored = blocks.map((_, i) => {
    const row = csv.split(/\r?\n/).find((l) => l.startsWith(`${i + 1};`));
    return row ? Number(row.split(";")[6]) : 0;
  });
  const lost = ackedPerBlock.reduce((s, n, i) => s + Math.max(0, n - stored[i]!), 0);
  const duplicated = ackedPerBlock.reduce((s, n, i) => s + Math.max(0, stored[i]! - n), 0);
  const viewsFinal = views.map((v) => Math.max(0, ...v.events.filter((e) => e.blockId === blocks.at(-1)!.id).map((e) => e.answered)));

  console.log(`\n${label}: ${PARTICIPANTS} Teilnehmende, ${blocks.length} Blöcke, ${instances.length} Instanz(en)`);
  line("Antworten gesendet / bestätigt / abgelehnt", acked, "", undefined);
  console.log(`${"".padEnd(58)} (${sent} gesendet, ${failed} nicht bestätigt)`);
  console.log(`${"Systemlast (loadavg 1 min) am Ende".padEnd(58)} ${os.loadavg()[0]!.toFixed(1).padStart(9)}`);
  line("Antworten pro Sekunde (über die ganze Agenda)", acked / seconds, "/s");
  line("Antwort-Anfrage p50", percentile(latencies, 50), "ms");
  line("Antwort-Anfrage p95", percentile(latencies, 95), "ms", { op: "≤", value: 150 });
  const other = instances.length > 1 ? "andere Instanz" : "dieselbe Instanz";
  line(`Bestätigung → Präsentation (${other}) p50`, percentile(toProjector, 50), "ms");
  line(`Bestätigung → Präsentation (${other}) p95`, percentile(toProjector, 95), "ms", { op: "≤", value: 1000 });
  line(`Bestätigung → Präsentation (${other}) p99`, percentile(toProjector, 99), "ms", { op: "≤", value: 2000 });
  line("Nicht bestätigte Antworten (Fehler, Zeitüberschreitung)", failed, "", { op: "=", value: 0 });
  for (const [reason, n] of reasons) console.log(`${"".padEnd(4)}${n} × ${reason}`);
  line("Verlorene Antworten (bestätigt, aber nicht gezählt)", lost, "", { op: "=", value: 0 });
  line("Doppelte Antworten", duplicated, "", { op: "=", value: 0 });
  line("Erstes JavaScript der Teilnahmeseite (gzip)", participantJs, "KiB");
  line("  davon über die Beitrittsseite hinaus (die Insel)", participantJs - joinJs, "KiB");
  console.log(`${"Letzter Block in den Präsentationen".padEnd(58)} ${viewsFinal.join(" / ")} von ${ackedPerBlock.at(-1)}`);
}

async function createBenchUser(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const userId = crypto.randomUUID();
    const password = await hashPassword(USER.password);
    await client.query(`INSERT INTO "User" ("id", "email", "name", "emailVerified", "demo", "createdAt", "updatedAt") VALUES ($1, $2, $3, true, false, now(), now())`, [userId, USER.email, USER.name]);
    await client.query(`INSERT INTO "Account" ("id", "accountId", "providerId", "userId", "password", "createdAt", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now(), now())`, [crypto.randomUUID(), userId, password]);
    const orgId = crypto.randomUUID().replace(/-/g, "").slice(0, 25);
    await client.query(`INSERT INTO "Organisation" ("id", "name", "kind", "municipalityAgs", "createdAt", "updatedAt") VALUES ($1, 'Gemeinde Dörentrup (Bench)', 'TOWN', $2, now(), now())`, [orgId, AGS]);
    await client.query(`INSERT INTO "Membership" ("id", "userId", "organisationId", "role", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'ADMIN', now(), now())`, [crypto.randomUUID(), userId, orgId]);
    return orgId;
  } finally {
    await client.end();
  }
}

ensureBuild();
console.log(`Versorgungslotse – Workshop-Messung (Node ${process.version}, ${os.cpus().length} Kerne, Build ${distDir})`);

// 1. PostgreSQL, two instances.
const dbName = `vl_bench_${crypto.randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const pgInstances: Instance[] = [];
try {
  pgInstances.push(await startInstance(BASE_PORT, { DATABASE_URL: dbUrl }));
  pgInstances.push(await startInstance(BASE_PORT + 1, { DATABASE_URL: dbUrl }));
  const orgId = await createBenchUser(dbUrl);
  const cookie = await signIn(pgInstances[0]!.url, USER.email, USER.password);
  await run("PostgreSQL, zwei Instanzen", pgInstances, cookie, orgId);
} finally {
  for (const i of pgInstances) await stopInstance(i);
  const cleanup = new pg.Client({ connectionString: ADMIN_URL });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await cleanup.end();
}

// 2. Embedded database, one instance (the demo account of the embedded default moderates).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vl-bench-workshop-"));
let embedded: Instance | null = null;
try {
  embedded = await startInstance(BASE_PORT, { DATABASE_URL: "", PGLITE_DATA_DIR: path.join(dataDir, "pglite") });
  const cookie = await signIn(embedded.url, "demo@versorgungslotse.example", "Demo-Doerentrup-2026");
  const orgs = await api<Array<{ id: string; municipalityAgs?: string | null }>>(embedded.url, cookie, "GET", "/api/v1/organisations");
  await run("Eingebettete Datenbank (PGlite), eine Instanz", [embedded], cookie, orgs[0]!.id);
} finally {
  if (embedded) await stopInstance(embedded);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
