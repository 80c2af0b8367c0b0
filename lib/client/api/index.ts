import type { z } from "zod";
import type { ApiIssue } from "@/lib/domain/api-contracts";

/**
 * The one typed client for the app's own API (issue 13): fetch on the same origin with the session cookie, then the
 * answer parsed with the route's contract (lib/domain/api-contracts.ts or the concept's schema). A refusal comes
 * back as the API's German message and field issues; an answer that does not fit the contract as a German message
 * naming the field — never as an unchecked cast. An aborted request (AbortController) is rethrown, as fetch does.
 *
 * zod and the contracts are loaded when the first answer arrives, not with the page: the search box sits in the root
 * layout's 404 page, and a static import put zod (~32 kB gzip) into the first-load JavaScript of every page (issue 19).
 * A caller on such a page passes its contract as a loader (`() => import(…).then((m) => m.Schema)`).
 */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; issues: ApiIssue[]; body: Record<string, unknown> };

export interface ApiRequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** More request headers (e.g. If-None-Match); a body is always sent as JSON. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Another fetch (tests); default the browser's. */
  fetchImpl?: typeof fetch;
}

const NOT_JSON = "Die Antwort des Servers ist kein gültiges JSON. Bitte laden Sie die Seite neu.";
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const failure = (status: number, message: string, issues: ApiIssue[] = [], body: Record<string, unknown> = {}): ApiResult<never> => ({ ok: false, status, message, issues, body });

export type ApiContract<S extends z.ZodType> = S | (() => Promise<S>);

export async function callApi<S extends z.ZodType>(path: string, contract: ApiContract<S>, options: ApiRequestOptions = {}): Promise<ApiResult<z.output<S>>> {
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(path, {
      method: options.method ?? "GET",
      headers: { ...options.headers, ...(options.body === undefined ? {} : { "content-type": "application/json" }) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      cache: "no-store",
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return failure(0, "Keine Verbindung zum Server. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.");
  }
  const text = response.status === 204 ? "" : await response.text();
  let json: unknown = undefined;
  if (text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      return failure(response.status, response.ok ? NOT_JSON : `Der Server hat die Anfrage abgelehnt (Status ${response.status}).`);
    }
  }
  if (!response.ok) {
    const { ApiErrorBodySchema } = await import("@/lib/domain/api-contracts");
    const refused = ApiErrorBodySchema.safeParse(json);
    // Not our error body (e.g. Better Auth's `{code, message}` under /api/auth): the generic message, the body as it is.
    if (!refused.success) return failure(response.status, `Der Server hat die Anfrage abgelehnt (Status ${response.status}).`, [], isRecord(json) ? json : {});
    return failure(response.status, refused.data.error.message, refused.data.error.issues ?? [], refused.data.error);
  }
  return checked(response.status, json, typeof contract === "function" ? await contract() : contract);
}

function checked<S extends z.ZodType>(status: number, json: unknown, contract: S): ApiResult<z.output<S>> {
  const parsed = contract.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(Antwort)", message: i.message }));
    return failure(
      status,
      `Die Antwort des Servers hat nicht das erwartete Format (${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}). Bitte laden Sie die Seite neu; hilft das nicht, melden Sie den Fehler.`,
      issues,
    );
  }
  return { ok: true, status, data: parsed.data };
}

/** The code of a refusal: ours (`error.code`) or Better Auth's (`code`), "" when there is none. */
export function refusalCode(result: ApiResult<unknown>): string {
  return !result.ok && typeof result.body.code === "string" ? result.body.code : "";
}

/**
 * The payload of one server-sent event (EventSource `event.data`) parsed with its contract: the same result and
 * German messages as callApi (status 200 for a readable event), so a live view never renders an unchecked cast.
 */
export function parseEvent<S extends z.ZodType>(data: string, contract: S): ApiResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return failure(200, NOT_JSON);
  }
  return checked(200, json, contract);
}
