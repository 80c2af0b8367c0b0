import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/server/auth/demo";
import { prepareDatabaseToServe, startDatabase } from "@/lib/server/use-cases/prepare-database";
import { readMigrations } from "@/lib/server/db/migrate";
import { ConfigurationError } from "@/lib/server/config/env";
import { createTestDatabase, testDatabaseKinds, urlWithDatabase } from "../support/databases";

/**
 * Issue 12, finding 4: three instances starting at once on a fresh PostgreSQL database all finish the start sequence
 * (migrations and seeds under one advisory lock; before the fix all but one exited on duplicate key "Land_pkey"), the
 * data is seeded exactly once; and production refusals happen before anything is written.
 */
const root = path.resolve(import.meta.dirname, "../..");
const ADMIN_URL = process.env.DATABASE_URL_TEST ?? "postgresql://postgres@127.0.0.1:5432/test";
const PRODUCTION_ENV = { BETTER_AUTH_SECRET: "f3a9c2e8d17b4a6590c1e2d3b4a5f6e7c8d9e0f1a2b3", APP_URL: "https://versorgungslotse.example.de" };

const created: string[] = [];
async function freshPostgresDatabase(): Promise<string> {
  const name = `vl_start_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  return urlWithDatabase(ADMIN_URL, name);
}
afterAll(async () => {
  if (created.length === 0) return;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

async function queryOne(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query<{ n: number }>(sql)).rows[0]?.n ?? 0) as number;
  } finally {
    await client.end();
  }
}

function startInstance(name: string, env: Record<string, string>): Promise<{ name: string; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/start-instance.ts", name], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ name, code, stdout, stderr }));
  });
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe.skipIf(!testDatabaseKinds.includes("postgres"))("parallel first start on PostgreSQL", () => {
  it("three instances started at once on a fresh database all finish the start sequence; everything is seeded once", async () => {
    const url = await freshPostgresDatabase();
    const results = await Promise.all(["a", "b", "c"].map((name) => startInstance(name, { ...PRODUCTION_ENV, DATABASE_URL: url })));
    for (const result of results) {
      expect(result.stderr, `${result.name}: ${result.stderr}`).not.toContain("duplicate key");
      expect(result.code, `${result.name}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toContain("prepared");
    }
    const all = results.map((r) => r.stdout).join("\n");
    // Exactly one instance migrated and wrote the seeds; the others waited and found everything done.
    expect(count(all, "Migrationen angewendet:")).toBe(1);
    expect(count(all, "Gemeindeverzeichnis importiert")).toBe(1);
    expect(count(all, "Gemeindeverzeichnis ist aktuell.")).toBe(2);
    expect(count(all, " geschrieben: ")).toBe(1); // "Wissensbasis … geschrieben: …"
    expect(count(all, " ist aktuell.") - count(all, "Gemeindeverzeichnis ist aktuell.")).toBe(2);

    expect(await queryOne(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toBe(readMigrations().length);
    expect(await queryOne(url, `SELECT count(*)::int AS n FROM "Land"`)).toBe(16);
    expect(await queryOne(url, `SELECT count(*)::int AS n FROM "SeedState"`)).toBe(2);
    expect(await queryOne(url, `SELECT count(*)::int AS n FROM "User"`)).toBe(0); // no demo account on a server
  }, 300_000);

  describe("production refusals come before any write", () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    it.each([
      ["without a secret", { APP_URL: PRODUCTION_ENV.APP_URL }, /BETTER_AUTH_SECRET/],
      ["without APP_URL", { BETTER_AUTH_SECRET: PRODUCTION_ENV.BETTER_AUTH_SECRET }, /APP_URL fehlt/],
    ])("%s: refused, and the fresh database stays empty (not even the migrations table)", async (_what, env, message) => {
      const url = await freshPostgresDatabase();
      const { BETTER_AUTH_SECRET: _s, APP_URL: _u, ...rest } = saved;
      process.env = { ...rest, ...env };
      const error = await startDatabase("Test", () => {}, { kind: "server", url }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(message);
      expect(await queryOne(url, `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`)).toBe(0);
    });
  });
});

describe.each(testDatabaseKinds)("production start with a demo account on %s", (kind) => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("is refused before a pending migration or a seed runs", async () => {
    process.env = { ...saved, ...PRODUCTION_ENV, NODE_ENV: "production", APP_ENV: "production" };
    const db = await createTestDatabase(kind);
    try {
      await db.prisma.user.create({ data: { id: "demo-user", email: DEMO_ACCOUNT.email, name: "Demo", emailVerified: true, demo: true } });
      // Pretend the newest migration is pending: if it ran, it would fail on its existing tables instead.
      const newest = readMigrations().at(-1)!.name;
      const sql = await db.sql();
      await sql.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [newest]);
      const error = await prepareDatabaseToServe(db, () => {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain("Demo-Konto");
      expect(await sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [newest])).toHaveLength(0);
      expect(await db.prisma.seedState.count()).toBe(0);
      expect(await db.prisma.land.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
