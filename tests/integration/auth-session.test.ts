import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { createAuth, type Auth } from "@/lib/server/auth/auth";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";

process.env.BETTER_AUTH_SECRET ??= "test-secret-for-integration-tests-0123456789";

const ORIGIN = "http://localhost:3000";

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "10.0.0.1", ...headers },
    body: JSON.stringify(body),
  });
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe.each(testDatabaseKinds)("accounts on %s", (kind) => {
  let db: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    auth = createAuth(db);
  });
  afterAll(async () => db?.close());

  it("signs up, hashes the password, keeps the session in the database and signs out everywhere", async () => {
    const signUp = await auth.handler(post("/sign-up/email", { email: "anna@example.de", password: "lang-genug-123", name: "Anna" }));
    expect(signUp.status).toBe(200);
    const account = await db.prisma.account.findFirstOrThrow({ where: { user: { email: "anna@example.de" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("lang-genug-123");

    const first = cookieOf(signUp);
    const second = cookieOf(await auth.handler(post("/sign-in/email", { email: "anna@example.de", password: "lang-genug-123" })));
    expect(await db.prisma.session.count()).toBe(2);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: first }) })).not.toBeNull();

    const revoke = await auth.handler(post("/revoke-sessions", {}, { cookie: second }));
    expect(revoke.status).toBe(200);
    expect(await db.prisma.session.count()).toBe(0);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: first }) })).toBeNull();
  });

  it("rejects a cross-site origin", async () => {
    const response = await auth.handler(
      post("/sign-in/email", { email: "anna@example.de", password: "lang-genug-123" }, { origin: "https://evil.example", cookie: "x=1" }),
    );
    expect(response.status).toBe(403);
  });

  it("sends a reset link through the mail sender and the token sets a new password", async () => {
    const request = await auth.handler(post("/request-password-reset", { email: "anna@example.de", redirectTo: "/passwort-neu" }));
    expect(request.status).toBe(200);
    const mail = await db.prisma.mailMessage.findFirst({ where: { to: "anna@example.de", subject: { contains: "Passwort" } } });
    if (kind === "postgres") {
      expect(mail).toBeNull(); // the dev mailbox exists on the embedded database only
      return;
    }
    const token = /reset-password\/([^?\s]+)/.exec(mail!.text)?.[1];
    expect(token).toBeTruthy();
    const reset = await auth.handler(post("/reset-password", { token, newPassword: "ganz-neues-passwort" }));
    expect(reset.status).toBe(200);
    const signIn = await auth.handler(post("/sign-in/email", { email: "anna@example.de", password: "ganz-neues-passwort" }));
    expect(signIn.status).toBe(200);
  });

  it("rate-limits sign-in attempts in the database", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await auth.handler(post("/sign-in/email", { email: "anna@example.de", password: "falsch-falsch" }, { "x-forwarded-for": "10.9.9.9" }));
      statuses.push(r.status);
    }
    expect(statuses).toContain(429);
    expect(await db.prisma.rateLimit.count()).toBeGreaterThan(0);
  });
});
