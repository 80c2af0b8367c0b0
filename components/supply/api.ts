import type { Provider } from "@/lib/domain/schemas/provider";

/** A provider as the API returns it (JSON: dates are strings). */
export type ClientProvider = Provider & { id: string; version: number; updatedAt: string | Date };

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; issues: Array<{ path: string; message: string }>; body: Record<string, unknown> };

/** Calls our JSON API from the browser (same origin, session cookie) and unwraps `{data}` or `{error}`. */
export async function apiRequest<T>(path: string, method: string = "GET", body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch (error) {
    return { ok: false, status: 0, message: String(error), issues: [], body: {} };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const json = (await response.json().catch(() => ({}))) as { data?: T; error?: { message?: string; issues?: Array<{ path: string; message: string }> } & Record<string, unknown> };
  if (response.ok) return { ok: true, status: response.status, data: json.data as T };
  return {
    ok: false,
    status: response.status,
    message: json.error?.message ?? `HTTP ${response.status}`,
    issues: json.error?.issues ?? [],
    body: (json.error ?? {}) as Record<string, unknown>,
  };
}
