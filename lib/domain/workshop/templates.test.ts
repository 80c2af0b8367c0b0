import { describe, expect, it } from "vitest";
import { FACTOR_CATEGORIES } from "@/lib/domain/ids";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { consensusTemplate, ideasTemplate, measuresTemplate, modelVoteTemplate, ratingsTemplate, weightingTemplate } from "./templates";

describe("workshop block templates", () => {
  it("ratings cover every success-factor category of the self-check", () => {
    const c = ratingsTemplate();
    expect(c.type === "ratings" && c.categories.map((x) => x.key)).toEqual([...FACTOR_CATEGORIES]);
  });
  it("the model vote offers the four models and 'noch unentschieden'", () => {
    const c = modelVoteTemplate();
    expect(c.type === "singleChoice" && c.options.map((o) => o.label)).toEqual(["Gesundheitsnetzwerk", "Kommunales MVZ", "Gesundheitszentrum", "PORT-Zentrum", "Noch unentschieden"]);
  });
  it.each([ideasTemplate("concerns"), ideasTemplate("stakeholders"), consensusTemplate("Wir brauchen ein MVZ."), weightingTemplate()])("%# is a valid block", (c) => {
    expect(c.prompt.length).toBeGreaterThan(0);
  });
  it("measures come from the catalogue", () => {
    const c = measuresTemplate(knowledgeFromFiles().measures.slice(0, 4).map((m) => ({ key: m.slug, label: m.title })));
    expect(c.type === "dotVote" && c.options).toHaveLength(4);
  });
});
