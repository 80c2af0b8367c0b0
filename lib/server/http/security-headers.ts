import type { ServerResponse } from "node:http";
import type { Env } from "@/lib/server/config/env";

/**
 * Security headers. The constant ones also stand in next.config.ts (so `next dev` sends them); the ones that
 * depend on the deployment — Strict-Transport-Security — are decided here at run time from the environment the
 * server was started with, never from the environment of the build (issue 12, finding 8). The Content-Security-Policy
 * with its per-request nonce is set in proxy.ts.
 */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** The headers for this environment: HSTS when the app runs as a production build under an https APP_URL. */
export function runtimeSecurityHeaders(env: Pick<Env, "NODE_ENV" | "APP_URL">): Array<{ key: string; value: string }> {
  const headers = [...STATIC_SECURITY_HEADERS];
  if (env.NODE_ENV === "production" && env.APP_URL?.startsWith("https://")) headers.push({ key: "Strict-Transport-Security", value: HSTS_VALUE });
  return headers;
}

/** server.ts, for every response before Next.js handles it (also static files and error pages). */
export function applySecurityHeaders(response: ServerResponse, headers: ReadonlyArray<{ key: string; value: string }>): void {
  for (const { key, value } of headers) response.setHeader(key, value);
}
