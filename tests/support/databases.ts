import crypto from "node:crypto";
import pg from "pg";
import { databaseFromPglite, databaseFromUrl, type Database } from "@/lib/server/db/client";
import { openInMemoryDatabase } from "@/lib/server/db/embedded";
import { migrate } from "@/lib/server/db/migrate";

/**
 * Database tests run on the embedded database always, and on PostgreSQL whenever one answers at
 * DATABASE_URL_TEST (default postgresql://postgres@127.0.0.1:5432/test). Each test file gets a database of its own:
 * a fresh in-memory PGlite, or a fresh PostgreSQL database that is dropped afterwards.
 */
export type TestDatabaseKind = "pglite" | "postgres";

const ADMIN_URL = process.env.DATABASE_URL_TEST ?? "postgresql://postgres@127.0.0.1:5432/test";

async function postgresAnswers(): Promise<boolean> {
  if (process.env.SKIP_POSTGRES_TESTS === "1") return false;
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const testDatabaseKinds: TestDatabaseKind[] = (await postgresAnswers()) ? ["pglite", "postgres"] : ["pglite"];

if (!testDatabaseKinds.includes("postgres") && process.env.CI && process.env.REQUIRE_POSTGRES_TESTS === "1") {
  throw new Error(`PostgreSQL antwortet nicht unter ${ADMIN_URL}, REQUIRE_POSTGRES_TESTS=1 verlangt ihn.`);
}

export function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestDatabase extends Database {
  kind: TestDatabaseKind;
  /** For PostgreSQL: the URL of this test's own database. */
  url?: string;
}

/** A migrated, empty database of the given kind. Close it with `close()` (drops a PostgreSQL test database). */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const pglite = await openInMemoryDatabase();
    const database = databaseFromPglite(pglite, { kind: "embedded", dataDir: ":memory:" }, () => pglite.close());
    await migrate(await database.sql());
    return Object.assign(database, { kind });
  }
  const name = `vl_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = urlWithDatabase(ADMIN_URL, name);
  const database = databaseFromUrl(url);
  const sql = await database.sql();
  await migrate(sql);
  const close = database.close.bind(database);
  return Object.assign(database, {
    kind,
    url,
    async close() {
      await close();
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  });
}
