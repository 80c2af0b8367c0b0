import type { IncomingMessage, ServerResponse } from "node:http";

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
  method: string | undefined;
  url: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

// eslint-disable-next-line no-control-regex
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
export function requestProblem(request: RequestShape): string | null {
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
    const type = (header(request, "content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!PAGE_BODY_TYPES.has(type)) return "Seiten nehmen nur Formulare an (multipart/form-data oder application/x-www-form-urlencoded).";
    const action = header(request, "next-action");
    if (action !== undefined && !ACTION_ID.test(action)) return "Die Formular-Aktion ist unbekannt.";
    if (type === "multipart/form-data" && !/;\s*boundary=("?)[^";]{1,70}\1\s*(;|$)/i.test(header(request, "content-type") ?? "")) {
      return "Dem Formular fehlt die multipart-Grenze (boundary).";
    }
  }
  return null;
}

/**
 * Answers a refused request with 400 and the guard's security headers; returns true when it did (the caller then
 * does not pass the request on). The body is not read: the connection is closed after the answer.
 */
export function rejectBadRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const problem = requestProblem(request);
  if (problem === null) return false;
  const body = JSON.stringify({ error: { code: "invalid_request", message: problem } });
  response.writeHead(400, { ...GUARD_RESPONSE_HEADERS, "Content-Length": Buffer.byteLength(body), Connection: "close" });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
