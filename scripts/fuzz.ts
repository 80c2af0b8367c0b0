/**
 * `npm run fuzz [-- --runs N --seed S --port P --concurrency C --timeout MS --time-limit S]`: a property-based
 * fuzzer (fast-check) against the production build served by server.ts on a fresh embedded database in a temp
 * directory, on 127.0.0.1 only. It enumerates every route handler (app/api/v1/**\/route.ts, the Better Auth
 * endpoints) and every page (app/**\/page.tsx), and sends malformed paths (broken percent-encoding, NUL, lone
 * surrogates, over-long segments), queries, bodies and content types, half of them with the demo user's session.
 * Prints requests by status class, the 5xx and hangs with a curl line to reproduce each; exits 1 on any of them.
 * Build first (`NEXT_DIST_DIR=.next-x npx next build`; the script uses NEXT_DIST_DIR or .next).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { DEMO, startProductionServer } from "./support/production-server";

const root = path.resolve(import.meta.dirname, "..");

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} braucht eine Zahl.`);
  return value;
}

const runs = option("runs", 1000);
const seed = option("seed", Date.now() % 2 ** 31);
const port = option("port", 3304);
const concurrency = option("concurrency", 4);
const timeoutMs = option("timeout", 10_000);
const timeLimitSeconds = option("time-limit", 1800);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const baseUrl = `http://127.0.0.1:${port}`;

// ---------------------------------------------------------------------------------------------------------------
// Routes: every route handler and page, found in app/ (so a new route is fuzzed without touching this file).

interface RouteTemplate {
  /** Path segments; "[name]" / "[...name]" are dynamic. */
  segments: string[];
  methods: string[];
  kind: "api" | "page";
}

function findFiles(dir: string, name: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findFiles(full, name));
    else if (entry.name === name) out.push(full);
  }
  return out;
}

function templateOf(file: string): string[] {
  return path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
}

function discoverRoutes(): RouteTemplate[] {
  const routes: RouteTemplate[] = [];
  for (const file of findFiles(path.join(root, "app"), "route.ts")) {
    const source = fs.readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? "GET");
    routes.push({ segments: templateOf(file), methods, kind: "api" });
  }
  for (const file of findFiles(path.join(root, "app"), "page.tsx")) {
    routes.push({ segments: templateOf(file), methods: ["GET", "POST"], kind: "page" });
  }
  return routes;
}

/** Better Auth endpoints behind app/api/auth/[...all] (sign-out and session revocation are sent without a session). */
const AUTH_ENDPOINTS = [
  "sign-in/email", "sign-up/email", "get-session", "sign-out", "request-password-reset", "reset-password",
  "update-user", "change-password", "list-sessions", "revoke-sessions", "revoke-other-sessions", "verify-email", "ok",
];
const SESSION_ENDING = new Set(["sign-out", "revoke-sessions", "revoke-other-sessions", "change-password", "update-user"]);

// ---------------------------------------------------------------------------------------------------------------
// Generators of hostile input.

const nasty = fc.constantFrom(
  "\u0000", "\uD800", "\uDFFF", "a\u0000b", "\u0007", "\u001b[0m", "\u202e", "\uFEFF", "😀", "Dörentrup", "'; DROP TABLE x; --",
  "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "../../etc/passwd", "%", "%ff", "null", "undefined", "NaN", "-1", "0",
  "1e309", "99999999999999999999", " ", "", "\n", "\r\n", "a".repeat(300), "x".repeat(3000),
);
const anyText = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 20 }));

/** Encodes text for a URL path or query, then maybe breaks the encoding. */
function encodeLoosely(text: string): string {
  let out = "";
  for (const ch of text) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      // A lone surrogate: write it as the (invalid) UTF-8 of its code unit.
      const code = ch.charCodeAt(0);
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    }
  }
  return out;
}
const brokenEncoding = fc.constantFrom("%ff", "%", "%zz", "%c3", "%e4%b8", "%00", "%0a", "%2f", "%2e%2e", "%u0041", "%ed%a0%80", "%c0%af", "%f4%90%80%80");
const segmentText = fc.oneof(
  { weight: 6, arbitrary: anyText.map(encodeLoosely) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: fc.constantFrom("a", "0", "5", "-", "_", "."), maxLength: 12 }), brokenEncoding).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constant("a".repeat(5000)) },
);

interface Known {
  orgIds: string[];
  providerIds: string[];
  scenarioIds: string[];
}

