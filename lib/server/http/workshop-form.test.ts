import { describe, expect, it } from "vitest";
import { parseAnswer } from "@/lib/domain/schemas/workshop";
import { answerFromForm } from "./workshop-form";
import { dotVoteTemplate, ratingsTemplate } from "../../domain/workshop/templates";

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("answers from plain form posts (no JavaScript)", () => {
  it("ratings with 'weiß nicht' and unrated categories left out", () => {
    const config = ratingsTemplate();
    expect(parseAnswer(config, answerFromForm(config, form([["r:politics", "4"], ["r:assets", "unknown"]])))).toEqual({ type: "ratings", ratings: { politics: 4, assets: "unknown" } });
  });
  it.each([
    { name: "dots as number fields within the budget", fields: [["d:a", "1"], ["d:b", "1"]], ok: { type: "dotVote", dots: { a: 1, b: 1 } } },
    { name: "stacking off refuses two dots on one option", fields: [["d:a", "2"]], error: "Pro Möglichkeit ist höchstens ein Punkt erlaubt." },
    { name: "over budget is refused", fields: [["d:a", "1"], ["d:b", "1"], ["d:c", "1"], ["d:d", "1"]], error: "Sie haben 4 Punkte vergeben, erlaubt sind 3." },
  ] as const)("$name", ({ fields, ...expected }) => {
    const config = dotVoteTemplate(["a", "b", "c", "d"].map((key) => ({ key, label: key.toUpperCase() })), 3, false);
    const answer = () => parseAnswer(config, answerFromForm(config, form(fields.map(([k, v]) => [k, v]))));
    if ("error" in expected) expect(answer).toThrow(expected.error);
    else expect(answer()).toEqual(expected.ok);
  });
});
