import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { createAuth, SIGN_UP_PER_HOUR, VERIFIED_PAGE, type Auth } from "@/lib/server/auth/auth";
import { accountKey, BASE_LOCK_SECONDS, FREE_FAILURES } from "@/lib/server/auth/sign-in-throttle";
import { parseEnv } from "@/lib/server/config/env";
import { CLIENT_IP_HEADER, markClientIpHeaderTrusted } from "@/lib/server/http/client-ip";
import { devMailboxVisible, listDevMail, logMailSender } from "@/lib/server/mail";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";

/**
 * Issue 12, findings 1, 6 and 10 and e-mail verification, as attacks against Better Auth's handler on both databases:
 * reading another user's reset link in the dev mailbox, unlimited password guesses by rotating X-Forwarded-For,
 * account probing by sign-up, a page on another local port acting with the user's cookies.
 */
process.env.BETTER_AUTH_SECRET ??= "test-secret-for-integration-tests-0123456789";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "lang-genug-123";

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

let ipCounter = 0;
/** A fresh client address, as our server would set it from the socket. */
const freshIp = () => ({ [CLIENT_IP_HEADER]: `198.51.100.${++ipCounter % 250}`, "x-forwarded-for": `203.0.113.${ipCounter % 250}` });

describe.each(testDatabaseKinds)("auth attacks on %s", (kind) => {
  let db: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    // As under server.ts: CLIENT_IP_HEADER is set by the server from the socket.
    markClientIpHeaderTrusted(true);
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    auth = createAuth(db);
    const victim = await auth.handler(post("/sign-up/email", { email: "opfer@example.de", password: PASSWORD, name: "Opfer" }, freshIp()));
    expect(victim.status).toBe(200);
  });
  afterAll(async () => {
    markClientIpHeaderTrusted(false);
    await db?.close();
  });

  it("finding 1: a reset link for another user's address cannot be read from the dev mailbox without a session", async () => {
    const request = await auth.handler(post("/request-password-reset", { email: "opfer@example.de", redirectTo: "/passwort-neu" }, freshIp()));
    expect(request.status).toBe(200);
    const env = parseEnv({ DEV_MAILBOX: "1" });
    const noSession = { headers: new Headers(), platformOperator: false };
    if (kind === "postgres") {
      // A server database never keeps mails and has no mailbox.
      expect(await db.prisma.mailMessage.count()).toBe(0);
      expect(devMailboxVisible(db, { ...noSession, headers: new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1" }) }, env)).toBe(false);
      return;
    }
    // The link is in the table, as before; what changed is who may read it.
    expect((await listDevMail(db, 50, env)).some((m) => m.to === "opfer@example.de" && /reset-password/.test(m.text))).toBe(true);
    // The attack of issue 12: anyone, without a session, from another machine — refused, also with the opt-in.
    expect(devMailboxVisible(db, noSession, parseEnv({}))).toBe(false);
    expect(devMailboxVisible(db, { ...noSession, headers: new Headers({ [CLIENT_IP_HEADER]: "203.0.113.9" }) }, env)).toBe(false);
    // A header the client chose does not count where our server does not set it (next dev).
    markClientIpHeaderTrusted(false);
    expect(devMailboxVisible(db, { ...noSession, headers: new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1" }) }, env)).toBe(false);
    markClientIpHeaderTrusted(true);
    // Without the opt-in not even from this machine; with it, from loopback; a platform operator always (development).
    expect(devMailboxVisible(db, { ...noSession, headers: new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1" }) }, parseEnv({}))).toBe(false);
    expect(devMailboxVisible(db, { ...noSession, headers: new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1" }) }, env)).toBe(true);
    expect(devMailboxVisible(db, { headers: new Headers(), platformOperator: true }, parseEnv({}))).toBe(true);
    // With APP_ENV=production the mailbox does not exist: nobody sees it, and new mails are not even kept.
    const production = parseEnv({ APP_ENV: "production", NODE_ENV: "production", DEV_MAILBOX: "1" });
    expect(devMailboxVisible(db, { headers: new Headers({ [CLIENT_IP_HEADER]: "127.0.0.1" }), platformOperator: true }, production)).toBe(false);
    const before = await db.prisma.mailMessage.count();
    await logMailSender(db, () => {}, production).send({ to: "opfer@example.de", subject: "Link", text: "http://x/reset-password/abc" });
    expect(await db.prisma.mailMessage.count()).toBe(before);
  });

  it("finding 6: rotating X-Forwarded-For does not escape the sign-in limit (the header is not believed)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // No server-set client address, a new forwarded address each time: one bucket all the same.
      const r = await auth.handler(post("/sign-in/email", { email: `niemand-${i}@example.de`, password: "falsch-falsch" }, { "x-forwarded-for": `10.1.${i}.${i}` }));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("finding 6: password guesses for one account from ever new addresses are locked with growing waits", async () => {
    const guess = (password: string) => auth.handler(post("/sign-in/email", { email: "opfer@example.de", password }, freshIp()));
    for (let i = 0; i < FREE_FAILURES; i++) expect((await guess(`falsch-${i}-falsch`)).status).toBe(401);
    // Locked now — even the right password waits, so a guess cannot be confirmed during the lock.
    const locked = await guess(PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(BASE_LOCK_SECONDS);

    // After the lock, one more wrong guess doubles the wait.
    const key = accountKey("opfer@example.de");
    const backdate = async (seconds: number) =>
      db.prisma.rateLimit.update({ where: { key }, data: { lastRequest: BigInt(Date.now() - seconds * 1000) } });
    await backdate(BASE_LOCK_SECONDS + 1);
    expect((await guess("noch-falscher-1")).status).toBe(401);
    const longer = await guess(PASSWORD);
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get("retry-after"))).toBeGreaterThan(BASE_LOCK_SECONDS);

    // Once the lock has passed the owner signs in, and the count starts over.
    await backdate(2 * BASE_LOCK_SECONDS + 1);
    expect((await guess(PASSWORD)).status).toBe(200);
    expect(await db.prisma.rateLimit.findUnique({ where: { key } })).toBeNull();

    // An address without an account is locked the same way: the lock tells nothing about existence.
    const unknown = (password: string) => auth.handler(post("/sign-in/email", { email: "gibt-es-nicht@example.de", password }, freshIp()));
    for (let i = 0; i < FREE_FAILURES; i++) expect((await unknown(`falsch-${i}-falsch`)).status).toBe(401);
    expect((await unknown("falsch-x-falsch")).status).toBe(429);
  });

  it("finding 6: sign-up, which tells whether an address has an account, is limited per client address", async () => {
    const ip = { [CLIENT_IP_HEADER]: "192.0.2.77" };
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_UP_PER_HOUR; i++) {
      const r = await auth.handler(post("/sign-up/email", { email: "opfer@example.de", password: PASSWORD, name: "Prüfer" }, ip));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, SIGN_UP_PER_HOUR).every((s) => s === 422)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not affected.
    expect((await auth.handler(post("/sign-up/email", { email: "neu@example.de", password: PASSWORD, name: "Neu" }, freshIp()))).status).toBe(200);
  });

  it("finding 10: a page on another local port cannot change the user's account; the app's own origin can", async () => {
    const signIn = await auth.handler(post("/sign-in/email", { email: "neu@example.de", password: PASSWORD }, freshIp()));
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    for (const origin of ["http://127.0.0.1:4000", "http://localhost:5173", "http://[::1]:8080"]) {
      const response = await auth.handler(post("/update-user", { name: "Gekapert" }, { ...freshIp(), origin, cookie }));
      expect(response.status, origin).toBe(403);
      const revoke = await auth.handler(post("/revoke-sessions", {}, { ...freshIp(), origin, cookie }));
      expect(revoke.status, origin).toBe(403);
    }
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "neu@example.de" } })).name).toBe("Neu");
    const own = await auth.handler(post("/update-user", { name: "Neu Genannt" }, { ...freshIp(), origin: "http://127.0.0.1:3000", cookie }));
    expect(own.status).toBe(200);
  });

  it("sends a verification mail on sign-up; its link verifies the address and signs in", async () => {
    const signUp = await auth.handler(
      post("/sign-up/email", { email: "pruefen@example.de", password: PASSWORD, name: "Petra", callbackURL: VERIFIED_PAGE }, freshIp()),
    );
    expect(signUp.status).toBe(200);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "pruefen@example.de" } })).emailVerified).toBe(false);
    // Unverified accounts may sign in.
    expect((await auth.handler(post("/sign-in/email", { email: "pruefen@example.de", password: PASSWORD }, freshIp()))).status).toBe(200);
    if (kind === "postgres") return; // the mail is only logged there; the link is the same
    const mail = (await listDevMail(db, 50, parseEnv({}))).find((m) => m.to === "pruefen@example.de");
    expect(mail?.subject).toBe("Versorgungslotse: E-Mail-Adresse bestätigen");
    const link = /(http\S+verify-email\S+)/.exec(mail!.text)?.[1];
    expect(link).toBeTruthy();
    const url = new URL(link!);
    expect(url.origin).toBe(ORIGIN);

    const bad = await auth.handler(new Request(`${ORIGIN}/api/auth/verify-email?token=kaputt&callbackURL=${encodeURIComponent(VERIFIED_PAGE)}`));
    expect(bad.status).toBe(302);
    expect(bad.headers.get("location")).toBe(`${VERIFIED_PAGE}?error=INVALID_TOKEN`);

    const verify = await auth.handler(new Request(url));
    expect(verify.status).toBe(302);
    expect(verify.headers.get("location")).toBe(VERIFIED_PAGE);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(verify) }) });
    expect(session?.user.email).toBe("pruefen@example.de");
    expect(session?.user.emailVerified).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "pruefen@example.de" } })).emailVerified).toBe(true);
  });

  it("resends the verification mail for a signed-in, unverified user", async () => {
    await auth.handler(post("/sign-up/email", { email: "spaeter@example.de", password: PASSWORD, name: "Sven" }, freshIp()));
    const signIn = await auth.handler(post("/sign-in/email", { email: "spaeter@example.de", password: PASSWORD }, freshIp()));
    const before = await db.prisma.mailMessage.count({ where: { to: "spaeter@example.de" } });
    const resend = await auth.handler(
      post("/send-verification-email", { email: "spaeter@example.de", callbackURL: VERIFIED_PAGE }, { ...freshIp(), cookie: cookieOf(signIn) }),
    );
    expect(resend.status).toBe(200);
    if (kind === "pglite") expect(await db.prisma.mailMessage.count({ where: { to: "spaeter@example.de" } })).toBe(before + 1);
  });
});
