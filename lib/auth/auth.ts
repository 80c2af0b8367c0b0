import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDatabase, type Database } from "@/lib/db/client";
import { parseEnv, resolveAuthSecret } from "@/lib/env";
import { mailSenderFor } from "@/lib/mail";

/**
 * Better Auth on this process's database (docs/decisions/0004-authentication.md): e-mail + password (the library's
 * scrypt hash), sessions and rate-limit counters in the database (no server memory; several instances share one
 * PostgreSQL), password reset by mailed token, sign-out everywhere (`revokeSessions`).
 *
 * The database opens lazily, so the auth instance does too: `getAuth()` builds it once per database.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const SESSION_COOKIE_PREFIX = "versorgungslotse";

export function createAuth(database: Database) {
  const env = parseEnv();
  const mail = mailSenderFor(database);
  const appUrl = env.APP_URL ?? env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "Versorgungslotse",
    secret: resolveAuthSecret(database.target, env),
    baseURL: appUrl ?? {
      allowedHosts: ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]:*"],
      fallback: "http://localhost:3000",
    },
    database: prismaAdapter(database.prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // A failed send throws (MailDeliveryError, logged by the sender); Better Auth logs it and still answers the
      // request with its generic message, so the answer never tells whether the address has an account.
      async sendResetPassword({ user, url }) {
        await mail.send({
          to: user.email,
          subject: "Versorgungslotse: Passwort zurücksetzen",
          text:
            `Guten Tag ${user.name},\n\nSie (oder jemand anderes) haben ein neues Passwort angefordert. ` +
            `Der Link gilt eine Stunde:\n\n${url}\n\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht.`,
        });
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
        "/request-password-reset": { window: 300, max: 5 },
        "/reset-password": { window: 300, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      // Better Auth skips its origin (CSRF) check under NODE_ENV=test by default; keep it on everywhere.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      useSecureCookies: appUrl?.startsWith("https://") ?? false,
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const AUTH_KEY = Symbol.for("versorgungslotse.auth");
type GlobalWithAuth = typeof globalThis & { [AUTH_KEY]?: WeakMap<Database, Auth> };

/** The auth instance for this process's database (one per database; tests register their own database). */
export async function getAuth(): Promise<Auth> {
  const database = await getDatabase();
  const global = globalThis as GlobalWithAuth;
  const cache = (global[AUTH_KEY] ??= new WeakMap());
  let auth = cache.get(database);
  if (!auth) {
    auth = createAuth(database);
    cache.set(database, auth);
  }
  return auth;
}
