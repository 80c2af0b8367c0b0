import { describe, expect, it } from "vitest";
import { ASSUMPTION_LABEL, CitedTextSchema } from "./common";
import { readKnowledgeFiles } from "./snapshot-files";

/**
 * Every claim (a statement with `text` in the knowledge files) has a citation or is marked as the product's own
 * assumption — `assumption: true` together with "Annahme dieser Anwendung" in the text.
 */

const PORT = { kind: "source", source: "port-studie-rolle-der-kommunen.txt", section: "5. Fazit" } as const;

describe("the claim rule (CitedTextSchema)", () => {
  it.each([
    ["a cited claim", { text: "Eine Aussage.", citations: [PORT] }],
    ["a marked assumption without citation", { text: `${ASSUMPTION_LABEL}: eine Schätzung.`, citations: [], assumption: true }],
    ["a marked assumption that names what it leans on", { text: `Nach ${ASSUMPTION_LABEL} genügt das.`, citations: [PORT], assumption: true }],
  ])("accepts %s", (_label, claim) => {
    expect(CitedTextSchema.safeParse(claim).success).toBe(true);
  });

  it.each([
    ["a claim without citation and without marker", { text: "Eine Aussage.", citations: [] }, "Jede Aussage braucht eine Quelle"],
    ["a marker the text does not say", { text: "Eine Schätzung.", citations: [], assumption: true }, "Eine Annahme sagt es im Text"],
    ["a labelled assumption without marker", { text: `${ASSUMPTION_LABEL}: eine Schätzung.`, citations: [PORT] }, "bitte „assumption: true“ setzen"],
  ])("rejects %s", (_label, claim, message) => {
    const result = CitedTextSchema.safeParse(claim);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(" ")).toContain(message);
  });
});

describe("the knowledge files", () => {
  it("every statement with a text has a citation or is a marked assumption", () => {
    const failures: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (typeof o.text === "string" && "citations" in o) {
          const cited = Array.isArray(o.citations) && o.citations.length > 0;
          if (!cited && o.assumption !== true) failures.push(`${path}: ${o.text.slice(0, 60)}`);
        }
        for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
      }
    };
    const { content } = readKnowledgeFiles();
    for (const [part, value] of Object.entries(content)) walk(value, part);
    expect(failures).toEqual([]);
  });

  it("a text that calls itself an assumption carries the marker", () => {
    const { content } = readKnowledgeFiles();
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (typeof o.text === "string" && "citations" in o && o.text.includes(ASSUMPTION_LABEL) && o.assumption !== true) texts.push(o.text);
        Object.values(o).forEach(walk);
      }
    };
    walk(content);
    expect(texts).toEqual([]);
  });
});