function paramValue(name: string, known: Known) {
  const valid: string[] = {
    ags: [DEMO.ags, "05766020", "00000000"],
    orgId: known.orgIds,
    id: [...known.orgIds, ...known.providerIds, ...known.scenarioIds, "kooperation", "genossenschaft"],
    slug: ["aerztehaus", "demografie", "landarztquote"],
    token: ["a".repeat(40)],
    membershipId: [],
    invitationId: [],
    grantId: [],
    all: AUTH_ENDPOINTS,
  }[name.replace(/^\.\.\./, "")] ?? [];
  return fc.oneof(
    { weight: 4, arbitrary: valid.length > 0 ? fc.constantFrom(...valid) : segmentText },
    { weight: 2, arbitrary: segmentText },
    { weight: 1, arbitrary: fc.constantFrom(...(valid.length ? valid : ["x"])).chain((v) => brokenEncoding.map((b) => v + b)) },
  );
}

const QUERY_KEYS = ["q", "limit", "format", "ags", "version", "kvFigure", "retirementAge", "field", "sector", "tag", "catalogue", "ziel", "cursor", "take", "token", "kind", "mode"];
const query = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: segmentText }),
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
        { weight: 3, arbitrary: fc.constantFrom("csv", "10", "0", "-5", "1e3", "abc", "Dörentrup", DEMO.ags, "x".repeat(3000)).map(encodeURIComponent) },
        { weight: 1, arbitrary: segmentText },
        { weight: 1, arbitrary: brokenEncoding },
      ),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`));

const FIELD_NAMES = ["name", "email", "password", "role", "kind", "ags", "kreisKey", "street", "postcode", "city", "doctors", "csv", "mode", "version", "data", "answers", "status", "countyOrganisationId", "validDays", "token", "newPassword", "callbackURL", "rememberMe"];
const jsonLeaf = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("TOWN", "COUNTY", "ADMIN", "EDITOR", "pharmacy", "gp-practice", "preview", "apply", DEMO.ags));
const jsonBody = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(jsonLeaf, fc.array(jsonLeaf, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...FIELD_NAMES), jsonLeaf, { maxKeys: 4 })), { maxKeys: 6 }).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  // JSON escapes that decode to NUL and lone surrogates.
  { weight: 1, arbitrary: fc.constantFrom(...FIELD_NAMES).map((k) => `{"${k}":"a\\u0000b","name":"\\ud800x","email":"a\\u0000@b.de","csv":"Art;Name\\nApotheke;\\u0000"}`) },
);
const CSV_BODY = `{"csv":"Art;Name;Straße;PLZ;Ort\\nApotheke;A\\u0000;Weg 1;32694;Dörentrup\\n","mode":"apply"}`;

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  withSession: boolean;
}

function bodyArbitrary(): fc.Arbitrary<{ type: string | undefined; body: string | undefined }> {
  const boundary = "----fuzz7MA4YWxkTrZu0gW";
  return fc.oneof(
    { weight: 4, arbitrary: jsonBody.map((body) => ({ type: "application/json", body })) },
    { weight: 1, arbitrary: fc.constant({ type: "application/json", body: CSV_BODY }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((body) => ({ type: "application/json", body })) },
    { weight: 1, arbitrary: fc.constant({ type: undefined, body: undefined }) },
    { weight: 1, arbitrary: fc.constant({ type: "multipart/form-data", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n" }) },
    { weight: 1, arbitrary: fc.constant({ type: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_0000"\r\n\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="locale"\r\n\r\nen\u0000\r\n--${boundary}--\r\n` }) },
    { weight: 1, arbitrary: fc.constant({ type: `multipart/form-data; boundary=${boundary}`, body: "garbage without parts" }) },
    { weight: 1, arbitrary: anyText.map((t) => ({ type: "application/x-www-form-urlencoded", body: `name=${encodeLoosely(t)}&$ACTION_ID_abc=1` })) },
    { weight: 1, arbitrary: anyText.map((t) => ({ type: "text/plain;charset=UTF-8", body: `["${t.replace(/["\\]/g, "")}"]` })) },
    { weight: 1, arbitrary: fc.constantFrom("application/xml", "application/octet-stream", "text/csv", "image/png", "application/json; charset=latin1", "").map((type) => ({ type, body: "<a>\u0000</a>" })) },
  );
}

