import { describe, expect, it } from "vitest";
import { z } from "zod";
import { blockConfigFromForm, type BlockSources } from "./block-form";

const sources: BlockSources = {
  ideaOptions: async () => [{ key: "idea-a", label: "Die KV" }, { key: "idea-b", label: "Der Kreis" }],
  measureOptions: async (ideasBlockId) => [{ key: "hausarzt-stipendium", label: "Stipendium" }, { key: "praxisboerse", label: "Praxisbörse" }, ...(ideasBlockId ? [{ key: "idea-a", label: "Die KV" }] : [])],
};
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("the control view's add-a-block form", () => {
  it.each([
    ["dot vote over ideas with the chosen budget and rule", { template: "dotVote", ideasBlockId: "blk1", dots: "5", stacking: "on" }, { type: "dotVote", dots: 5, stacking: true, ideasFromBlockId: "blk1", options: 2 }],
    ["measures with the ideas of a block", { template: "measures", ideasBlockId: "blk1", dots: "3" }, { type: "dotVote", template: "measures", dots: 3, stacking: false, options: 3 }],
    ["own single choice, one option per line", { template: "customSingle", prompt: "Wann treffen wir uns?", options: "Montag\n\nDienstag \n" }, { type: "singleChoice", options: 2 }],
    ["own multiple choice", { template: "customMultiple", prompt: "Wer kommt?", options: "Rat\nKV\nKreis" }, { type: "multipleChoice", options: 3 }],
    ["own scale with labels", { template: "customScale", prompt: "Wie dringend?", min: "0", max: "10", minLabel: "gar nicht", maxLabel: "sofort" }, { type: "scale", min: 0, max: 10, minLabel: "gar nicht" }],
    ["own open text", { template: "customText", prompt: "Was fehlt?" }, { type: "openText" }],
    ["ranking of the success factors", { template: "ranking" }, { type: "ranking" }],
  ] as const)("%s", async (_name, fields, expected) => {
    const config = await blockConfigFromForm(form(fields), sources);
    const { options, ...rest } = expected as Record<string, unknown> & { options?: number };
    expect(config).toMatchObject(rest);
    if (options !== undefined) expect("options" in config && config.options).toHaveLength(options);
  });

  it.each([
    ["an unknown template", { template: "quiz" }, /Vorlage/],
    ["a dot vote without its ideas block", { template: "dotVote", dots: "3" }, /Ideen-Block/],
    ["21 dots", { template: "dotVote", ideasBlockId: "blk1", dots: "21" }, /Höchstens 20/],
    ["a choice with one option", { template: "customSingle", prompt: "Ja?", options: "Ja" }, /mindestens zwei/],
    ["a scale whose maximum is not above its minimum", { template: "customScale", prompt: "Wie?", min: "5", max: "5" }, /größer als das Minimum/],
    ["an own block without a question", { template: "customText", prompt: " " }, /Bitte eine Frage/],
  ] as const)("refuses %s with a German message", async (_name, fields, message) => {
    const error = await blockConfigFromForm(form(fields), sources).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues.map((i) => i.message).join(" ")).toMatch(message);
  });
});
