import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/server/config/database";

/**
 * The process environment, parsed once with zod: a bad value fails loudly at start-up instead of somewhere deep
 * in a request. Database selection stays in lib/server/config/database.ts (resolveDatabaseTarget); everything else is here.
 */
/** An optional free-text setting: blank means unset. */
function optionalText() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined);
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set APP_ENV=production on a production deployment that runs with NODE_ENV=production. */
  APP_ENV: z.enum(["development", "staging", "production", "test"]).optional(),
  /** Public origin of the app, e.g. https://versorgungslotse.example.de (links in mails, trusted origin). */
  APP_URL: z.url("APP_URL muss eine vollständige URL sein (https://…).").optional().or(z.literal("").transform(() => undefined)),
  BETTER_AUTH_SECRET: z.string().optional(),
  BETTER_AUTH_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  /**
   * Mail transport (lib/server/mail): "log" (default; server log, and on the embedded database the dev mailbox) or
   * "smtp" (SMTP_URL). Secrets come only from the environment.
   */
  MAIL_TRANSPORT: z.enum(["log", "smtp"], { error: "MAIL_TRANSPORT muss „log“ oder „smtp“ sein." }).default("log"),
  /** smtps://benutzer:passwort@mail.example.de:465 (TLS) or smtp://mail.example.de:587 (STARTTLS). */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  MAIL_FROM: z
    .string()
    .trim()
    .min(1, "MAIL_FROM darf nicht leer sein.")
    .default("Versorgungslotse <noreply@versorgungslotse.invalid>"),
  /**
   * The operator named on the imprint, privacy and accessibility pages (a public body must name itself there).
   * Unset fields show a visible "vom Betreiber auszufüllen" placeholder.
   */
  OPERATOR_NAME: optionalText(),
  OPERATOR_ADDRESS: optionalText(),
  OPERATOR_EMAIL: optionalText(),
  OPERATOR_PHONE: optionalText(),
  OPERATOR_REPRESENTATIVE: optionalText(),
  OPERATOR_DATA_PROTECTION_CONTACT: optionalText(),
  /**
   * The platform operator's accounts by e-mail (issue 13: curating rule parameters and funding programmes), separated
   * by commas or spaces. Such an account is the operator once its address is confirmed; User.platformOperator in the
   * database does the same. Unset: only the database flag.
   */
  PLATFORM_OPERATOR_EMAILS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(/[\s,]+/).map((e) => e.trim().toLowerCase()).filter(Boolean)),
  /**
   * Sign-in attempts per client address and minute (default 10, docs/security-auth.md). Only the end-to-end suite raises
   * it: all its browsers sign in from 127.0.0.1, many times a minute. The per-account lock (sign-in-throttle.ts) is not
   * affected.
   */
  SIGN_IN_PER_MINUTE: z.coerce
    .number({ error: "SIGN_IN_PER_MINUTE muss eine ganze Zahl sein." })
    .int("SIGN_IN_PER_MINUTE muss eine ganze Zahl sein.")
    .min(1, "SIGN_IN_PER_MINUTE muss mindestens 1 sein.")
    .max(1000, "SIGN_IN_PER_MINUTE darf höchstens 1000 sein.")
    .default(10),
  /** Sign-ups per client address and hour (default 20); like SIGN_IN_PER_MINUTE, only the e2e suite raises it. */
  SIGN_UP_PER_HOUR: z.coerce
    .number({ error: "SIGN_UP_PER_HOUR muss eine ganze Zahl sein." })
    .int("SIGN_UP_PER_HOUR muss eine ganze Zahl sein.")
    .min(1, "SIGN_UP_PER_HOUR muss mindestens 1 sein.")
    .max(10000, "SIGN_UP_PER_HOUR darf höchstens 10000 sein.")
    .default(20),
  /** The build folder (default .next; several builds side by side in tests). */
  NEXT_DIST_DIR: optionalText(),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (docs/security-auth.md): IPs or CIDR ranges separated by commas
   * or spaces, e.g. `127.0.0.1, 10.0.0.0/24`. Unset: no forwarded header is believed; the client is the socket peer.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, context) => {
      const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
      const bad = entries.filter((entry) => !isIpOrCidr(entry));
      if (bad.length > 0) {
        context.addIssue({
          code: "custom",
          message: `TRUSTED_PROXIES enthält keine IP-Adresse oder CIDR-Bereich: ${bad.join(", ")} (Beispiel: 127.0.0.1, 10.0.0.0/24).`,
        });
        return z.NEVER;
      }
      return entries;
    }),
  /**
   * Opt-in for the development mailbox /dev/postfach: "1" shows it to requests from this machine (loopback), on the
   * embedded database with MAIL_TRANSPORT=log outside production only (lib/server/mail/index.ts).
   */
  DEV_MAILBOX: z
    .enum(["0", "1", ""], { error: "DEV_MAILBOX muss „1“ (an) oder „0“ (aus) sein." })
    .optional()
    .transform((value) => value === "1"),
  /** Where the server listens (server.ts); the app trusts its own origin http://HOST:PORT when APP_URL is unset. */
  PORT: z.coerce.number({ error: "PORT muss eine Zahl sein." }).int().min(1).max(65535).default(3000),
  HOST: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || "127.0.0.1"),
}).superRefine((value, context) => {
  // Messages never repeat SMTP_URL: it carries the password.
  if (value.SMTP_URL !== undefined && smtpUrlProblem(value.SMTP_URL)) {
    context.addIssue({ code: "custom", path: ["SMTP_URL"], message: smtpUrlProblem(value.SMTP_URL)! });
  } else if (value.MAIL_TRANSPORT === "smtp" && value.SMTP_URL === undefined) {
    context.addIssue({
      code: "custom",
      path: ["SMTP_URL"],
      message:
        "SMTP_URL fehlt: MAIL_TRANSPORT=smtp braucht die Adresse des Mailservers, z. B. " +
        "smtps://benutzer:passwort@mail.example.de:465 oder smtp://mail.example.de:587.",
    });
  }
});

