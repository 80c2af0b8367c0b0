import { promises as fs } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

/**
 * Brotli for the build's JavaScript and CSS (issue 19, docs/decisions/0018-first-view-bytes.md). Next.js compresses
 * with gzip only; brotli at its highest quality makes the same files about 15 % smaller (the scripts of /anmelden, as
 * Lighthouse received them: 165 → 142 kB; its CSS 20.0 → 15.7 kB), which on a slow phone connection is the time the
 * first page waits for its scripts.
 *
 * The files under /_next/static/ never change for a given name (the name holds their hash), so each is compressed
 * once per process, in the background and off the event loop: the request that finds a file not yet compressed is
 * answered by Next.js as before (gzip), and every later one gets the brotli body from memory. A request that does not
 * accept brotli, a file outside the static folder, a name that does not decode and a missing file all go on to
 * Next.js unchanged. The memory is a cache of what the build folder already holds, so several instances need no
 * shared state.
 */

export const STATIC_PREFIX = "/_next/static/";
/** Upper bound of the compressed bodies kept in memory (the app's whole static JS and CSS is about 2 MB). */
export const STATIC_BROTLI_MAX_BYTES = 32 * 1024 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

const brotli = promisify(zlib.brotliCompress);

/** Brotli at its highest quality for a body that is compressed once and sent many times (static files, cached pages). */
export function brotliOnce(body: Buffer): Promise<Buffer> {
  return brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Whether an Accept-Encoding header admits brotli (`br`, not `br;q=0`). */
export function acceptsBrotli(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding?.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The file a request names inside `staticDir`, or null: only GET/HEAD of a .js or .css file under /_next/static/
 * whose path decodes and stays inside the folder (no `..`, no NUL, no backslash).
 */
export function staticFileOf(request: Pick<IncomingMessage, "method" | "url">, staticDir: string): string | null {
  const method = (request.method ?? "GET").toUpperCase();
  if (method !== "GET" && method !== "HEAD") return null;
  const pathname = (request.url ?? "").split("?")[0] ?? "";
  if (!pathname.startsWith(STATIC_PREFIX) || CONTENT_TYPES[path.extname(pathname)] === undefined) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(STATIC_PREFIX.length));
  } catch {
    return null;
  }
  if (relative.includes("\0") || relative.includes("\\") || relative.split("/").some((segment) => segment === ".." || segment === "." || segment === "")) return null;
  const root = path.resolve(staticDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

export interface StaticCompression {
  /** Answers with brotli when the file is ready; otherwise starts compressing it and hands the request to `next`. */
  handle(request: IncomingMessage, response: ServerResponse, next: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<void>;
  /** Resolves when every compression started so far has finished (tests, benches). */
  settled(): Promise<void>;
}

export function createStaticCompression(options: { staticDir: string; maxBytes?: number }): StaticCompression {
  const maxBytes = options.maxBytes ?? STATIC_BROTLI_MAX_BYTES;
  const ready = new Map<string, Buffer>();
  const pending = new Map<string, Promise<void>>();
  let bytes = 0;

  const compress = (file: string): Promise<void> =>
    fs
      .readFile(file)
      .then(brotliOnce)
      .then((body) => {
        if (bytes + body.length > maxBytes) return;
        ready.set(file, body);
        bytes += body.length;
      })
      // A missing or unreadable file stays Next.js's to answer (with its 404).
      .catch(() => undefined)
      .finally(() => pending.delete(file));

  return {
    async handle(request, response, next) {
      const file = acceptsBrotli(request.headers["accept-encoding"]) ? staticFileOf(request, options.staticDir) : null;
      if (file === null) return next(request, response);
      const body = ready.get(file);
      if (body === undefined) {
        if (!pending.has(file) && bytes < maxBytes) pending.set(file, compress(file));
        return next(request, response);
      }
      response.setHeader("Content-Type", CONTENT_TYPES[path.extname(file)]!);
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      response.setHeader("Content-Encoding", "br");
      response.setHeader("Vary", "Accept-Encoding");
      response.setHeader("Content-Length", body.length);
      response.writeHead(200);
      response.end(request.method?.toUpperCase() === "HEAD" ? undefined : body);
    },
    async settled() {
      await Promise.all([...pending.values()]);
    },
  };
}
