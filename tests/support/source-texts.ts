import fs from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import { SOURCES_DIR } from "@/lib/knowledge/source-text";

/**
 * The five source texts live beside the repository (../shared/sources), not in it. Tests that check quotes
 * against them run whenever the texts are present. Without them they do not crash and do not vanish: one
 * visible skipped test names the reason, and a console line says how many checks were skipped.
 * With REQUIRE_SOURCE_TEXTS=1 (set by .ci/run, where the texts are present) a missing text is a failure.
 */

// Test configuration, not app configuration (lib/server/config/env.ts is for the running app). SOURCE_TEXTS_DIR only lets a
// test run pretend the texts are elsewhere (e.g. missing), to see the skip.
const DIR = process.env.SOURCE_TEXTS_DIR ?? SOURCES_DIR;
export const SOURCE_TEXTS_PRESENT = DIR === SOURCES_DIR && fs.existsSync(path.join(SOURCES_DIR, "port-studie-rolle-der-kommunen.txt"));
const REQUIRED = process.env.REQUIRE_SOURCE_TEXTS === "1";

/** `describe` that runs only with the source texts; otherwise one skipped test with the reason (or a failure in CI). */
export function describeWithSourceTexts(name: string, body: () => void): void {
  if (SOURCE_TEXTS_PRESENT) {
    describe(name, body);
    return;
  }
  const reason = `Quellentexte nicht gefunden unter ${DIR}`;
  console.warn(`[source-texts] ÜBERSPRUNGEN: „${name}“ – ${reason}.`);
  if (REQUIRED) it(`${name}: REQUIRE_SOURCE_TEXTS=1, aber ${reason}`, () => {
    throw new Error(`${reason}. In CI müssen die Quellentexte unter ../shared/sources liegen.`);
  });
  else it.skip(`${name} – übersprungen: ${reason}`, () => {});
}

/** A file beside the repository (e.g. ../shared/data/…), or undefined when it is not there. */
export function sharedFile(...segments: string[]): string | undefined {
  const file = path.resolve(DIR, "..", ...segments);
  return fs.existsSync(file) ? file : undefined;
}
