/** POSTs (or PUTs …) JSON to our own API and returns the status and the parsed body (null when empty). */
export async function sendJson(
  path: string,
  body: unknown,
  method: "POST" | "PUT" | "PATCH" | "DELETE" = "POST",
): Promise<{ ok: boolean; status: number; body: Record<string, unknown> | null }> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await response.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    parsed = null;
  }
  return { ok: response.ok, status: response.status, body: parsed };
}

/** The message of an API error body (ours: `{error: {message}}`; Better Auth: `{message, code}`). */
export function errorMessageOf(body: Record<string, unknown> | null): string {
  const error = body?.error as { message?: string } | undefined;
  return error?.message ?? (typeof body?.message === "string" ? body.message : "");
}

export function errorCodeOf(body: Record<string, unknown> | null): string {
  return typeof body?.code === "string" ? body.code : ((body?.error as { code?: string } | undefined)?.code ?? "");
}
