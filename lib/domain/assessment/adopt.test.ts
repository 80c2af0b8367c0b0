import { describe, expect, it } from "vitest";
import { adoptBrowserAnswers } from "./adopt";
import { answerOf, answeredCount, ASKED_QUESTIONS, withAnswer, type AssessmentAnswers } from "./answers";

const [q1, q2, q3] = ASKED_QUESTIONS.filter((q) => q.options && q.options.length >= 2).map((q) => ({ id: q.id, a: q.options![0]!.value, b: q.options![1]!.value }));

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
