import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/server/db/client";
import { parseEnv } from "@/lib/server/config/env";
import { describeMailTransport, devMailboxStores } from "@/lib/server/mail";

const SECRET = "geheim-Passwort-9876";
const embedded = { target: { kind: "embedded", dataDir: "/tmp/x/pglite" } } as unknown as Database;
const server = { target: { kind: "server", url: "postgresql://db/app" } } as unknown as Database;

/** The message parseEnv throws for this environment (empty when it parses). */
function envError(source: Record<string, string>): string {
  try {
    parseEnv(source);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("mail configuration (MAIL_TRANSPORT, SMTP_URL, MAIL_FROM)", () => {
  it("defaults to the log transport", () => {
    const env = parseEnv({});
    expect(env.MAIL_TRANSPORT).toBe("log");
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toContain("noreply@");
  });

  it("accepts smtps:// and smtp:// URLs", () => {
    expect(parseEnv({ MAIL_TRANSPORT: "smtp", SMTP_URL: `smtps://versand:${SECRET}@mail.example.de:465` }).SMTP_URL).toBe(
      `smtps://versand:${SECRET}@mail.example.de:465`,
    );
    expect(parseEnv({ MAIL_TRANSPORT: "smtp", SMTP_URL: " smtp://mail.example.de:587 " }).SMTP_URL).toBe("smtp://mail.example.de:587");
  });

  it.each([
    [{ MAIL_TRANSPORT: "smtp" }, /SMTP_URL fehlt: MAIL_TRANSPORT=smtp braucht die Adresse des Mailservers/],
    [{ MAIL_TRANSPORT: "smtp", SMTP_URL: "  " }, /SMTP_URL fehlt/],
    [{ MAIL_TRANSPORT: "smtp", SMTP_URL: `https://versand:${SECRET}@mail.example.de` }, /SMTP_URL muss mit smtp:\/\/ oder smtps:\/\/ beginnen/],
    [{ MAIL_TRANSPORT: "smtp", SMTP_URL: `mail.example.de:${SECRET}` }, /SMTP_URL/],
    [{ MAIL_TRANSPORT: "smtp", SMTP_URL: `smtps://versand:${SECRET}@` }, /SMTP_URL ist keine gültige URL/],
    [{ MAIL_TRANSPORT: "sendgrid" }, /MAIL_TRANSPORT muss „log“ oder „smtp“ sein/],
    [{ MAIL_FROM: " " }, /MAIL_FROM darf nicht leer sein/],
  ])("refuses %o with a German message that never repeats the password", (source, message) => {
    const error = envError(source);
    expect(error).toMatch(/^Ungültige Umgebungsvariablen: /);
    expect(error).toMatch(message);
    expect(error).not.toContain(SECRET);
  });

  it("names host and port of the mail server at start-up, never the credentials", () => {
    const line = describeMailTransport(parseEnv({ MAIL_TRANSPORT: "smtp", SMTP_URL: `smtps://versand:${SECRET}@mail.example.de:465` }));
    expect(line).toContain("smtps://mail.example.de:465");
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain("versand");
    expect(describeMailTransport(parseEnv({}))).toMatch(/nur ins Server-Log/);
  });

  it("keeps mails for the development mailbox only on a development installation of the embedded database", () => {
    expect(devMailboxStores(embedded, parseEnv({}))).toBe(true);
    expect(devMailboxStores(embedded, parseEnv({ NODE_ENV: "production" }))).toBe(true); // npm start, local trial
    expect(devMailboxStores(embedded, parseEnv({ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://127.0.0.1:2525" }))).toBe(false);
    expect(devMailboxStores(server, parseEnv({}))).toBe(false);
    expect(devMailboxStores(embedded, parseEnv({ APP_ENV: "production" }))).toBe(false);
    expect(devMailboxStores(embedded, parseEnv({ NODE_ENV: "production", APP_ENV: "production" }))).toBe(false);
    expect(devMailboxStores(embedded, parseEnv({ APP_ENV: "staging" }))).toBe(false);
  });
});