function requestArbitrary(routes: RouteTemplate[], known: Known): fc.Arbitrary<FuzzRequest> {
  const route = fc.constantFrom(...routes);
  return route.chain((r) => {
    const segments = fc.tuple(
      ...r.segments.map((s) => {
        const dynamic = /^\[(.+)\]$/.exec(s);
        return dynamic ? paramValue(dynamic[1] ?? "", known) : fc.oneof({ weight: 30, arbitrary: fc.constant(s) }, { weight: 1, arbitrary: brokenEncoding.map((b) => s + b) });
      }),
    );
    const method = fc.oneof(
      { weight: 6, arbitrary: r.methods.length > 0 ? fc.constantFrom(...r.methods) : fc.constant("GET") },
      { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD") },
    );
    return fc.record({
      segments,
      query,
      method,
      body: bodyArbitrary(),
      withSession: fc.boolean(),
      sameOrigin: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      action: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom("0".repeat(42), "ff".repeat(21), "x") }),
    }).map(({ segments: parts, query: q, method: m, body, withSession, sameOrigin, action }) => {
      const urlPath = `/${parts.join("/")}`;
      const headers: Record<string, string> = { Accept: r.kind === "api" ? "application/json" : "text/html" };
      if (sameOrigin) headers.Origin = baseUrl;
      const sendsBody = m !== "GET" && m !== "HEAD" && body.body !== undefined;
      if (sendsBody && body.type !== undefined) headers["Content-Type"] = body.type;
      if (action && r.kind === "page") headers["Next-Action"] = action;
      const endsSession = AUTH_ENDPOINTS.some((e) => SESSION_ENDING.has(e) && urlPath.includes(e));
      return { method: m, path: urlPath + q, headers, body: sendsBody ? body.body : undefined, withSession: withSession && !endsSession };
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The server and the requests.

interface Answer {
  status: number | "hang" | "error";
  detail?: string;
  setCookie?: string[];
  text?: string;
}

function send(request: FuzzRequest, cookie: string | undefined): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (cookie && request.withSession) headers.Cookie = cookie;
    if (request.body !== undefined) headers["Content-Length"] = Buffer.byteLength(request.body);
    let done = false;
    const finish = (answer: Answer) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        resolve(answer);
      }
    };
    let req: http.ClientRequest;
    try {
      req = http.request({ host: "127.0.0.1", port, method: request.method, path: request.path, headers, agent: false });
    } catch (error) {
      resolve({ status: "error", detail: `nicht sendbar: ${(error as Error).message}` });
      return;
    }
    const timer = setTimeout(() => {
      req.destroy();
      finish({ status: "hang" });
    }, timeoutMs);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => finish({ status: res.statusCode ?? 0, setCookie: res.headers["set-cookie"], text: Buffer.concat(chunks).toString("utf8").slice(0, 400) }));
      res.on("error", () => finish({ status: res.statusCode ?? 0 }));
    });
    req.on("error", (error) => finish({ status: "error", detail: error.message }));
    req.end(request.body);
  });
}

async function signIn(): Promise<string> {
  const answer = await send(
    { method: "POST", path: "/api/auth/sign-in/email", headers: { "Content-Type": "application/json", Origin: baseUrl }, body: JSON.stringify({ email: DEMO.email, password: DEMO.password }), withSession: false },
    undefined,
  );
  const cookie = (answer.setCookie ?? []).map((c) => c.split(";")[0]).join("; ");
  if (answer.status !== 200 || !cookie) throw new Error(`Anmeldung als Demo-Nutzer fehlgeschlagen: ${answer.status} ${answer.text ?? ""}`);
  return cookie;
}

async function discoverKnown(cookie: string): Promise<Known> {
  const known: Known = { orgIds: [], providerIds: [], scenarioIds: [] };
  const get = async (p: string) => {
    const answer = await send({ method: "GET", path: p, headers: { Accept: "application/json" }, withSession: true }, cookie);
    try {
      const body = JSON.parse(answer.text ?? "") as { data?: unknown };
      const list: unknown = Array.isArray(body.data) ? body.data : (body.data as { organisations?: unknown; providers?: unknown } | undefined)?.organisations ?? (body.data as { providers?: unknown } | undefined)?.providers;
      return { data: Array.isArray(list) ? (list as Array<{ id?: string }>) : [] };
    } catch {
      return { data: [] };
    }
  };
  known.orgIds = ((await get("/api/v1/organisations")).data ?? []).flatMap((o) => (o.id ? [o.id] : []));
  known.providerIds = ((await get(`/api/v1/municipalities/${DEMO.ags}/providers`)).data ?? []).flatMap((p) => (p.id ? [p.id] : [])).slice(0, 5);
  return known;
}

