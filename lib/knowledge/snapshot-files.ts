import fs from "node:fs";
import path from "node:path";
import {
  SNAPSHOT_FILES,
  contentHash,
  parseKnowledgeSnapshot,
  type KnowledgeSnapshot,
  type KnowledgeSource,
  type RawKnowledgeContent,
  type SnapshotPart,
  type StoredSnapshot,
} from "./snapshot";

/**
 * The file-based source of knowledge snapshots: the data files in `knowledge/` at the repository root (one JSON
 * file per part plus `manifest.json`). Used by the seed (which stores them in the database), by tests and by
 * CLIs without a database. The server reads snapshots from the database instead (lib/server/db/knowledge-snapshot.ts).
 * Node-only.
 */

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, "../../knowledge");

const readJson = (dir: string, name: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8"));

/** The raw data files (unvalidated) and the manifest as stored. */
export function readKnowledgeFiles(dir: string = KNOWLEDGE_DIR): StoredSnapshot {
  const content = Object.fromEntries(
    (Object.entries(SNAPSHOT_FILES) as [SnapshotPart, string][]).map(([part, file]) => [part, readJson(dir, file)]),
  ) as RawKnowledgeContent;
  return { manifest: readJson(dir, "manifest") as StoredSnapshot["manifest"], content };
}

/** The hash the manifest should carry for the files as they are (used by `npm run knowledge:hash`). */
export function fileContentHash(dir: string = KNOWLEDGE_DIR): string {
  return contentHash(readKnowledgeFiles(dir).content);
}

/** A KnowledgeSource over the data files (one version: the manifest's). */
export function fileKnowledgeSource(dir: string = KNOWLEDGE_DIR): KnowledgeSource {
  return {
    name: `Dateien ${dir}`,
    currentVersion: async () => readKnowledgeFiles(dir).manifest.version,
    read: async (version) => {
      const stored = readKnowledgeFiles(dir);
      return stored.manifest.version === version ? stored : null;
    },
  };
}

let fileSnapshot: KnowledgeSnapshot | undefined;
/**
 * The snapshot of the data files, parsed by the one parser — synchronous for pure unit tests and fixtures.
 * Cached (the files do not change during a run).
 */
export function knowledgeFromFiles(): KnowledgeSnapshot {
  return (fileSnapshot ??= parseKnowledgeSnapshot(readKnowledgeFiles()));
}
