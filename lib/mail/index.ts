import type { Database } from "@/lib/db/client";

/**
 * Outgoing mail through a pluggable sender. The built-in "log" sender writes every mail to the server log and,
 * on the embedded database, also into the MailMessage table that the development mailbox (/dev/postfach) shows.
 * A real transport (SMTP, an API) implements `MailSender` and is returned by `mailSenderFor`.
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

/** The sender for this database (MAIL_TRANSPORT in lib/env.ts; "log" is the only built-in transport). */
export function mailSenderFor(database: Database): MailSender {
  return logMailSender(database);
}

/** Whether the development mailbox exists: only on the embedded database. */
export function devMailboxEnabled(database: Database): boolean {
  return database.target.kind === "embedded";
}

/** The newest mails of the development mailbox (embedded database only; empty otherwise). */
export async function listDevMail(database: Database, limit = 50) {
  if (!devMailboxEnabled(database)) return [];
  return database.prisma.mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
