// Generates the Prisma client and builds the Next.js app when their inputs changed since the last build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function newestMtime(entries) {
  let newest = 0;
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) if (child !== "node_modules" && child !== "generated") visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  entries.forEach((entry) => visit(path.join(root, entry)));
  return newest;
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function generateIfNeeded() {
  const generated = path.join(root, "lib", "generated", "prisma", "client.ts");
  if (mtime(generated) < mtime(path.join(root, "prisma", "schema.prisma"))) {
    console.log("[versorgungslotse] Erzeuge den Prisma-Client …");
    run(bin("prisma"), ["generate"]);
  }
}

const BUILD_INPUTS = [
  "app", "components", "lib", "messages", "i18n", "public", "prisma/schema.prisma",
  "next.config.ts", "proxy.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json",
];

export function buildIfNeeded() {
  generateIfNeeded();
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (mtime(path.join(root, distDir, "BUILD_ID")) >= newestMtime(BUILD_INPUTS)) return false;
  console.log("[versorgungslotse] Baue die Anwendung (ca. 1 Minute) …");
  run(bin("next"), ["build"], { NODE_ENV: "production" });
  return true;
}

// `node scripts/build-if-needed.mjs`: the same as a command (npm test runs it beside the unit and integration tests).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) buildIfNeeded();
