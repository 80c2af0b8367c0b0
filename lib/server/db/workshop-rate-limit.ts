import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Rate limit of join attempts per client (issue 14: "codes … are rate-limited (429)"), in the same RateLimit table
 * Better Auth uses (key, count, lastRequest), so every instance sees the same counts. The key holds a SHA-256 of the
 * client address, never the address itself. The limit (60 attempts per address per 60 s) is the product's assumption:
 * generous, because a whole room may share one address (venue Wi-Fi behind NAT), yet it stops guessing codes.
 */
export const JOIN_WINDOW_MS = 60_000;
export const JOIN_MAX_ATTEMPTS = 60;

export function clientKey(request: Request): string {
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
  return `workshop-join:${createHash("sha256").update(ip).digest("hex").slice(0, 32)}`;
}

/** Counts one attempt; true when it is within the limit. One atomic statement (no read-modify-write). */
export async function allowJoinAttempt(prisma: PrismaClient, key: string, now = Date.now()): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomBytes(12).toString("hex")}, ${key}, 1, ${BigInt(now)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - JOIN_WINDOW_MS)} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - JOIN_WINDOW_MS)} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) <= JOIN_MAX_ATTEMPTS;
}
