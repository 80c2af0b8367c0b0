import { describe, expect, it } from "vitest";
import { adoptBrowserAnswers } from "./adopt";
import { answerOf, answeredCount, withAnswer, type AssessmentAnswers } from "./answers";
import { ASSESSMENT_FIELDS } from "./structure";

const [q1, q2, q3] = ASSESSMENT_FIELDS.filter((f) => !f.fromDatabase && f.values && f.values.length >= 2).map((f) => ({ id: f.id, a: f.values![0]!, b: f.values![1]! }));

function answers(pairs: Array<[string, string | number]>): AssessmentAnswers {
  return pairs.reduce<AssessmentAnswers>((acc, [id, value]) => withAnswer(acc, id, value), {});
}

describe("adoptBrowserAnswers: anonymous answers taken into the organisation's assessment", () => {
  it("nothing stored for the organisation: every browser answer is taken", () => {
    const browser = answers([[q1!.id, q1!.a], [q2!.id, q2!.a]]);
    const { answers: merged, summary } = adoptBrowserAnswers({}, browser);
    expect(answeredCount(merged)).toBe(2);
    expect(summary).toEqual({ fromBrowser: 2, added: 2, replaced: 0, same: 0 });
  });

  it("the browser's answer replaces the organisation's to the same question; others stay; equal ones count as same", () => {
    const organisation = answers([[q1!.id, q1!.a], [q2!.id, q2!.a], [q3!.id, q3!.a]]);
    const browser = answers([[q1!.id, q1!.b], [q2!.id, q2!.a]]);
    const { answers: merged, summary } = adoptBrowserAnswers(organisation, browser);
    expect(answerOf(merged, q1!.id)).toBe(q1!.b);
    expect(answerOf(merged, q2!.id)).toBe(q2!.a);
    expect(answerOf(merged, q3!.id)).toBe(q3!.a);
    expect(summary).toEqual({ fromBrowser: 2, added: 0, replaced: 1, same: 1 });
  });

  it("an empty browser changes nothing", () => {
    const organisation = answers([[q1!.id, q1!.a]]);
    const { answers: merged, summary } = adoptBrowserAnswers(organisation, {});
    expect(merged).toEqual(organisation);
    expect(summary.fromBrowser).toBe(0);
  });
});
