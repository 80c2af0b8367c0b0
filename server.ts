/**
 * The production server: refuses a misconfigured production start, opens the database (embedded PGlite under data/
 * unless DATABASE_URL names a server), then — under the start lock — refuses a demo account in production, migrates
 * (backup first) and seeds what changed (lib/server/use-cases/prepare-database.ts startDatabase), then serves the built Next.js app in this
 * same process, so exactly one process holds the embedded database. Closes PGlite cleanly on SIGINT/SIGTERM.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { registerProcessDatabase, type Database } from "@/lib/server/db/client";
import { EmbeddedDatabaseBusyError, EmbeddedDatabaseOpenError } from "@/lib/server/db/embedded";
import { startDatabase } from "@/lib/server/use-cases/prepare-database";
import { ConfigurationError, parseEnv } from "@/lib/server/config/env";
import { describeMailTransport } from "@/lib/server/mail";
import { guardRequest, readKnownActionIds } from "@/lib/server/http/request-guard";
import { applyClientIp, markClientIpHeaderTrusted } from "@/lib/server/http/client-ip";
import { applySecurityHeaders, runtimeSecurityHeaders } from "@/lib/server/http/security-headers";
import { createPageCache } from "@/lib/server/http/page-cache";
import { createStaticCompression } from "@/lib/server/http/static-compression";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const log = (message: string) => console.log(`[versorgungslotse] ${message}`);

async function main() {
  let database: Database;
  try {
    // Configuration refusals first (nothing opened), then open, and under the start lock: demo-account refusal,
    // migrations, seeds. Several instances on one PostgreSQL take turns; an error closes the database again.
    database = await startDatabase(`Server (npm start, Port ${port})`, log);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError || error instanceof EmbeddedDatabaseOpenError) {
      console.error(error.message);
      process.exit(3);
    }
    console.error(error instanceof ConfigurationError ? error.message : error);
    process.exit(error instanceof ConfigurationError ? 4 : 1);
  }
  log(database.target.kind === "embedded" ? `Eingebettete Datenbank: ${database.target.dataDir}` : "PostgreSQL-Server");
  log(describeMailTransport());

  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  // Decided at run time from this process's environment (docs/security-auth.md): the client address (the socket
  // peer, or X-Forwarded-For from a TRUSTED_PROXIES peer) and the security headers (HSTS under an https APP_URL).
  // Malformed URLs and bodies are answered with 400 before the router (lib/server/http/request-guard.ts).
  const env = parseEnv();
  const securityHeaders = runtimeSecurityHeaders(env);
  markClientIpHeaderTrusted();
  const distDir = env.NEXT_DIST_DIR ?? ".next";
  const knownActionIds = readKnownActionIds(distDir);
  // Pages that are the same for everyone are rendered once per minute and language and then answered from memory,
  // under a hash-based script policy (lib/server/http/page-cache.ts, docs/decisions/0015-cached-public-pages.md).
  const pageCache = createPageCache({ host: hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname, port });
  // The build's JavaScript and CSS in brotli, compressed once per file in the background (lib/server/http/static-compression.ts).
  const staticCompression = createStaticCompression({ staticDir: path.join(distDir, "static") });
  const handleWithCache = (request: http.IncomingMessage, response: http.ServerResponse) =>
    staticCompression.handle(request, response, (req, res) => pageCache.handle(req, res, handle));
  const server = http.createServer((request, response) => {
    applyClientIp(request, env.TRUSTED_PROXIES);
    applySecurityHeaders(response, securityHeaders);
    void guardRequest(request, response, handleWithCache, knownActionIds);
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
