import type { Database } from "@/lib/db/client";
import { ConfigurationError, parseEnv, type Env } from "@/lib/env";
import { describeSmtpUrl, smtpMailSender } from "./smtp";

export { MailDeliveryError } from "./errors";

/**
 * Outgoing mail through a pluggable sender, chosen by MAIL_TRANSPORT (lib/env.ts). The default "log" sender writes
 * every mail to the server log and, on the embedded database, also into the MailMessage table that the development
 * mailbox (/dev/postfach) shows. "smtp" sends through the server in SMTP_URL (./smtp.ts). A sender throws when a
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

export function logMailSender(database: Database, log: (line: string) => void = console.log): MailSender {
  return {
    async send(message) {
      log(`[mail] An: ${message.to} | Betreff: ${message.subject}\n${message.text}`);
      if (database.target.kind === "embedded") {
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
  return logMailSender(database);
}

/** One start-up log line about where mail goes (host and port only, never credentials). */
export function describeMailTransport(env: Env = parseEnv()): string {
  if (env.MAIL_TRANSPORT === "smtp" && env.SMTP_URL) return `E-Mail-Versand über SMTP: ${describeSmtpUrl(env.SMTP_URL)}, Absender ${env.MAIL_FROM}`;
  return "E-Mail-Versand: nur ins Server-Log (MAIL_TRANSPORT=log)";
}

/** Whether the development mailbox exists: only on the embedded database, and only while mail is merely logged. */
export function devMailboxEnabled(database: Database, env: Env = parseEnv()): boolean {
  return database.target.kind === "embedded" && env.MAIL_TRANSPORT === "log";
}

/** The newest mails of the development mailbox (embedded database only; empty otherwise). */
export async function listDevMail(database: Database, limit = 50) {
  if (!devMailboxEnabled(database)) return [];
  return database.prisma.mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