function curlOf(request: FuzzRequest): string {
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const parts = ["curl", "-si", "-X", request.method];
  for (const [k, v] of Object.entries(request.headers)) parts.push("-H", quote(`${k}: ${v}`));
  if (request.withSession) parts.push("-H", quote("Cookie: <Sitzung des Demo-Nutzers>"));
  if (request.body !== undefined) parts.push("--data-binary", quote(request.body.length > 500 ? `${request.body.slice(0, 500)}…` : request.body));
  parts.push(quote(`${baseUrl}${request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path}`), "--path-as-is");
  return parts.join(" ");
}

async function main() {
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`Kein Produktions-Build in ${distDir}: erst \`NEXT_DIST_DIR=${distDir} npx next build\`.`);
    process.exit(2);
  }
  const routes = discoverRoutes();
  routes.push(...AUTH_ENDPOINTS.map((e) => ({ segments: ["api", "auth", ...e.split("/")], methods: ["GET", "POST"], kind: "api" as const })));
  const server = await startProductionServer(port);
  const { log } = server;

  try {
    const cookie = await signIn();
    const known = await discoverKnown(cookie);
    console.log(`Fuzzer: ${runs} Anfragen, Seed ${seed}, ${routes.length} Routen und Seiten, ${baseUrl} (Build ${distDir}), Organisationen der Demo-Sitzung: ${known.orgIds.length}`);
    const requests = fc.sample(requestArbitrary(routes, known), { numRuns: runs, seed });
    const counts = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, other: 0 };
    const failures: Array<{ request: FuzzRequest; answer: Answer }> = [];
    const byCode = new Map<number, number>();
    let withSessionBeyond401 = 0;
    let hangs = 0;
    let sent = 0;
    let next = 0;
    let session = cookie;
    const started = Date.now();
    let timedOut = false;
    const worker = async () => {
      while (next < requests.length) {
        if ((Date.now() - started) / 1000 > timeLimitSeconds) {
          timedOut = true;
          return;
        }
        const request = requests[next++];
        if (!request) return;
        const answer = await send(request, session);
        sent++;
        if (answer.status === "hang") {
          hangs++;
          failures.push({ request, answer });
        } else if (answer.status === "error") {
          counts.other++;
        } else {
          const cls = `${Math.floor(answer.status / 100)}xx` as keyof typeof counts;
          if (cls in counts) counts[cls]++;
          else counts.other++;
          if (answer.status >= 500) failures.push({ request, answer });
          byCode.set(answer.status, (byCode.get(answer.status) ?? 0) + 1);
          if (request.withSession && answer.status !== 401) withSessionBeyond401++;
        }
        if (request.withSession && answer.status === 401 && sent % 50 === 0) session = await signIn().catch(() => session);
        if (sent % 1000 === 0) console.log(`  … ${sent} gesendet`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(`\nGesendet: ${sent} Anfragen in ${seconds.toFixed(0)} s${timedOut ? ` (Zeitgrenze ${timeLimitSeconds} s erreicht)` : ""}`);
    console.log(`  2xx: ${counts["2xx"]}  3xx: ${counts["3xx"]}  4xx: ${counts["4xx"]}  5xx: ${counts["5xx"]}  nicht sendbar/abgebrochen: ${counts.other}`);
    console.log(`  Statuscodes: ${[...byCode.entries()].sort((a, b) => a[0] - b[0]).map(([code, n]) => `${code}×${n}`).join(", ")}`);
    console.log(`  mit Sitzung des Demo-Nutzers und nicht 401: ${withSessionBeyond401}`);
    console.log(`  5xx: ${counts["5xx"]}, Hänger (> ${timeoutMs / 1000} s): ${hangs}`);
    for (const { request, answer } of failures.slice(0, 50)) {
      console.log(`\n✗ ${answer.status} ${request.method} ${request.path.slice(0, 200)}`);
      console.log(`  ${curlOf(request)}`);
      if (answer.text) console.log(`  Antwort: ${answer.text.slice(0, 200).replace(/\s+/g, " ")}`);
    }
    if (failures.length > 50) console.log(`… und ${failures.length - 50} weitere`);
    const serverErrors = log.join("").split("\n").filter((l) => /Error|error/.test(l)).slice(0, 20);
    if (failures.length > 0 && serverErrors.length > 0) console.log(`\nServer-Log (Auszug):\n${serverErrors.join("\n")}`);
    console.log(failures.length === 0 ? "\nOK: keine 5xx, keine Hänger." : `\nFEHLER: ${counts["5xx"]} × 5xx, ${hangs} Hänger (Seed ${seed} wiederholt den Lauf).`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    server.stop();
    await new Promise((r) => setTimeout(r, 1500));
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
