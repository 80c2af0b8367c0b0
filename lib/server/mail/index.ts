import type { Database } from "@/lib/server/db/client";
import { ConfigurationError, parseEnv, type Env } from "@/lib/server/config/env";
import { clientIpOf, isLoopbackIp } from "@/lib/server/http/client-ip";
import { describeSmtpUrl, smtpMailSender } from "./smtp";

export { MailDeliveryError } from "./errors";

/**
 * Outgoing mail through a pluggable sender, chosen by MAIL_TRANSPORT (lib/server/config/env.ts). The default "log" sender writes
 * every mail to the server log and, on a development installation of the embedded database, also into the MailMessage
 * table that the development mailbox (/dev/postfach) shows (devMailboxStores, devMailboxVisible). "smtp" sends through the server in SMTP_URL (./smtp.ts). A sender throws when a
 * mail cannot be sent (MailDeliveryError); the caller decides what the user sees.
 */
export interface MailMessageInput {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(message: MailMessageInput): Promise<void>;
}

export function logMailSender(database: Database, log: (line: string) => void = console.log, env: Env = parseEnv()): MailSender {
  const store = devMailboxStores(database, env);
  return {
    async send(message) {
      log(`[mail] An: ${message.to} | Betreff: ${message.subject}\n${message.text}`);
      if (store) {
        await database.prisma.mailMessage.create({ data: message });
      }
    },
  };
}

/** The sender for this database and environment: MAIL_TRANSPORT "log" (default) or "smtp" (SMTP_URL, MAIL_FROM). */
export function mailSenderFor(database: Database, env: Env = parseEnv()): MailSender {
  if (env.MAIL_TRANSPORT === "smtp") {
    if (!env.SMTP_URL) throw new ConfigurationError("SMTP_URL fehlt: MAIL_TRANSPORT=smtp braucht die Adresse des Mailservers.");
    return smtpMailSender({ url: env.SMTP_URL, from: env.MAIL_FROM });
  }
  return logMailSender(database, console.log, env);
}

/** One start-up log line about where mail goes (host and port only, never credentials). */
export function describeMailTransport(env: Env = parseEnv()): string {
  if (env.MAIL_TRANSPORT === "smtp" && env.SMTP_URL) return `E-Mail-Versand über SMTP: ${describeSmtpUrl(env.SMTP_URL)}, Absender ${env.MAIL_FROM}`;
  return "E-Mail-Versand: nur ins Server-Log (MAIL_TRANSPORT=log)";
}

/**
 * Whether mails are kept for the development mailbox at all: only on the embedded database, only while mail is merely
 * logged, and never on a production or staging installation (APP_ENV, or a production deployment by lib/server/config/env.ts).
 * The mailbox shows password-reset and invitation links: whoever reads it can take over any account.
 */
export function devMailboxStores(database: Database, env: Env = parseEnv()): boolean {
  if (database.target.kind !== "embedded" || env.MAIL_TRANSPORT !== "log") return false;
  return env.APP_ENV === undefined || env.APP_ENV === "development" || env.APP_ENV === "test";
}

/**
 * Who may read the development mailbox (issue 12, finding 1): a signed-in platform operator, or — with the explicit
 * opt-in DEV_MAILBOX=1 — a request from this machine (loopback, as the server decided from the socket; never a
 * header the client chose). Everyone else gets 404, as if the page did not exist.
 */
export function devMailboxVisible(
  database: Database,
  request: { headers: Headers; platformOperator: boolean },
  env: Env = parseEnv(),
): boolean {
  if (!devMailboxStores(database, env)) return false;
  if (request.platformOperator) return true;
  return env.DEV_MAILBOX && isLoopbackIp(clientIpOf(request.headers));
}

/** The newest mails of the development mailbox (empty where it does not exist). Check devMailboxVisible first. */
export async function listDevMail(database: Database, limit = 50, env: Env = parseEnv()) {
  if (!devMailboxStores(database, env)) return [];
  return database.prisma.mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
