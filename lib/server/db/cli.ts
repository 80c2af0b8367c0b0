import { openDatabase, type Database } from "./client";
import { EmbeddedDatabaseBusyError } from "./embedded";

/**
 * Runs a command-line task on the configured database and exits. On the embedded database the task takes the
 * lock: while the server runs, the command is refused with a message naming the server's process
 * (docs/decisions/0001-embedded-database.md). PGlite is closed before exit, also on Ctrl+C.
 */
export async function runCli(purpose: string, task: (database: Database) => Promise<void>): Promise<never> {
  let database: Database | undefined;
  const shutdown = async (code: number) => {
    await database?.close().catch(() => {});
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(130));
  process.once("SIGTERM", () => void shutdown(143));
  try {
    database = await openDatabase(purpose);
    await task(database);
    return await shutdown(0);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) {
      console.error(`${error.message}\nDer Befehl "${purpose}" wurde nicht ausgeführt; es wurde nichts geändert.`);
      return await shutdown(3);
    }
    console.error(error instanceof Error ? error.message : error);
    return await shutdown(1);
  }
}
