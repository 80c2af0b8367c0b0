import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertAuthReadyToServe } from "@/lib/server/auth/demo";
import type { Database } from "@/lib/server/db/client";
import { ConfigurationError } from "@/lib/server/config/env";
import { createTestDatabase, type TestDatabase } from "../support/databases";

/**
 * A production deployment (a PostgreSQL server, or NODE_ENV=production with APP_ENV=production) refuses to start
 * without a real secret and a public APP_URL, or with the demo account in the database.
 */
describe("production start checks", () => {
  let db: TestDatabase;
  let asServer: Database;
  const saved = { ...process.env };

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    // The same database seen as a server deployment: what a production start would check.
    asServer = { ...db, target: { kind: "server", url: "postgresql://prod.example/versorgungslotse" } };
  });
  afterEach(() => {
    process.env = { ...saved };
  });
  afterAll(async () => db?.close());

  const good = { BETTER_AUTH_SECRET: "f3a9c2e8d17b4a6590c1e2d3b4a5f6e7c8d9e0f1a2b3", APP_URL: "https://versorgungslotse.example.de" };

  it.each([
    ["no secret", { APP_URL: good.APP_URL }, /BETTER_AUTH_SECRET/],
    ["a default secret", { APP_URL: good.APP_URL, BETTER_AUTH_SECRET: "changeme" }, /BETTER_AUTH_SECRET/],
    ["no APP_URL", { BETTER_AUTH_SECRET: good.BETTER_AUTH_SECRET }, /APP_URL fehlt/],
  ])("refuses with %s", async (_what, env, message) => {
    const { BETTER_AUTH_SECRET: _secret, APP_URL: _url, ...rest } = saved;
    process.env = { ...rest, ...env };
    await expect(assertAuthReadyToServe(asServer)).rejects.toThrow(message);
    await expect(assertAuthReadyToServe(asServer)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("refuses while the demo account exists, and starts once it is gone", async () => {
    process.env = { ...saved, ...good };
    await db.prisma.user.create({
      data: { id: "demo-user", email: "demo@versorgungslotse.example", name: "Demo", emailVerified: true, demo: true },
    });
    await expect(assertAuthReadyToServe(asServer)).rejects.toThrow(/Demo-Konto/);
    await db.prisma.user.delete({ where: { id: "demo-user" } });
    await expect(assertAuthReadyToServe(asServer)).resolves.toBeUndefined();
  });
});
