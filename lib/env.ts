import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db/config";

/**
 * The process environment, parsed once with zod: a bad value fails loudly at start-up instead of somewhere deep
 * in a request. Database selection stays in lib/db/config.ts (resolveDatabaseTarget); everything else is here.
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
   * Mail transport (lib/mail): "log" (default; server log, and on the embedded database the dev mailbox) or
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
