import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAuth, type Auth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { INVITATION_PATH } from "@/lib/server/db/tenant/invitations";
import { MailDeliveryError, mailSenderFor } from "@/lib/server/mail";
import { parseEnv } from "@/lib/server/config/env";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as invitationsRoute from "@/app/api/v1/organisations/[orgId]/invitations/route";
import { createTestDatabase, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, ORIGIN, seedTerritory, signUp } from "../support/tenancy";

/**
 * MAIL_TRANSPORT=smtp for real, over loopback: a local SMTP server (npm smtp-server; 127.0.0.1, ephemeral port, no
 * AUTH, no TLS) receives the invitation and password-reset mails that the app sends through nodemailer. The sender
 * URL carries a user and password that must never show up in a log line or an error message (the server offers no
 * AUTH, so nodemailer does not send them).
 */
const SECRET = "geheim-Passwort-9876";
const REJECTED = "abgelehnt@example.de";
const MAIL_FROM = "Versorgungslotse Test <noreply@versorgungslotse.test>";
const WAIT_MS = 10_000;

interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  headers: Map<string, string>;
  text: string;
}

/** `=XX` escapes to bytes (quoted-printable and the Q encoding), other characters as they are. */
function qpBytes(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "=" && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(value[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (adjacent ones joined before UTF-8 decoding). */
function decodeHeader(value: string): string {
  const word = /=\?[\w-]+\?([BQbq])\?([^?]*)\?=/g;
  return value.replace(/=\?[\w-]+\?[BQbq]\?[^?]*\?=(?:\s+=\?[\w-]+\?[BQbq]\?[^?]*\?=)*/g, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, encoding, data]) =>
        encoding!.toUpperCase() === "B" ? Buffer.from(data!, "base64") : qpBytes(data!.replace(/_/g, " ")),
      ),
    ).toString("utf8"),
  );
}

function parseMail(raw: string, envelopeFrom: string, envelopeTo: string[]): ReceivedMail {
  const normalised = raw.replace(/\r\n/g, "\n");
  const split = normalised.indexOf("\n\n");
  const head = normalised.slice(0, split).replace(/\n[ \t]+/g, " ");
  const body = normalised.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.split("\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeHeader(line.slice(colon + 1).trim()));
  }
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? qpBytes(body.replace(/=\n/g, "")).toString("utf8")
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return { envelopeFrom, envelopeTo, headers, text: text.trimEnd() };
}

