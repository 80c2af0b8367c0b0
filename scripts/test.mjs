// `npm test`: type check, lint, unit + integration tests (database tests on PGlite always, and on PostgreSQL when
// one answers at DATABASE_URL_TEST or 127.0.0.1:5432), production build, end-to-end tests in Chromium, a short
// seeded fuzzer run against the production build.
// Runs every step, then prints one closing line "N passed, N failed" over all test runners.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const started = Date.now();
const steps = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

/**
 * Several independent single-threaded steps at once (tsc and ESLint each keep one core busy; CI has two). Each step's
 * output is kept and printed whole when it ends, so the log reads as if they had run one after the other.
 */
async function stepsAtOnce(list) {
  const runs = list.map(({ name, command, args }) => {
    const t0 = Date.now();
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    return new Promise((resolve) => {
      child.on("error", (error) => output.push(Buffer.from(String(error))));
      child.on("close", (code) => resolve({ name, ok: code === 0, seconds: (Date.now() - t0) / 1000, output }));
    });
  });
  for (const run of await Promise.all(runs)) {
    console.log(`\n▶ ${run.name}`);
    process.stdout.write(Buffer.concat(run.output));
    steps.push({ name: run.name, ok: run.ok, seconds: run.seconds });
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const only = process.argv[2]; // optional: "unit", "integration", "e2e"
let passed = 0;
let failed = 0;
let skipped = 0;

if (!only) {
  step("Prisma-Client", bin("prisma"), ["generate"]);
  await stepsAtOnce([
    { name: "Typprüfung (tsc)", command: bin("tsc"), args: ["--noEmit"] },
    { name: "Lint (eslint)", command: bin("eslint"), args: ["--max-warnings", "0", "."] },
  ]);
}

/**
 * The production build for the end-to-end tests, started beside the unit and integration tests in a full run: those
 * leave one of CI's two cores idle much of the time. Its output goes to a file (a pipe would fill while the tests
 * block this process) and is printed when it is awaited.
 */
function startBuild() {
  const log = path.join(results, "build.log");
  const fd = fs.openSync(log, "w");
  const t0 = Date.now();
  const child = spawn(process.execPath, [path.join(root, "scripts", "build-if-needed.mjs")], { cwd: root, env: process.env, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  const done = new Promise((resolve) => {
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
  return async () => {
    const code = await done;
    console.log("\n▶ Build (next build)");
    process.stdout.write(fs.readFileSync(log));
    steps.push({ name: "Build (next build)", ok: code === 0, seconds: (Date.now() - t0) / 1000 });
    return code === 0;
  };
}
const awaitBuild = !only ? startBuild() : null;

if (!only || only === "unit" || only === "integration") {
  const vitestJson = path.join(results, "vitest.json");
  fs.rmSync(vitestJson, { force: true });
  const projects = only ? ["--project", only] : [];
  step("Unit- und Integrationstests (vitest)", bin("vitest"), [
    "run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`,
  ]);
  const report = readJson(vitestJson);
  if (report) {
    passed += report.numPassedTests;
    // A file that failed without a failing test (an import error) counts as one failure.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
    ).length;
    failed += report.numFailedTests + brokenFiles;
    steps.at(-1).counted = report.numFailedTests + brokenFiles;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else failed += 1;
}

if (!only || only === "e2e") {
  let built;
  if (awaitBuild) built = await awaitBuild();
  else {
    built = step("Build (next build)", process.execPath, [path.join(root, "scripts", "build-if-needed.mjs")]);
  }
  const playwrightJson = path.join(results, "playwright.json");
  fs.rmSync(playwrightJson, { force: true });
  if (built) {
    step("End-to-End-Tests (Playwright, Chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    });
    const report = readJson(playwrightJson);
    if (report) {
      passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
      failed += report.stats?.unexpected ?? 0;
      steps.at(-1).counted = report.stats?.unexpected ?? 0;
      skipped += report.stats?.skipped ?? 0;
    } else failed += 1;
    // A short seeded run of the fuzzer (`npm run fuzz`) against the same build: one test, failed on any 5xx or hang.
    const fuzzOk = step("Fuzzer (300 Anfragen, Seed 12; npm run fuzz)", bin("tsx"), [
      "scripts/fuzz.ts", "--runs", "300", "--seed", "12", "--port", process.env.FUZZ_PORT ?? "3304", "--time-limit", "300",
    ]);
    if (fuzzOk) passed += 1;
    else {
      failed += 1;
      steps.at(-1).counted = 1;
    }
  }
}

console.log("\nZusammenfassung:");
for (const s of steps) console.log(`  ${s.ok ? "✓" : "✗"} ${s.name}${s.seconds ? ` (${s.seconds.toFixed(0)} s)` : ""}`);
const stepFailures = steps.filter((s) => !s.ok).length;
console.log(`  Dauer: ${((Date.now() - started) / 60000).toFixed(1)} min`);
// The plain closing line CI reads. A failed step without its own test count (tsc, eslint) counts as one failure.
// A failed step whose failures no runner counted (tsc, eslint, a crashed runner) counts as one failure.
const failedSteps = steps.filter((s) => !s.ok && !(s.counted > 0)).length;
console.log(`${passed} passed, ${failed + failedSteps} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
