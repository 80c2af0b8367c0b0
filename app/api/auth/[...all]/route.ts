import { NextResponse } from "next/server";
import { getAuth } from "@/lib/server/auth/auth";
import { findUnsafeJsonText } from "@/lib/domain/text";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints (sign-up, sign-in, sign-out, sessions, password reset) under /api/auth/*. */
export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

/**
 * Better Auth stores names and e-mail addresses without our schemas: a JSON body with a NUL, an unpaired surrogate
 * or a control character in any string is refused here with 400 (it reached PostgreSQL as error 22021, a 500).
 */
export async function POST(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("json")) return (await getAuth()).handler(request);
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined; // Not JSON: Better Auth answers that itself.
  }
  const unsafe = findUnsafeJsonText(body);
  if (unsafe) {
    return NextResponse.json(
      { error: { code: "invalid_request", message: `Die Anfrage ist ungültig. ${unsafe.path}: Der Text ${unsafe.problem}` }, code: "INVALID_TEXT" },
      { status: 400 },
    );
  }
  const forwarded = new Request(request.url, { method: "POST", headers: request.headers, body: text, signal: request.signal });
  return (await getAuth()).handler(forwarded);
}
