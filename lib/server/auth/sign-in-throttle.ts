import crypto from "node:crypto";
import type { Database } from "@/lib/server/db/client";

/**
 * Per-account limit on password guesses, independent of the client address (issue 12, finding 6): failed sign-ins
 * per e-mail address are counted in the database (the RateLimit table Better Auth uses too, so every instance sees
 * the same count). The first FREE_FAILURES failures cost nothing; after that every further attempt waits for a lock
 * that doubles with each failure, from BASE_LOCK_SECONDS up to MAX_LOCK_SECONDS. A success or a password reset
 * clears the count; a count whose last failure is older than MAX_LOCK_SECONDS starts over. Unknown addresses are
 * counted the same way, so the lock says nothing about whether an account exists.
 *
 * Better Auth prunes RateLimit rows older than its longest configured window: lib/server/auth/auth.ts keeps one rule at
 * MAX_LOCK_SECONDS so a lock is never pruned before it ends.
 */
export const FREE_FAILURES = 5;
export const BASE_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 60 * 60;

/** The lock after `failures` failed attempts, in seconds (0 while still free). */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** The RateLimit key of an address (hashed: the table never holds e-mail addresses). */
export function accountKey(email: string): string {
  return `sign-in-account|${crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

/** Seconds until the next attempt for this address is allowed (0 = now). */
export async function signInRetryAfter(database: Database, email: string, now = Date.now()): Promise<number> {
  const row = await database.prisma.rateLimit.findUnique({ where: { key: accountKey(email) } });
  if (!row) return 0;
  const last = Number(row.lastRequest);
  if (now - last >= MAX_LOCK_SECONDS * 1000) return 0;
  const until = last + lockSeconds(row.count) * 1000;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

/** Counts one failed attempt (atomically: two instances failing at once both count). */
export async function recordSignInFailure(database: Database, email: string, now = Date.now()): Promise<void> {
  const key = accountKey(email);
  const at = BigInt(now);
  const horizon = BigInt(MAX_LOCK_SECONDS * 1000);
  await database.prisma.$executeRaw`
    INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${crypto.randomUUID()}, ${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${at} - "RateLimit"."lastRequest" >= ${horizon} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "lastRequest" = ${at}`;
}

export async function clearSignInFailures(database: Database, email: string): Promise<void> {
  await database.prisma.rateLimit.deleteMany({ where: { key: accountKey(email) } });
}
