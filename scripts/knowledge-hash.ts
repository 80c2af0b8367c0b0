import fs from "node:fs";
import path from "node:path";
import { KNOWLEDGE_DIR, fileContentHash, readKnowledgeFiles } from "@/lib/knowledge/snapshot-files";

/**
 * Prints the content hash of the knowledge data files; with `--write` stores it in knowledge/manifest.json.
 * Bump the manifest's version first: a content change under the same version is what the hash test catches.
 */
const hash = fileContentHash();
const { manifest } = readKnowledgeFiles();
if (process.argv.includes("--write")) {
  fs.writeFileSync(path.join(KNOWLEDGE_DIR, "manifest.json"), JSON.stringify({ ...manifest, contentHash: hash }, null, 2) + "\n");
  console.log(`knowledge/manifest.json: Version ${manifest.version}, contentHash ${hash}`);
} else {
  console.log(hash);
  if (hash !== manifest.contentHash) {
    console.error(`Abweichung: manifest.json hat ${manifest.contentHash}. Version erhöhen, dann mit --write speichern.`);
    process.exitCode = 1;
  }
}
