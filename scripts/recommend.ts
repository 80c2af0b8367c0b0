/**
 * CLI: npm run --silent recommend -- <input.json>
 * Prints the Recommendation as JSON on stdout (nothing else). Invalid input or an unreadable file:
 * exit code 2 with a German message on stderr naming the field(s).
 * Without a database: the knowledge snapshot comes from the data files in knowledge/, through the one loader.
 */
import { readFileSync } from "node:fs";
import { loadKnowledgeSnapshot } from "../lib/knowledge/snapshot";
import { fileKnowledgeSource } from "../lib/knowledge/snapshot-files";
import { evaluateAssessment, parseAssessment } from "../lib/domain/recommendation/evaluate";

function fail(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
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
  const parsed = parseAssessment(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  – Feld „${i.path.length ? i.path.join(".") : "(Wurzel)"}“: ${i.message}`);
    fail(`Ungültige Eingabe in „${file}“ (${parsed.error.issues.length} Fehler):\n${lines.join("\n")}`);
  }
  const result = evaluateAssessment(parsed.data, await loadKnowledgeSnapshot(fileKnowledgeSource()));
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

await main(process.argv.slice(2));
