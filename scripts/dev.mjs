// `npm run dev`: prepare the database (migrate + seed), then `next dev`. Set PORT, PGLITE_DATA_DIR and NEXT_DIST_DIR
// to run several development servers side by side.
import { spawnSync, spawn } from "node:child_process";
import path from "node:path";
import { generateIfNeeded } from "./build-if-needed.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
generateIfNeeded();
const migrated = spawnSync(bin("tsx"), ["scripts/db-migrate.ts"], { cwd: root, stdio: "inherit" });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);
const child = spawn(bin("next"), ["dev", "-p", process.env.PORT ?? "3000"], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
