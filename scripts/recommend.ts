/**
 * CLI: npm run --silent recommend -- <input.json>
 * Prints the Recommendation as JSON on stdout (nothing else). Invalid input or an unreadable file:
 * exit code 2 with a German message on stderr naming the field(s).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { AssessmentInputSchema } from "../lib/domain/assessment/input";
import { recommend, type MeasureRef } from "../lib/domain/recommendation/engine";
import { RULE_SET } from "../lib/knowledge/rules";
import { measures } from "../lib/knowledge/measures";

/** The only place the CLI touches the measures catalogue. */
function loadMeasures(): MeasureRef[] {
  return measures.map((m) => ({ slug: m.slug, title: m.title, closesGaps: m.closesGaps }));
}

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(2);
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file) fail("Aufruf: npm run --silent recommend -- <eingabe.json>\nBitte den Pfad zu einer Selbstcheck-Datei (JSON) angeben.");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(`Die Datei „${file}“ konnte nicht gelesen werden: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`Die Datei „${file}“ enthält kein gültiges JSON: ${(e as Error).message}`);
  }
  z.config(z.locales.de());
  const parsed = AssessmentInputSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  – Feld „${i.path.length ? i.path.join(".") : "(Wurzel)"}“: ${i.message}`);
    fail(`Ungültige Eingabe in „${file}“ (${parsed.error.issues.length} Fehler):\n${lines.join("\n")}`);
  }
  const result = recommend(parsed.data, RULE_SET, loadMeasures());
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

main(process.argv.slice(2));
