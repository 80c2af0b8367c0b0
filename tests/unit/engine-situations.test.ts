import { describe, expect, it } from "vitest";
import { SOURCE_FILES } from "@/lib/domain/citation";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { AssessmentInputSchema } from "@/lib/domain/assessment/input";
import { recommend } from "@/lib/domain/recommendation/engine";
import { assessmentQuestionsOf } from "@/lib/domain/assessment/questions";
import { SITUATIONS, type Situation } from "../fixtures/engine-situations";

const K = knowledgeFromFiles();

function run(s: Situation) {
  const input = AssessmentInputSchema.parse({ ...s.answers, town: { name: s.id, ...(s.answers.town ?? {}) } });
  return recommend(input, K.ruleSet, [], assessmentQuestionsOf(K.questionCatalogue), { whatWouldChange: false });
}

describe("validation set (tests/fixtures/engine-situations.ts)", () => {
  it("has at least 40 situations with unique ids, each expectation justified by a citation", () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
    for (const s of SITUATIONS) {
      const justified = new Set(s.why.map((w) => w.for));
      expect(justified.has("first"), `${s.id}: first`).toBe(true);
      expect(justified.has("port"), `${s.id}: port`).toBe(true);
      if (s.excluded?.length) expect(justified.has("excluded"), `${s.id}: excluded`).toBe(true);
      if (s.confidence) expect(justified.has("confidence"), `${s.id}: confidence`).toBe(true);
      for (const w of s.why) expect(SOURCE_FILES).toContain(w.source);
    }
  });

  it.each(SITUATIONS.map((s) => [s.id, s] as const))("%s", (_id, s) => {
    const r = run(s);
    expect(s.first, `${s.title}: erstes Modell ${r.top}`).toContain(r.top);
    for (const m of s.excluded ?? []) expect(r.ranking.find((x) => x.model === m)!.excluded, `${m} ausgeschlossen`).toBe(true);
    expect(s.port, `PORT ${r.port.fit}`).toContain(r.port.fit);
    if (s.confidence) expect(s.confidence).toContain(r.confidence.level);
  });
});
