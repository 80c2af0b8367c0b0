// Prisma CLI configuration, used by `prisma generate` and by `prisma migrate diff` when a developer writes a
// new migration (docs/decisions/0002-migrations.md). The app applies migrations itself (lib/server/db/migrate.ts).
// The CLI's JavaScript schema engine talks to a PostgreSQL server: MIGRATION_DATABASE_URL, else the local
// development server on 127.0.0.1:5432 (database `test`).
import path from "node:path";
import { createRequire } from "node:module";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(import.meta.url);

// The schema reads DATABASE_URL; it must parse as postgresql://… even for the embedded database, or the CLI
// falls back to downloading an engine (../shared/STACK.md). The placeholder means "embedded" (lib/server/config/database.ts).
process.env.DATABASE_URL ??= "postgresql://pglite@localhost/pglite";

// Workaround for prisma/orm#27403 (open): through @prisma/adapter-pg the schema engine cannot deserialise catalog
// columns of type `name` (oid 19). Report them as `text` (oid 25) before the adapter sees the row description.
// This patch lives in the CLI config only; the application never loads it.
function patchNameColumnType(): void {
  const Query = require("pg/lib/query.js") as {
    prototype: { handleRowDescription: (msg: { fields: Array<{ dataTypeID: number }> }) => void; __nameFix?: boolean };
  };
  if (Query.prototype.__nameFix) return;
  const original = Query.prototype.handleRowDescription;
  Query.prototype.handleRowDescription = function (msg) {
    for (const field of msg.fields) if (field.dataTypeID === 19) field.dataTypeID = 25;
    return original.call(this, msg);
  };
  Query.prototype.__nameFix = true;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    patchNameColumnType();
    return new PrismaPg({
      connectionString: process.env.MIGRATION_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
    });
  },
});
