import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";

/** The little SQL surface the migration runner and the backup need, for PGlite and for a pg connection alike. */
export interface SqlConnection {
  exec(sql: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function fromPgliteLike(db: PGlite | Transaction, inTransaction: boolean): SqlConnection {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const result = await db.query<Row>(sql, params);
      return result.rows;
    },
    async transaction(fn) {
      if (inTransaction) return fn(this);
      return (db as PGlite).transaction((tx) => fn(fromPgliteLike(tx, true)));
    },
    async close() {
      // The PGlite instance belongs to its opener.
    },
  };
}

export function sqlFromPglite(pglite: PGlite): SqlConnection {
  return fromPgliteLike(pglite, false);
}

export async function sqlFromUrl(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let inTransaction = false;
  const connection: SqlConnection = {
    async exec(sql) {
      await client.query(sql);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const result = await client.query<Row>(sql, params);
      return result.rows;
    },
    async transaction(fn) {
      if (inTransaction) return fn(connection);
      inTransaction = true;
      await client.query("BEGIN");
      try {
        const value = await fn(connection);
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    async close() {
      await client.end();
    },
  };
  return connection;
}
