import { describe, expect, it } from "vitest";
import {
  PARAMETER_KEYS,
  RuleParameterTableSchema,
  requireParameter,
  resolveParameter,
  type RuleParameter,
} from "./rule-parameters";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

describe("rule parameter table", () => {
  it("parses and has no overlapping versions", () => {
    expect(RuleParameterTableSchema.safeParse(K.ruleParameters).success).toBe(true);
  });

  it("has a value for every key the calculations read, today", () => {
    for (const key of Object.values(PARAMETER_KEYS)) {
      expect(resolveParameter(K.ruleParameters, key, "2026-06-01"), key).toBeDefined();
    }
  });

  it("rejects overlapping versions of one key", () => {
    const overlapping: RuleParameter[] = [
      { ...K.ruleParameters[0]!, validFrom: "2013-01-01", validUntil: "2020-01-01", version: "a" },
      { ...K.ruleParameters[0]!, validFrom: "2019-06-30", validUntil: undefined, version: "b" },
    ];
    const result = RuleParameterTableSchema.safeParse(overlapping);
    expect(result.success).toBe(false);
  });

  it("rejects NaN and Infinity as values", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(RuleParameterTableSchema.safeParse([{ ...K.ruleParameters[0]!, value }]).success).toBe(false);
    }
  });
});

describe("resolveParameter", () => {
  it.each([
    ["2018-12-31", 1671, "BPL-RL 2013"],
    ["2019-06-29", 1671, "BPL-RL 2013"],
    ["2019-06-30", 1609, "BPL-RL 2019"],
    ["2026-01-01", 1609, "BPL-RL 2019"],
  ])("GP ratio at %s is %d (%s)", (date, value, version) => {
    const resolved = resolveParameter(K.ruleParameters, PARAMETER_KEYS.gpRatio, date);
    expect(resolved?.value).toBe(value);
    expect(resolved?.version).toBe(version);
  });

  it("accepts a Date and returns undefined before the first version", () => {
    expect(resolveParameter(K.ruleParameters, PARAMETER_KEYS.gpRatio, new Date("2026-03-01T12:00:00Z"))?.value).toBe(1609);
    expect(resolveParameter(K.ruleParameters, PARAMETER_KEYS.gpRatio, "2000-01-01")).toBeUndefined();
  });

  it("requireParameter names key and date when nothing is valid", () => {
    expect(() => requireParameter(K.ruleParameters, "nope", "2026-01-01")).toThrow(/„nope“.*2026-01-01/);
  });
});
