import { describe, expect, it } from "vitest";
import { buildKnowledgePayload } from "@/prisma/seed/knowledge";
import { emptyAssessment } from "@/lib/domain/assessment/input";
import { QuestionCatalogueError, assessmentQuestionsOf } from "@/lib/domain/assessment/questions";
import { evaluateAssessment } from "@/lib/domain/recommendation/evaluate";
import { contentHash, currentQuestionCatalogue, parseKnowledgeSnapshot } from "./snapshot";
import { fileKnowledgeSource, knowledgeFromFiles, readKnowledgeFiles } from "./snapshot-files";
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

describe("the question catalogue in the snapshot", () => {
  /** A stored snapshot whose manifest carries the hash of its (changed) content, as a seeded version would. */
  const restamped = (content: ReturnType<typeof readKnowledgeFiles>["content"], version?: string) => {
    const { manifest } = readKnowledgeFiles();
    return { manifest: { ...manifest, version: version ?? manifest.version, contentHash: contentHash(content) }, content };
  };

  it("is validated with the code's fields when the snapshot is: the seed refuses a missing or surplus text in German", () => {
    const { content } = readKnowledgeFiles();
    const catalogue = structuredClone(content.questionCatalogue) as { questions: Array<{ id: string }> };
    const missing = { ...catalogue, questions: catalogue.questions.filter((q) => q.id !== "resources.expertise") };
    expect(() => parseKnowledgeSnapshot(restamped({ ...content, questionCatalogue: missing }))).toThrow("Fragenkatalog: Text für resources.expertise fehlt.");
    expect(() => buildKnowledgePayload(restamped({ ...content, questionCatalogue: missing }))).toThrow(QuestionCatalogueError);
    const surplus = { ...catalogue, questions: [...catalogue.questions, { ...catalogue.questions[0]!, id: "goals.moonbase" }] };
    expect(() => buildKnowledgePayload(restamped({ ...content, questionCatalogue: surplus }))).toThrow("Fragenkatalog: Texte ohne Frage: goals.moonbase.");
  });

  it("a snapshot stored before the catalogue became knowledge gets the build's catalogue, marked as the fallback", () => {
    const { content } = readKnowledgeFiles();
    const { questionCatalogue: _none, ...old } = content;
    const oldRuleSet = { ...(content.ruleSet as Record<string, unknown>), version: "2026-12-01.1" };
    const snapshot = parseKnowledgeSnapshot(restamped({ ...old, ruleSet: oldRuleSet } as typeof content, "2026-12-01.1"));
    expect(snapshot.questionCatalogueFallback).toBe(true);
    expect(snapshot.questionCatalogue).toBe(currentQuestionCatalogue());
    expect(snapshot.questionCatalogue).toEqual(knowledgeFromFiles().questionCatalogue);
    expect(knowledgeFromFiles().questionCatalogueFallback).toBe(false);
    // The engine runs with it and prints the build's texts.
    const r = evaluateAssessment(emptyAssessment("Alt"), snapshot);
    expect(r.ruleSetVersion).toBe("2026-12-01.1");
    const texts = assessmentQuestionsOf(knowledgeFromFiles().questionCatalogue);
    expect(r.confidence.answerFirst.length).toBeGreaterThan(0);
    for (const f of r.confidence.answerFirst) expect(f.question).toBe(texts.byId.get(f.field)!.label);
  });
});
