/**
 * Child process for the parallel-start test: runs exactly the start sequence server.ts runs before it serves
 * (lib/server/use-cases/prepare-database.ts startDatabase: configuration refusals, open, then under the start lock the demo-account refusal,
 * migrations and seeds), prints every log line, closes the database and exits 0 — or prints the error and exits
 * with server.ts's code (4 configuration, 3 database busy, 1 anything else).
 */
import { EmbeddedDatabaseBusyError } from "@/lib/server/db/embedded";
import { startDatabase } from "@/lib/server/use-cases/prepare-database";
import { ConfigurationError } from "@/lib/server/config/env";

try {
  const database = await startDatabase(`start-instance ${process.argv[2] ?? ""}`, (message) => console.log(message));
  await database.close();
  console.log("prepared");
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(error instanceof ConfigurationError ? 4 : error instanceof EmbeddedDatabaseBusyError ? 3 : 1);
}
