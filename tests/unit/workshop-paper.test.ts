import { describe, expect, it } from "vitest";
import { aggregateAnswers } from "@/lib/server/db/workshop-participation";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";
import { paperAnswers, paperCountProblem, paperKeys } from "@/lib/domain/workshop/paper";

const choice: BlockConfig = { type: "singleChoice", prompt: "Modell?", options: [{ key: "a", label: "A" }, { key: "b", label: "B" }] };
const dots: BlockConfig = { type: "dotVote", prompt: "Zuerst?", options: [{ key: "a", label: "A" }, { key: "b", label: "B" }], dots: 2, stacking: false };
const ratings: BlockConfig = { type: "ratings", prompt: "Wie gut?", categories: [{ key: "x", label: "X" }, { key: "y", label: "Y" }], allowUnknown: true };
const consensus: BlockConfig = { type: "consensus", prompt: "Einig?" };
const text: BlockConfig = { type: "openText", prompt: "Was noch?", maxLength: 500 };

describe("paper counts (flipchart) as answers", () => {
  it.each([
    ["single choice: per option", choice, { a: 2, b: 1 }, { type: "choice", counts: { a: 2, b: 1 } }],
    ["dot vote: each dot counts, never beyond the rule", dots, { a: 5, b: 0 }, { type: "dotVote", dots: { a: 5, b: 0 } }],
    ["consensus: per value", consensus, { "1": 1, "5": 2 }, { type: "consensus", median: 5, split: true }],
    ["ratings: per category and value", ratings, { "x:4": 2, "y:unknown": 1 }, { type: "ratings", xMean: 4, yUnknown: 1 }],
  ] as const)("%s", (_name, config, counts, expected) => {
    const result = aggregateAnswers(config, paperAnswers(config, counts));
    expect(result.type).toBe(expected.type);
    if (result.type === "choice" && "counts" in expected) expect(result.result.counts).toEqual(expected.counts);
    if (result.type === "dotVote" && "dots" in expected) expect(Object.fromEntries(result.result.ranking.map((r) => [r.key, r.dots]))).toEqual(expected.dots);
    if (result.type === "consensus" && "median" in expected) expect([result.result.median, result.result.split]).toEqual([expected.median, expected.split]);
    if (result.type === "ratings" && "xMean" in expected) expect([result.result.categories.x!.mean, result.result.categories.y!.unknown]).toEqual([expected.xMean, expected.yUnknown]);
  });

  it.each([
    ["an unknown option", choice, { c: 1 }, /gehört nicht/],
    ["a negative count", choice, { a: -1 }, /ab 0/],
    ["open text (no paper form)", text, { a: 1 }, /keine Papierstimmen/],
    ["a rating value off the scale", ratings, { "x:7": 1 }, /gehört nicht/],
  ] as const)("refuses %s", (_name, config, counts, message) => {
    expect(paperCountProblem(config, counts)).toMatch(message);
    expect(paperAnswers(config, counts)).toEqual([]);
  });

  it("offers one field per option, value or category × value", () => {
    expect(paperKeys(choice).map((k) => k.key)).toEqual(["a", "b"]);
    expect(paperKeys(consensus)).toHaveLength(5);
    expect(paperKeys(ratings)).toHaveLength(12);
    expect(paperKeys(text)).toEqual([]);
  });
});
