import fs from "node:fs";
import { IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";

/**
 * The first check of every request, in server.ts before the Next.js router: a request line or body kind the app
 * never accepts is answered 400 here with a German message, instead of reaching a route or page and failing there
 * with a 500 (Next.js's `decodeURIComponent` of a dynamic segment throws on `%ff`; a NUL reaches PostgreSQL as
 * error 22021; a multipart body POSTed to a page is parsed as a server action). Pure apart from `rejectBadRequest`.
 */

/** Longest accepted request target (path and query); real URLs of the app stay far below. */
export const MAX_URL_LENGTH = 4096;

/** Security headers of the guard's own answers (the app's responses get theirs from next.config.ts / proxy.ts). */
export const GUARD_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export interface RequestShape {
  method?: string | undefined;
  url?: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

const CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Content types a page accepts in a body: the forms of server actions (with and without JavaScript). */
const PAGE_BODY_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"]);
/** Server action ids as Next.js writes them into the page: hex digits. */
const ACTION_ID = /^[0-9a-f]{40,64}$/;

function header(request: RequestShape, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Decodes one percent-encoded part, or returns null when the encoding is broken or does not give UTF-8. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Why the request must be refused (a German message for the 400 answer), or null when it may go on to the router.
 * Checks: the target's length; the path's percent-encoding (each segment must decode to UTF-8) and that no segment
 * contains a control character (NUL included); the query's encoding and control characters; and that a body sent
 * to a page (not /api/…) is a server-action form with a well-formed action id.
 */
export function requestProblem(request: RequestShape, knownActionIds: ReadonlySet<string> | null = null): string | null {
  const url = request.url ?? "/";
  if (url.length > MAX_URL_LENGTH) return `Die Adresse ist zu lang (höchstens ${MAX_URL_LENGTH} Zeichen).`;
  if (!url.startsWith("/")) return "Die Adresse der Anfrage ist ungültig.";
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  for (const segment of path.split("/")) {
    const decoded = decodePart(segment);
    if (decoded === null) return "Die Adresse enthält eine ungültige Prozent-Kodierung (kein UTF-8).";
    if (CONTROL_CHARACTER.test(decoded)) return "Die Adresse enthält ein Steuerzeichen (z. B. ein Nullzeichen).";
  }
  for (const pair of query.split("&")) {
    const decoded = decodePart(pair.replace(/\+/g, " "));
    if (decoded === null) return "Die Suchparameter der Adresse enthalten eine ungültige Prozent-Kodierung (kein UTF-8).";
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(decoded)) return "Die Suchparameter der Adresse enthalten ein Steuerzeichen (z. B. ein Nullzeichen).";
  }

  const method = (request.method ?? "GET").toUpperCase();
  if (BODY_METHODS.has(method) && !path.startsWith("/api/")) {
    if (method !== "POST") return "Seiten nehmen nur GET- und POST-Anfragen an.";
    const type = (header(request, "content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!PAGE_BODY_TYPES.has(type)) return "Seiten nehmen nur Formulare an (multipart/form-data oder application/x-www-form-urlencoded).";
    const action = header(request, "next-action");
    if (action !== undefined && (!ACTION_ID.test(action) || (knownActionIds !== null && !knownActionIds.has(action)))) {
      return "Die Formular-Aktion ist unbekannt. Bitte laden Sie die Seite neu.";
    }
    if (type === "multipart/form-data" && !/;\s*boundary=("?)[^";]{1,70}\1\s*(;|$)/i.test(header(request, "content-type") ?? "")) {
      return "Dem Formular fehlt die multipart-Grenze (boundary).";
    }
  }
  return null;
}

/**
 * The server-action ids of a production build (its server-reference manifest), so a form naming another id is
 * refused with 400 here instead of failing inside Next.js with a 500. Null when the manifest cannot be read (then
 * only the id's shape is checked).
 */
export function readKnownActionIds(distDir: string): ReadonlySet<string> | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

/** Largest form body a page takes (the app's only page form, the language switch, sends a few hundred bytes). */
export const MAX_PAGE_FORM_BYTES = 1_000_000;

/** Whether a form body parses as its content type says (the parser Next.js uses for server-action forms). */
export async function isWellFormedForm(contentType: string, body: Buffer): Promise<boolean> {
  try {
    await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

function answer400(request: IncomingMessage, response: ServerResponse, problem: string, status = 400): void {
  const body = JSON.stringify({ error: { code: "invalid_request", message: problem } });
  response.writeHead(status, { ...GUARD_RESPONSE_HEADERS, "Content-Length": Buffer.byteLength(body), Connection: "close" });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** A request with the same head as `original` whose body is `body` (already read from the original). */
function replayed(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.headers = original.headers;
  copy.rawHeaders = original.rawHeaders;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/**
 * The request handler of server.ts: refuses what `requestProblem` names with 400 (and the guard's security
 * headers); reads a multipart body (bounded) and refuses it with 400 unless it parses; passes
 * everything else on to `handle` (the Next.js router) unchanged.
 */
export async function guardRequest(
  request: IncomingMessage,
  response: ServerResponse,
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
  knownActionIds: ReadonlySet<string> | null = null,
): Promise<void> {
  const problem = requestProblem(request, knownActionIds);
  if (problem !== null) return answer400(request, response, problem);
  const contentType = request.headers["content-type"] ?? "";
  // Every multipart body (a route that does not take one may still be reached as a page, e.g. via an encoded `/`).
  const isForm = BODY_METHODS.has((request.method ?? "GET").toUpperCase()) && /^\s*multipart\/form-data/i.test(contentType);
  if (!isForm) return handle(request, response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_PAGE_FORM_BYTES) return answer400(request, response, "Das Formular ist zu groß.", 413);
      chunks.push(chunk as Buffer);
    }
  } catch {
    return answer400(request, response, "Das Formular kam nicht vollständig an.");
  }
  const body = Buffer.concat(chunks);
  if (!(await isWellFormedForm(contentType, body))) return answer400(request, response, "Das Formular ist kein gültiges multipart/form-data.");
  return handle(replayed(request, body), response);
}
