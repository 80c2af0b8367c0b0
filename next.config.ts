import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/server/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Security headers that never depend on the deployment, for every response (also under `next dev`). HSTS depends on
 * APP_URL and is therefore set at run time by server.ts (lib/server/http/security-headers.ts), not baked into the build;
 * the Content-Security-Policy with its per-request nonce is set in proxy.ts.
 */
const securityHeaders = [...STATIC_SECURITY_HEADERS];

const config: NextConfig = {
  poweredByHeader: false,
  // Several development servers can run side by side with their own build folders (NEXT_DIST_DIR=.next-x).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Type checking is its own step (`npm run typecheck`, part of `npm test`); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // PGlite ships WebAssembly and data files it loads from its own package folder: never bundle it. nodemailer
  // (MAIL_TRANSPORT=smtp) is a Node-only library: load it from node_modules, as the tests do. pdfkit reads its own
  // data files (standard font metrics) next to its code.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg", "nodemailer", "pdfkit", "fontkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
