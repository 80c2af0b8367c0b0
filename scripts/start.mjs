// `npm start`: generate the Prisma client and build the app when their inputs changed, then run the server
// (which migrates — backup first — and seeds what changed). A second start skips every step that is done.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = path.resolve(import.meta.dirname, "..");
if (process.env.SKIP_BUILD !== "1") buildIfNeeded();

// `node --import tsx` keeps one process: the one that holds the embedded database receives the signals.
const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { NODE_ENV: "production", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
