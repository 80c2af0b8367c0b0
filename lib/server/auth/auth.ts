import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { getDatabase, type Database } from "@/lib/server/db/client";
import { parseEnv, resolveAuthSecret, type Env } from "@/lib/server/config/env";
import { CLIENT_IP_HEADER, clientIpHeaderTrusted } from "@/lib/server/http/client-ip";
import { mailSenderFor } from "@/lib/server/mail";
import { clearSignInFailures, MAX_LOCK_SECONDS, recordSignInFailure, signInRetryAfter } from "./sign-in-throttle";

/**
 * Better Auth on this process's database (docs/decisions/0004-authentication.md): e-mail + password (the library's
 * scrypt hash), sessions and rate-limit counters in the database (no server memory; several instances share one
 * PostgreSQL), password reset by mailed token, sign-out everywhere (`revokeSessions`).
 *
 * The database opens lazily, so the auth instance does too: `getAuth()` builds it once per database.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const SESSION_COOKIE_PREFIX = "versorgungslotse";
/** How long the link of a verification mail stays valid. */
export const VERIFICATION_EXPIRES_SECONDS = 60 * 60 * 24;
export { VERIFIED_PAGE } from "../../domain/auth-links";

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "::1", "[::1]", "0.0.0.0", "::"]);

/**
 * The hosts Better Auth trusts without APP_URL: this server's own port on its loopback names (and HOST when it
 * names a specific address), never another port (issue 12, finding 10: a page on another local port must not act
 * with the user's cookies). With APP_URL, only that origin is trusted.
 */
export function ownHosts(env: Pick<Env, "HOST" | "PORT">): string[] {
  const hosts = [`127.0.0.1:${env.PORT}`, `localhost:${env.PORT}`, `[::1]:${env.PORT}`];
  if (!LOOPBACK_NAMES.has(env.HOST)) hosts.push(`${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`);
  return hosts;
}

/** The app's own public origin for links the app writes itself (APP_URL, else http://127.0.0.1:PORT). */
export function ownOrigin(env: Pick<Env, "APP_URL" | "BETTER_AUTH_URL" | "PORT">): string {
  const configured = env.APP_URL ?? env.BETTER_AUTH_URL;
  return configured ? new URL(configured).origin : `http://127.0.0.1:${env.PORT}`;
}

class SignInLockedError extends APIError {
  constructor(retryAfter: number) {
    super(
      "TOO_MANY_REQUESTS",
      { message: "Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto. Bitte warten Sie.", code: "ACCOUNT_TEMPORARILY_LOCKED" },
      { "X-Retry-After": String(retryAfter), "Retry-After": String(retryAfter) },
    );
  }
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length > 0 && email.length <= 320 ? email : null;
}

export function createAuth(database: Database) {
  const env = parseEnv();
  const mail = mailSenderFor(database);
  const appUrl = env.APP_URL ?? env.BETTER_AUTH_URL;
  return betterAuth({
    appName: "Versorgungslotse",
    secret: resolveAuthSecret(database.target, env),
    baseURL: appUrl ?? { allowedHosts: ownHosts(env), fallback: ownOrigin(env) },
    database: prismaAdapter(database.prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // A new password also lifts a per-account sign-in lock.
      async onPasswordReset({ user }) {
        await clearSignInFailures(database, user.email);
      },
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
    emailVerification: {
      // Sent on sign-up; unverified accounts may sign in and use the app (joining an organisation needs the
      // verified address). The link verifies and signs in; /e-mail-bestaetigt says whether it worked.
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFICATION_EXPIRES_SECONDS,
      async sendVerificationEmail({ user, url }) {
        await mail.send({
          to: user.email,
          subject: "Versorgungslotse: E-Mail-Adresse bestätigen",
          text:
            `Guten Tag ${user.name},\n\nmit dieser Adresse wurde ein Konto bei Versorgungslotse angelegt. ` +
            `Bitte bestätigen Sie sie mit diesem Link (gültig 24 Stunden); danach sind Sie angemeldet:\n\n${url}\n\n` +
            `Wenn Sie kein Konto angelegt haben, ignorieren Sie diese Nachricht; das Konto bleibt dann unbestätigt.`,
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
      // Per client address (the server's CLIENT_IP_HEADER, docs/security-auth.md). Sign-up answers whether an address
      // already has an account, so it is limited per hour; its window is also the longest one, which keeps Better
      // Auth from pruning the per-account sign-in locks (sign-in-throttle.ts) before they end.
      customRules: {
        "/sign-in/email": { window: 60, max: env.SIGN_IN_PER_MINUTE },
        "/sign-up/email": { window: MAX_LOCK_SECONDS, max: env.SIGN_UP_PER_HOUR },
        "/request-password-reset": { window: 300, max: 5 },
        "/reset-password": { window: 300, max: 10 },
        "/send-verification-email": { window: 300, max: 3 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      // Better Auth skips its origin (CSRF) check under NODE_ENV=test by default; keep it on everywhere.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      useSecureCookies: appUrl?.startsWith("https://") ?? false,
      // Only the address our server (server.ts) decided from the socket and TRUSTED_PROXIES; a client-sent
      // X-Forwarded-For is never read here. Without our server (next dev) no header is believed.
      ipAddress: { ipAddressHeaders: clientIpHeaderTrusted() ? [CLIENT_IP_HEADER] : [] },
    },
    hooks: {
      // Per-account limit with backoff on password guesses, whatever address they come from.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const retryAfter = await signInRetryAfter(database, email);
        if (retryAfter > 0) throw new SignInLockedError(retryAfter);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned;
        if (isAPIError(returned)) {
          if (returned.statusCode === 401) await recordSignInFailure(database, email);
        } else {
          await clearSignInFailures(database, email);
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

/** Sign-ups per client address and hour (the answer tells whether an address has an account). */
export const SIGN_UP_PER_HOUR = 20;

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
