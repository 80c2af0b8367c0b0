import { createHash, randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import zlib from "node:zlib";
import { LOCALE_COOKIE, resolveLocale } from "@/i18n/locales";
import { acceptsBrotli, brotliOnce } from "./static-compression";

/**
 * A cached render of the pages that are the same for everyone (docs/decisions/0015-cached-public-pages.md): the start
 * page, the knowledge pages, the municipality pages and the legal pages, for a request without a session (no cookie
 * other than the language cookie), without a query and not a client-side navigation (RSC). The first such request
 * per page and language renders through Next.js as usual — an internal request to this same server, marked with a
 * per-process token — and the HTML is kept for PAGE_CACHE_TTL_MS; meanwhile the page is answered from memory.
 *
 * The render carries a per-request nonce (proxy.ts), which must not be reused. A cached page therefore gets a
 * hash-based policy instead: `script-src 'self'` plus the SHA-256 of each of its inline scripts (the Next.js
 * bootstrap and flight data), the nonce attributes removed. No inline script runs that the page did not contain
 * when it was rendered; every other directive of the policy stays as proxy.ts wrote it.
 */

export const PAGE_CACHE_TTL_MS = 60_000;
export const PAGE_CACHE_MAX_ENTRIES = 300;
/** Response header naming whether the page came from the cache ("hit") or was rendered for it ("miss"). */
export const PAGE_CACHE_HEADER = "x-page-cache";

const CACHEABLE_PATHS = [/^\/$/, /^\/wissen(?:\/[a-z0-9-]+){0,2}$/, /^\/gemeinde\/\d{8}$/, /^\/kreis\/\d{5}$/, /^\/(?:impressum|datenschutz|barrierefreiheit)$/];

export interface CacheableRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The cache key (`locale path`) of a request the cache may answer, or null: only GET of a listed path without a
 * query, asking for HTML, no RSC/prefetch request, and no cookie but the language cookie (a signed-in user's pages
 * name them and are never cached).
 */
export function pageCacheKey(request: CacheableRequest): string | null {
  if ((request.method ?? "GET").toUpperCase() !== "GET") return null;
  const url = request.url ?? "";
  if (url.includes("?") || !CACHEABLE_PATHS.some((p) => p.test(url))) return null;
  const h = request.headers;
  if (h.rsc !== undefined || h["next-router-prefetch"] !== undefined || h["next-router-state-tree"] !== undefined || h["next-action"] !== undefined) return null;
  const accept = single(h.accept) ?? "";
  if (accept !== "" && !accept.includes("text/html") && !accept.includes("*/*")) return null;
  let locale: string | undefined;
  for (const part of (single(h.cookie) ?? "").split(";")) {
    const pair = part.trim();
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (name !== LOCALE_COOKIE) return null;
    locale = pair.slice(eq + 1);
  }
  return `${resolveLocale(locale)} ${url}`;
}

/** The policy for a cached page: the nonce source and 'strict-dynamic' replaced by 'self' and the inline scripts' hashes. */
export function hashBasedPolicy(policy: string, html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.add(`'sha256-${createHash("sha256").update(m[1] ?? "", "utf8").digest("base64")}'`);
  }
  return policy
    .split(";")
    .map((directive) => {
      const parts = directive.trim().split(/\s+/);
      if (parts[0] !== "script-src") return directive.trim();
      const kept = parts.slice(1).filter((s) => !s.startsWith("'nonce-") && s !== "'strict-dynamic'");
      return ["script-src", ...new Set(["'self'", ...kept]), ...hashes].join(" ");
    })
    .join("; ");
}

/** The HTML without nonce attributes (the nonce of the render is not valid for anyone else). */
export function withoutNonces(html: string): string {
  return html.replace(/(<(?:script|link|style)\b[^>]*?)\snonce="[^"]*"/gi, "$1");
}

interface CachedPage {
  expires: number;
  headers: Array<[string, string | string[]]>;
  body: Buffer;
  gzip: Buffer;
  /** Compressed in the background after the fill; until then the page goes out in gzip. */
  brotli: Buffer | null;
}