/** An IPv4/IPv6 address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isIpOrCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split("/");
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Why an SMTP_URL is unusable (German, without repeating the URL), or null. */
function smtpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "SMTP_URL ist keine gültige URL (smtps://benutzer:passwort@host:465 oder smtp://host:587; Sonderzeichen im Passwort %-kodiert).";
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") return "SMTP_URL muss mit smtp:// oder smtps:// beginnen.";
  if (!url.hostname) return "SMTP_URL nennt keinen Mailserver.";
  return null;
}

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Ungültige Umgebungsvariablen: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/** Secrets that are known from examples and docs; a production start refuses them. */
const DEFAULT_SECRETS = new Set(["", "changeme", "change-me", "secret", "better-auth-secret-123456789", "dev-secret"]);
export const MIN_SECRET_LENGTH = 32;

/**
 * Production means: a PostgreSQL server, or NODE_ENV=production together with APP_ENV=production. The embedded
 * default (also under `npm start`, which runs NODE_ENV=production) is a local trial installation.
 */
export function isProductionDeployment(target: DatabaseTarget = resolveDatabaseTarget(), e: Env = env): boolean {
  return target.kind === "server" || (e.NODE_ENV === "production" && e.APP_ENV === "production");
}

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigurationError";
  }
}

/**
 * The Better Auth secret. A configured BETTER_AUTH_SECRET wins (it must be long and not a known default). Without
 * one, production refuses; the embedded default generates a random secret once and keeps it beside the data
 * directory (data/auth-secret, mode 0600), so sessions survive restarts.
 */
export function resolveAuthSecret(target: DatabaseTarget = resolveDatabaseTarget(), e: Env = env): string {
  const configured = e.BETTER_AUTH_SECRET?.trim();
  if (configured && !DEFAULT_SECRETS.has(configured.toLowerCase()) && configured.length >= MIN_SECRET_LENGTH) {
    return configured;
  }
  if (isProductionDeployment(target, e)) {
    throw new ConfigurationError(
      configured
        ? `BETTER_AUTH_SECRET ist ein Standardwert oder kürzer als ${MIN_SECRET_LENGTH} Zeichen. Erzeugen Sie einen mit \`openssl rand -base64 48\`.`
        : "BETTER_AUTH_SECRET fehlt. In Produktion startet die Anwendung nur mit einem eigenen Geheimnis (`openssl rand -base64 48`).",
    );
  }
  if (target.kind === "embedded" && target.dataDir === ":memory:") {
    // An in-memory database (tests) lives as long as the process; so may its secret.
    return crypto.randomBytes(32).toString("base64url");
  }
  const file = path.join(path.dirname(target.kind === "embedded" ? target.dataDir : path.resolve("data", "x")), "auth-secret");
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return secret;
}
