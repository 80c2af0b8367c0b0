import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { evaluateAssessment, parseAssessment } from "@/lib/domain/recommendation/evaluate";
import { RecommendationSchema } from "@/lib/domain/recommendation/contract";
import { StoredPlanCitationsSchema } from "@/lib/domain/schemas/action-plan";
import { RetainedAggregateSchema } from "@/lib/domain/workshop/snapshot";
import { parseStoredResult } from "@/lib/server/use-cases/stored-result";
import { readStoredJson, StoredDataError } from "@/lib/server/db/stored-json";

/**
 * Stored JSON is parsed on read, never cast (issue 13): the engine's result stored with an assessment, the aggregates
 * kept after a workshop's retention and a plan item's citations are read with their one schema; a stored value of the
 * wrong shape is refused with a German message naming the field, instead of reaching a page with a type it lacks.
 */
function storedResult(): Record<string, unknown> {
  const input = parseAssessment(JSON.parse(fs.readFileSync(path.join(process.cwd(), "examples", "doerentrup.json"), "utf8")));
  if (!input.success) throw new Error("examples/doerentrup.json is not a valid assessment");
  // As the Assessment.result column holds it: the Recommendation through JSON (resultToStore).
  return JSON.parse(JSON.stringify(evaluateAssessment(input.data, knowledgeFromFiles(), { whatWouldChange: false })));
}

/** A deep copy of `value` with the field at `at` replaced by `by` (or removed when `by` is undefined). */
function changed(value: Record<string, unknown>, at: readonly (string | number)[], by?: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let holder = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = at.at(-1)!;
  expect(holder[last], `the stored result has ${at.join(".")}`).not.toBeUndefined();
  if (by === undefined) delete holder[last];
  else holder[last] = by;
  return copy;
}

describe("a stored self-check result is read with RecommendationSchema", () => {
  const stored = storedResult();

  it("accepts what the engine stores, field for field, and null for a result not computed", () => {
    const read = parseStoredResult(stored);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toEqual(stored);
    expect(parseStoredResult(null)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["a deep number stored as text", ["ranking", 0, "contributions", 0, "points"], "viel"],
    ["a citation of an unknown kind", ["ranking", 0, "contributions", 0, "citations", 0, "kind"], "blog"],
    ["a model the engine does not know", ["top"], "kommunale-apotheke"],
    ["a confidence level outside the enum", ["confidence", "level"], "sehr hoch"],
    ["a readiness category outside the factor categories", ["readiness", 0, "category"], "wetter"],
    ["a field the type declares, missing", ["confidence", "answerFirst"], undefined],
    ["a proposed measure's gaps as one text", ["nextMeasures", 0, "closesGaps"], "finanzen"],
  ])("refuses %s with a German message naming the field", (_, at, by) => {
    const read = parseStoredResult(changed(stored, at, by));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/^Das gespeicherte Ergebnis der Selbsteinschätzung hat nicht das erwartete Format \(/);
    expect(read.message).toContain(`${at.join(".")}: `);
    expect(read.message).toMatch(/neu berechnet/);
    // zod's own text in German (lib/domain/zod-german.ts), not "Invalid input".
    expect(read.message).not.toMatch(/Invalid|expected/);
  });

  it("the response contract is the same schema: a field the server adds later passes and is dropped", () => {
    const parsed = RecommendationSchema.parse({ ...stored, addedLater: 1 });
    expect(parsed).toEqual(stored);
  });
});

describe("other stored JSON columns are read with their schema", () => {
  const aggregate = {
    blockId: "b1",
    overall: { type: "choice", result: { counts: { netz: 3, mvz: 2 }, n: 5 } },
    byRole: [{ role: "Rat", result: { type: "choice", result: { counts: { netz: 3, mvz: 2 }, n: 5 } } }],
    n: 5,
    paper: 0,
    suppressed: 0,
    participants: 7,
    restored: true,
  };

  it("a workshop block's kept aggregate: accepted as the retention writes it, refused with a broken result", () => {
    expect(readStoredJson(RetainedAggregateSchema, aggregate, "WorkshopModerationEntry.detail", "Workshop w1").overall).toEqual(aggregate.overall);
    const broken = { ...aggregate, overall: { type: "choice", result: { counts: { netz: "drei" }, n: 5 } } };
    expect(() => readStoredJson(RetainedAggregateSchema, broken, "WorkshopModerationEntry.detail", "Workshop w1")).toThrow(StoredDataError);
    expect(() => readStoredJson(RetainedAggregateSchema, broken, "WorkshopModerationEntry.detail", "Workshop w1")).toThrow(
      /^Gespeicherte Daten in WorkshopModerationEntry\.detail \(Workshop w1\) haben nicht das erwartete Format \(overall\.result\.counts\.netz: /,
    );
  });

  it("a plan item's citations: the measure's list, a single one (as a town package carried it) as a list of one, nothing else", () => {
    const citation = { kind: "rule", rule: "§ 105 Abs. 5 SGB V" };
    expect(StoredPlanCitationsSchema.parse([citation])).toEqual([citation]);
    expect(StoredPlanCitationsSchema.parse(citation)).toEqual([citation]);
    expect(StoredPlanCitationsSchema.parse(null)).toBeNull();
    expect(() => readStoredJson(StoredPlanCitationsSchema, [{ kind: "rule" }], "ActionPlanItem.citation", "i1")).toThrow(/ActionPlanItem\.citation \(i1\)/);
  });
});