/** The loopback SMTP server: keeps what it receives, refuses REJECTED with 550. */
async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 1024 * 1024,
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      if (address.address === REJECTED) {
        return callback(Object.assign(new Error("Postfach unbekannt"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        received.push(parseMail(Buffer.concat(chunks).toString("utf8"), from, session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { address, port } = server.server.address() as AddressInfo;
  expect(address).toBe("127.0.0.1");
  return {
    port,
    received,
    /** The first mail to `to` that arrives within WAIT_MS. */
    /** The first mail to `to` (with `subject`, when given: sign-up also sends a confirmation mail). */
    async mailTo(to: string, subject?: string): Promise<ReceivedMail> {
      const deadline = Date.now() + WAIT_MS;
      while (Date.now() < deadline) {
        const mail = received.find((m) => m.envelopeTo.includes(to) && (subject === undefined || m.headers.get("subject") === subject));
        if (mail) return mail;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`keine Mail an ${to} binnen ${WAIT_MS} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nobody listens on (opened, read and closed again). */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("SMTP transport over loopback", () => {
  let db: TestDatabase;
  let auth: Auth;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let admin: { cookie: string; userId: string };
  let orgId: string;
  const saved = { ...process.env };
  const logged: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.MAIL_TRANSPORT = "smtp";
    process.env.SMTP_URL = `smtp://versand:${SECRET}@127.0.0.1:${smtp.port}`;
    process.env.MAIL_FROM = MAIL_FROM;
    db = await createTestDatabase("pglite");
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    auth = createAuth(db);
    admin = await signUp(auth, "admin@doerentrup.test", "Ada Admin");
    const created = await call(organisationsRoute.POST, "POST", "/api/v1/organisations", {}, {
      cookie: admin.cookie,
      body: { kind: "TOWN", ags: DOERENTRUP, name: "Gemeinde Dörentrup" },
    });
    expect(created.status).toBe(201);
    orgId = ((await created.json()) as { data: { id: string } }).data.id;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    process.env = { ...saved };
    await smtp?.close();
    await db?.close();
    // Whatever went wrong on the way: the SMTP password never reached a log line.
    expect(logged.join("\n")).not.toContain(SECRET);
  });

  /** Records console output (to check it for the password) while the test runs. */
  function captureConsole() {
    for (const method of ["log", "info", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${String(a.cause)}` : String(a))).join(" "));
      });
    }
  }

  it("mails an invitation link to the invited address, from MAIL_FROM, as plain German text", async () => {
    captureConsole();
    const response = await call(invitationsRoute.POST, "POST", `/api/v1/organisations/${orgId}/invitations`, { orgId }, {
      cookie: admin.cookie,
      body: { role: "VIEWER", email: "bea@example.de" },
    });
    expect(response.status).toBe(201);
    const { url } = ((await response.json()) as { data: { url: string } }).data;
    expect(url.startsWith(`${ORIGIN}${INVITATION_PATH}`)).toBe(true);

    const mail = await smtp.mailTo("bea@example.de");
    expect(mail.envelopeTo).toEqual(["bea@example.de"]);
    expect(mail.envelopeFrom).toBe("noreply@versorgungslotse.test");
    expect(mail.headers.get("to")).toBe("bea@example.de");
    expect(mail.headers.get("from")).toBe(MAIL_FROM);
    expect(mail.headers.get("subject")).toBe("Einladung zu „Gemeinde Dörentrup“ im Versorgungslotsen");
    expect(mail.headers.get("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail.text).toContain("Ada Admin lädt Sie zu „Gemeinde Dörentrup“ ein.");
    expect(mail.text.split("\n")).toContain(url);
    // smtp sends for real: nothing lands in the development mailbox, which is switched off.
    expect(await db.prisma.mailMessage.count()).toBe(0);
  });

  it("mails a password-reset link whose token sets a new password", async () => {
    captureConsole();
    await signUp(auth, "carla@example.de", "Carla");
    const request = await auth.handler(
      new Request(`${ORIGIN}/api/auth/request-password-reset`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "10.7.0.1" },
        body: JSON.stringify({ email: "carla@example.de", redirectTo: "/passwort-neu" }),
      }),
    );
    expect(request.status).toBe(200);

    const mail = await smtp.mailTo("carla@example.de", "Versorgungslotse: Passwort zurücksetzen");
    expect(mail.headers.get("to")).toBe("carla@example.de");
    expect(mail.headers.get("subject")).toBe("Versorgungslotse: Passwort zurücksetzen");
    expect(mail.text).toContain("Guten Tag Carla,");
    const link = mail.text.split("\n").find((line) => line.startsWith(`${ORIGIN}/api/auth/reset-password/`));
    expect(link).toBeDefined();
    const parsed = new URL(link!);
    expect(parsed.searchParams.get("callbackURL")).toBe("/passwort-neu");
    const token = parsed.pathname.split("/").pop();

    const reset = await auth.handler(
      new Request(`${ORIGIN}/api/auth/reset-password`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "10.7.0.1" },
        body: JSON.stringify({ token, newPassword: "ganz-neues-passwort" }),
      }),
    );
    expect(reset.status).toBe(200);
    const signIn = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "10.7.0.1" },
        body: JSON.stringify({ email: "carla@example.de", password: "ganz-neues-passwort" }),
      }),
    );
    expect(signIn.status).toBe(200);
  });

  it("a refused invitation mail answers 502, revokes the invitation and logs the failure", async () => {
    captureConsole();
    const response = await call(invitationsRoute.POST, "POST", `/api/v1/organisations/${orgId}/invitations`, { orgId }, {
      cookie: admin.cookie,
      body: { role: "EDITOR", email: REJECTED },
    });
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { code: string; message: string }; data?: unknown };
    expect(body.error.code).toBe("mail_failed");
    expect(body.error.message).toContain(`Die E-Mail an ${REJECTED} konnte nicht versendet werden.`);
    expect(body.error.message).toContain("zurückgezogen");
    expect(body.data).toBeUndefined(); // no link in the answer
    const invitation = await db.prisma.invitation.findFirstOrThrow({ where: { email: REJECTED } });
    expect(invitation.revokedAt).not.toBeNull();
    expect(logged.some((line) => line.includes(`[mail] Versand an ${REJECTED} über smtp://127.0.0.1:${smtp.port} fehlgeschlagen`))).toBe(true);
  });

  it("a refused reset mail is logged, and the answer equals the one for an unknown address", async () => {
    captureConsole();
    await signUp(auth, REJECTED, "Abgelehnt");
    const ask = async (email: string, ip: string) => {
      const response = await auth.handler(
        new Request(`${ORIGIN}/api/auth/request-password-reset`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
          body: JSON.stringify({ email, redirectTo: "/passwort-neu" }),
        }),
      );
      return { status: response.status, body: await response.text() };
    };
    const refused = await ask(REJECTED, "10.8.0.1");
    const unknown = await ask("niemand@example.de", "10.8.0.2");
    expect(refused).toEqual(unknown);
    expect(refused.status).toBe(200);
    expect(logged.some((line) => line.includes(`[mail] Versand an ${REJECTED}`) && line.includes("fehlgeschlagen"))).toBe(true);
  });

  it("an unreachable mail server throws MailDeliveryError without the password", async () => {
    captureConsole();
    const port = await closedPort();
    const sender = mailSenderFor(db, parseEnv({ ...process.env, SMTP_URL: `smtp://versand:${SECRET}@127.0.0.1:${port}` }));
    const attempt = sender.send({ to: "dora@example.de", subject: "Test", text: "Hallo" });
    await expect(attempt).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(attempt).rejects.not.toThrow(SECRET);
    expect(logged.some((line) => line.includes(`über smtp://127.0.0.1:${port} fehlgeschlagen`))).toBe(true);
  });
});
