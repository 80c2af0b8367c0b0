import { describe, expect, it } from "vitest";
import { aggregateChoices, aggregateDots, aggregateRanking, aggregateRatings, aggregateWeighting, byRoleGroup, consensus, median } from "./aggregate";
import { CODE_ALPHABET, codeFromBytes, normaliseCode } from "./code";

describe("consensus check (split when ≥ 1/3 outside the 3-point window around the median)", () => {
  it.each([
    { values: [3, 3, 3], window: { low: 2, high: 4 }, outside: 0, split: false },
    // 6 ratings, 2 outside = exactly one third → split (boundary)
    { values: [3, 3, 3, 3, 1, 5], window: { low: 2, high: 4 }, outside: 2, split: true },
    // 7 ratings, 2 outside < one third → not split (just below the boundary)
    { values: [3, 3, 3, 3, 3, 1, 5], window: { low: 2, high: 4 }, outside: 2, split: false },
    // the window's edges (m±1) count as inside
    { values: [2, 4, 3, 2, 4, 3], window: { low: 2, high: 4 }, outside: 0, split: false },
    // even count, median 2.5 → window taken at 2: {1,2,3}; the 4 and the 5 are outside (2 of 6 = one third)
    { values: [1, 2, 2, 3, 4, 5], window: { low: 1, high: 3 }, outside: 2, split: true },
    { values: [1, 1, 5, 5], window: { low: 2, high: 4 }, outside: 4, split: true },
    { values: [], window: null, outside: 0, split: false },
  ])("$values → outside $outside, split $split", ({ values, window, outside, split }) => {
    const r = consensus(values);
    expect(r.window).toEqual(window);
    expect(r.outside).toBe(outside);
    expect(r.split).toBe(split);
    expect(r.n).toBe(values.length);
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 5, 3], 3],
    [[1, 2, 3, 4], 2.5],
  ] as const)("%j → %s", (values, expected) => expect(median(values)).toBe(expected));
});

describe("ratings per category", () => {
  it("computes mean, median, distribution and 'weiß nicht' per category and radar means", () => {
    const r = aggregateRatings(["politics", "assets"], [{ politics: 4, assets: "unknown" }, { politics: 2, assets: 5 }, { politics: 3 }]);
    expect(r.categories.politics).toMatchObject({ n: 3, mean: 3, median: 3, unknown: 0, distribution: { "1": 0, "2": 1, "3": 1, "4": 1, "5": 0 } });
    expect(r.categories.assets).toMatchObject({ n: 1, mean: 5, unknown: 1 });
    expect(r.radar).toEqual([{ key: "politics", mean: 3 }, { key: "assets", mean: 5 }]);
  });
  it("a category no one rated has no mean", () => {
    expect(aggregateRatings(["x"], [{ x: "unknown" }]).radar).toEqual([{ key: "x", mean: null }]);
  });
});

describe("dot voting", () => {
  const options = ["a", "b", "c"];
  it.each([
    { name: "stacking allowed sums dots", rule: { dots: 3, stacking: true }, answers: [{ a: 3 }, { a: 1, b: 2 }], expected: { a: 4, b: 2, c: 0 }, n: 2 },
    { name: "stacking off counts at most one per option", rule: { dots: 3, stacking: false }, answers: [{ a: 2, b: 1 }], expected: { a: 1, b: 1, c: 0 }, n: 1 },
    { name: "an answer over budget is ignored", rule: { dots: 2, stacking: true }, answers: [{ a: 3 }, { b: 1 }], expected: { a: 0, b: 1, c: 0 }, n: 1 },
    { name: "unknown options are ignored", rule: { dots: 3, stacking: true }, answers: [{ z: 2, c: 1 }], expected: { a: 0, b: 0, c: 1 }, n: 1 },
  ])("$name", ({ rule, answers, expected, n }) => {
    const r = aggregateDots(options, answers as Array<Record<string, number>>, rule);
    expect(Object.fromEntries(r.ranking.map((x) => [x.key, x.dots]))).toEqual(expected);
    expect(r.n).toBe(n);
  });
  it("ranks by dots, ties in catalogue order", () => {
    expect(aggregateDots(options, [{ c: 1, b: 1 }], { dots: 2, stacking: false }).ranking.map((r) => r.key)).toEqual(["b", "c", "a"]);
  });
});

describe("ranking (Borda)", () => {
  it.each([
    { orders: [["a", "b", "c"]], expected: [["a", 2], ["b", 1], ["c", 0]] },
    { orders: [["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]], expected: [["b", 4], ["a", 3], ["c", 2]] },
    // partial ranking: unranked options score 0
    { orders: [["c"]], expected: [["c", 2], ["a", 0], ["b", 0]] },
  ])("$orders", ({ orders, expected }) => {
    expect(aggregateRanking(["a", "b", "c"], orders).ranking.map((r) => [r.key, r.points])).toEqual(expected);
  });
});

describe("choices and weighting", () => {
  it("counts single and multiple choices once per participant", () => {
    expect(aggregateChoices(["x", "y"], [["x"], ["x", "y", "x"], ["y"]])).toEqual({ counts: { x: 2, y: 2 }, n: 3 });
  });
  it("weighting totals and means", () => {
    expect(aggregateWeighting(["x", "y"], [{ x: 10 }, { x: 4, y: 6 }]).options).toEqual([{ key: "x", total: 14, mean: 7 }, { key: "y", total: 6, mean: 3 }]);
  });
});

describe("role groups (< 5 not broken out)", () => {
  const of = (role: string | null, n: number) => Array.from({ length: n }, () => ({ role, value: 1 }));
  it.each([
    { name: "a group of 5 is shown, 4 are not", answers: [...of("Rat", 5), ...of("KV", 4)], shown: ["Rat"], suppressed: 4 },
    { name: "small groups pooled as other when the pool reaches 5", answers: [...of("Rat", 5), ...of("KV", 3), ...of(null, 2)], shown: ["Rat", "other"], suppressed: 0 },
    { name: "nobody broken out when every group is small", answers: [...of("Rat", 4), ...of("KV", 4)], shown: [], suppressed: 8 },
  ])("$name", ({ answers, shown, suppressed }) => {
    const r = byRoleGroup(answers);
    expect(r.groups.map((g) => g.role)).toEqual(shown);
    expect(r.suppressed).toBe(suppressed);
  });
});

describe("join codes", () => {
  it("uses no look-alike characters", () => {
    for (const c of "0O1IL") expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toHaveLength(31);
  });
  it("maps bytes to a 6-character code, skipping biased bytes", () => {
    expect(codeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5]))).toBe("234567");
    expect(codeFromBytes(new Uint8Array([255, 0, 1, 2, 3, 4, 5]))).toBe("234567");
  });
  it.each([
    ["abc-def", "ABCDEF"],
    [" ab cd ef ", "ABCDEF"],
    ["ABCDE0", null],
    ["ABCDEFG", null],
    ["ABCDEL", null],
  ])("normalises %j → %s", (input, expected) => expect(normaliseCode(input)).toBe(expected));
});
