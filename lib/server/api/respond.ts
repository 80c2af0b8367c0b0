import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { issuesOf } from "@/lib/domain/zod-german";

/** JSON error body of every API route: a German message that says what is wrong, and the field-level issues. */
export interface ApiErrorBody {
  error: {
    code: "invalid_request" | "not_found" | "conflict" | "unauthorised" | "forbidden" | "rate_limited" | "mail_failed" | "internal";
    message: string;
    issues?: Array<{ path: string; message: string }>;
  };
}

export { issuesOf };

export function badRequest(error: ZodError, headline = "Die Anfrage ist ungültig."): NextResponse<ApiErrorBody> {
  const issues = issuesOf(error);
  const message = `${headline} ${issues.map((issue) => `${issue.path}: ${issue.message}`).join(" ")}`;
  return NextResponse.json({ error: { code: "invalid_request", message, issues } }, { status: 400 });
}

export function invalidJson(): NextResponse<ApiErrorBody> {
  return NextResponse.json(
    { error: { code: "invalid_request", message: "Der Inhalt der Anfrage ist kein gültiges JSON." } },
    { status: 400 },
  );
}

/** What `requestJson` returns for a body that is not JSON. */
export const NOT_JSON: unique symbol = Symbol("not-json");

/** The request body parsed as JSON, or NOT_JSON (answer it with `invalidJson()`). Never parse a body any other way. */
export async function requestJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return NOT_JSON;
  }
}

export function notFound(message: string): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code: "not_found", message } }, { status: 404 });
}

/** Query parameters as a plain object (the last value of a repeated key wins). */
export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}

export function unauthorised(message = "Bitte melden Sie sich an."): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code: "unauthorised", message } }, { status: 401 });
}

export function forbidden(message = "Das ist Ihnen nicht erlaubt."): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code: "forbidden", message } }, { status: 403 });
}

/** 502: the mail server did not take a mail (MailDeliveryError); `message` says what happened instead. */
export function mailFailed(message: string): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code: "mail_failed", message } }, { status: 502 });
}

/** 409: the stored state differs from what the client based its change on; `details` lets the UI show both. */
export function conflict(message: string, details: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: { code: "conflict", message, ...details } }, { status: 409 });
}
