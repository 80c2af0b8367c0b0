// `npm start`: generate the Prisma client and build the app when their inputs changed, then run the server
// (which migrates and seeds). A second start skips every step that is done.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

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

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const generated = path.join(root, "lib", "generated", "prisma", "client.ts");
if (mtime(generated) < mtime(path.join(root, "prisma", "schema.prisma"))) {
  console.log("[versorgungslotse] Erzeuge den Prisma-Client …");
  run(bin("prisma"), ["generate"]);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "messages", "i18n", "public", "next.config.ts", "proxy.ts", "package.json", "postcss.config.mjs"];
if (process.env.SKIP_BUILD !== "1" && mtime(buildId) < newestMtime(sources)) {
  console.log("[versorgungslotse] Baue die Anwendung (einmalig, ca. 1 Minute) …");
  run(bin("next"), ["build"], { NODE_ENV: "production" });
}

const child = spawn(bin("tsx"), ["server.ts"], { cwd: root, stdio: "inherit", env: { NODE_ENV: "production", ...process.env } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
