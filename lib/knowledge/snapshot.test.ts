import { describe, expect, it } from "vitest";
import { contentHash, parseKnowledgeSnapshot } from "./snapshot";
import { fileKnowledgeSource, readKnowledgeFiles } from "./snapshot-files";
import { loadKnowledgeSnapshot } from "./snapshot";

describe("knowledge snapshot (data files in knowledge/)", () => {
  it("validates with the zod schemas and names its content version", () => {
    const stored = readKnowledgeFiles();
    const snapshot = parseKnowledgeSnapshot(stored);
    expect(snapshot.version).toBe(stored.manifest.version);
    expect(snapshot.ruleSet.version).toBe(snapshot.version);
  });

  it("the manifest's content hash matches the files: content changed without a version bump fails here", () => {
    const { manifest, content } = readKnowledgeFiles();
    expect(
      contentHash(content),
      "Inhalt von knowledge/*.json geändert: Version in knowledge/manifest.json (und rule-set.json) erhöhen, dann `npx tsx scripts/knowledge-hash.ts --write`.",
    ).toBe(manifest.contentHash);
  });

  it("the loader refuses content that differs from the manifest's hash", () => {
    const stored = readKnowledgeFiles();
    const params = structuredClone(stored.content.ruleParameters) as Array<{ value: number }>;
    params[0]!.value += 1;
    expect(() => parseKnowledgeSnapshot({ ...stored, content: { ...stored.content, ruleParameters: params } })).toThrow(/Version nicht erhöht/);
  });

  it("the hash does not depend on key order, only on content", () => {
    const { content } = readKnowledgeFiles();
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(contentHash(reordered)).toBe(contentHash(content));
  });

  it("one cached loader: the same version is parsed once per source", async () => {
    const source = fileKnowledgeSource();
    const a = await loadKnowledgeSnapshot(source);
    const b = await loadKnowledgeSnapshot(source, a.version);
    expect(b).toBe(a);
    await expect(loadKnowledgeSnapshot(source, "1999-01-01.1")).rejects.toThrow(/nicht gespeichert/);
  });
});
