import nodemailer from "nodemailer";
import type { MailSender } from "@/lib/server/mail";
import { MailDeliveryError } from "./errors";

export interface SmtpSenderOptions {
  /** smtps://user:pass@host:465 (TLS from the start) or smtp://host:587 (STARTTLS); see README, Configuration. */
  url: string;
  /** The From header, e.g. `Versorgungslotse <noreply@versorgungslotse.example.de>`. */
  from: string;
  /** Where failures are logged (default: console.error). */
  logError?: (line: string) => void;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

/** Host and port of an SMTP URL for log lines: never the user name or password. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Sends plain-text mail through an SMTP server (nodemailer). `smtps://` speaks TLS from the start; `smtp://` must
 * upgrade with STARTTLS before anything (credentials included) is sent — except to a loopback relay, which may
 * speak plain SMTP. A query parameter in SMTP_URL overrides an option (e.g. `?requireTLS=false`). A failure is
 * logged and thrown as MailDeliveryError; nothing is retried.
 */
export function smtpMailSender(options: SmtpSenderOptions): MailSender {
  const logError = options.logError ?? ((line: string) => console.error(line));
  const server = describeSmtpUrl(options.url);
  const secure = new URL(options.url).protocol === "smtps:";
  const transport = nodemailer.createTransport({
    url: options.url,
    requireTLS: !secure && !LOOPBACK_HOSTS.has(new URL(options.url).hostname),
    // A request (an invitation) waits for the mail; do not hang on an unreachable server for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    // Our mails are plain text built here: never let the mailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          headers: { "Auto-Submitted": "auto-generated" },
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logError(`[mail] Versand an ${message.to} über ${server} fehlgeschlagen: ${reason}`);
        throw new MailDeliveryError(`Die E-Mail an ${message.to} konnte nicht versendet werden.`, { cause: error });
      }
    },
  };
}
