/**
 * The production server: opens the database (embedded PGlite under data/ unless DATABASE_URL names a server),
 * migrates (backup first), seeds what changed, then serves the built Next.js app in this same process, so
 * exactly one process holds the embedded database. Closes PGlite cleanly on SIGINT/SIGTERM.
 */
import http from "node:http";
import next from "next";
import { openDatabase, registerProcessDatabase, type Database } from "@/lib/db/client";
import { EmbeddedDatabaseBusyError, EmbeddedDatabaseOpenError } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/prepare";
import { seedDatabase } from "@/prisma/seed/index";
import { assertAuthReadyToServe, seedDemoAccount } from "@/lib/auth/demo";
import { ConfigurationError, parseEnv } from "@/lib/env";
import { describeMailTransport } from "@/lib/mail";
import { applyClientIp, markClientIpHeaderTrusted } from "@/lib/http/client-ip";
import { applySecurityHeaders, runtimeSecurityHeaders } from "@/lib/http/security-headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const log = (message: string) => console.log(`[versorgungslotse] ${message}`);

async function main() {
  let database: Database;
  try {
    database = await openDatabase(`Server (npm start, Port ${port})`);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError || error instanceof EmbeddedDatabaseOpenError) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
  log(database.target.kind === "embedded" ? `Eingebettete Datenbank: ${database.target.dataDir}` : "PostgreSQL-Server");
  log(describeMailTransport());

  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  // Decided at run time from this process's environment (docs/security-auth.md): the client address (the socket
  // peer, or X-Forwarded-For from a TRUSTED_PROXIES peer) and the security headers (HSTS under an https APP_URL).
  const env = parseEnv();
  const securityHeaders = runtimeSecurityHeaders(env);
  markClientIpHeaderTrusted();
  const server = http.createServer((request, response) => {
    applyClientIp(request, env.TRUSTED_PROXIES);
    applySecurityHeaders(response, securityHeaders);
    void handle(request, response);
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} empfangen, fahre herunter …`);
    server.closeAllConnections();
    server.close();
    await database.close().catch((error: unknown) => console.error(error));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await migrateDatabase(database, log);
    await seedDatabase(database.prisma, log);
    await seedDemoAccount(database, log);
    await assertAuthReadyToServe(database);
  } catch (error) {
    // Close the database cleanly (and release the embedded database's lock) before giving up.
    console.error(error instanceof ConfigurationError ? error.message : error);
    await database.close().catch(() => {});
    process.exit(error instanceof ConfigurationError ? 4 : 1);
  }
  registerProcessDatabase(database);

  await app.prepare();
  server.listen(port, hostname, () => {
    log(`Bereit: http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