/** Response headers not replayed from the render (hop-by-hop, per-response or recomputed). */
const DROPPED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "content-security-policy", "vary", "etag"]);

export interface PageCache {
  /** Answers a cacheable request from the cache (rendering it first if needed); otherwise hands it to `next`. */
  handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<void>;
}

/** A page cache in this process, rendering through the server listening on host:port. */
export function createPageCache(target: { host: string; port: number }, options: { ttlMs?: number; now?: () => number } = {}): PageCache {
  const ttl = options.ttlMs ?? PAGE_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const token = randomBytes(16).toString("hex");
  const entries = new Map<string, CachedPage>();
  const filling = new Map<string, Promise<CachedPage | null>>();

  const render = (request: IncomingMessage, key: string): Promise<CachedPage | null> =>
    new Promise((resolve) => {
      const headers: http.OutgoingHttpHeaders = { accept: "text/html", "accept-encoding": "identity", "x-page-cache-fill": token };
      if (request.headers.host) headers.host = request.headers.host;
      if (request.headers.cookie) headers.cookie = request.headers.cookie;
      if (request.headers["accept-language"]) headers["accept-language"] = request.headers["accept-language"];
      const internal = http.request({ host: target.host, port: target.port, path: request.url, method: "GET", headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("error", () => resolve(null));
        answer.on("end", () => {
          const policy = answer.headers["content-security-policy"];
          const type = answer.headers["content-type"] ?? "";
          if (answer.statusCode !== 200 || answer.headers["set-cookie"] || typeof policy !== "string" || !type.startsWith("text/html")) return resolve(null);
          const html = withoutNonces(Buffer.concat(chunks).toString("utf8"));
          const replayed: Array<[string, string | string[]]> = [];
          for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !DROPPED.has(name)) replayed.push([name, value]);
          replayed.push(["content-security-policy", hashBasedPolicy(policy, html)], ["vary", "Cookie, Accept-Encoding"]);
          const body = Buffer.from(html, "utf8");
          const page: CachedPage = { expires: now() + ttl, headers: replayed, body, gzip: zlib.gzipSync(body), brotli: null };
          brotliOnce(body).then(
            (compressed) => {
              page.brotli = compressed;
            },
            () => undefined, // the page stays gzip
          );
          entries.delete(key);
          entries.set(key, page);
          while (entries.size > PAGE_CACHE_MAX_ENTRIES) entries.delete(entries.keys().next().value!);
          resolve(page);
        });
      });
      internal.on("error", () => resolve(null));
      internal.setTimeout(30_000, () => internal.destroy());
      internal.end();
    });

  const send = (request: IncomingMessage, response: ServerResponse, page: CachedPage, state: "hit" | "miss") => {
    const acceptEncoding = single(request.headers["accept-encoding"]) ?? "";
    const brotli = acceptsBrotli(acceptEncoding) ? page.brotli : null;
    const gzip = brotli === null && /\bgzip\b/.test(acceptEncoding);
    for (const [name, value] of page.headers) response.setHeader(name, value);
    response.setHeader(PAGE_CACHE_HEADER, state);
    if (brotli !== null) response.setHeader("content-encoding", "br");
    else if (gzip) response.setHeader("content-encoding", "gzip");
    const body = brotli ?? (gzip ? page.gzip : page.body);
    response.setHeader("content-length", body.length);
    response.writeHead(200);
    response.end(body);
  };

  return {
    async handle(request, response, next) {
      const key = request.headers["x-page-cache-fill"] === token ? null : pageCacheKey(request);
      if (key === null) {
        // Nobody outside this process sets the fill marker to anything that passes on.
        delete request.headers["x-page-cache-fill"];
        return next(request, response);
      }
      const cached = entries.get(key);
      if (cached && cached.expires > now()) return send(request, response, cached, "hit");
      let pending = filling.get(key);
      if (!pending) {
        pending = render(request, key).finally(() => filling.delete(key));
        filling.set(key, pending);
      }
      const page = await pending;
      if (page) return send(request, response, page, "miss");
      return next(request, response);
    },
  };
}
