import { describe, expect, it } from "vitest";
import { similarCaseStudies } from "./similar-cases";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

const slugs = (top: Parameters<typeof similarCaseStudies>[1], fit: Parameters<typeof similarCaseStudies>[2]) =>
  similarCaseStudies(K.caseStudies, top, fit).map((c) => c.slug);

describe("similarCaseStudies", () => {
  it("network without PORT: Dörentrup before the PORT network Willingen-Diemelsee", () => {
    expect(slugs("provider-network", "not")[0]).toBe("doerentrup");
  });
  it("network with PORT fit: the PORT network first", () => {
    expect(slugs("provider-network", "fits")[0]).toBe("willingen-diemelsee");
  });
  it("every case shown chose the recommended carrier; at most three", () => {
    for (const model of ["provider-network", "municipal-mvz", "health-centre"] as const) {
      const found = similarCaseStudies(K.caseStudies, model, "partly");
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThanOrEqual(3);
      for (const c of found) expect(c.modelIds).toContain(model);
    }
  });
  it("no carrier (all excluded): no case studies", () => {
    expect(similarCaseStudies(K.caseStudies, null, "fits")).toEqual([]);
  });
});
