import { describe, expect, it } from "vitest";
import { describeWithSourceTexts } from "@/tests/support/source-texts";
import type { Citation } from "../citation";
import { ComparisonRowSchema, RiskCheckItemSchema, riskVerdict } from "./rows";
import { knowledgeFromFiles } from "../../knowledge/snapshot-files";
import { loadSource } from "../../knowledge/source-text";

const K = knowledgeFromFiles();
const COMPARISON_ROWS = K.comparisonRows;
const MVZ_LEGAL_FORMS = K.mvzLegalForms;
const RISK_CHECKLIST = K.riskChecklist;
const RULE_PARAMETERS = K.ruleParameters;
const FUNDING_PROGRAMMES = K.fundingProgrammes;

describe("comparison rows", () => {
  it("parse, cover every model and cite every cell", () => {
    for (const row of COMPARISON_ROWS) expect(ComparisonRowSchema.safeParse(row).success, row.id).toBe(true);
    expect(COMPARISON_ROWS.map((r) => r.id)).toEqual(["town-brings", "control", "financial-risk", "time-to-effect", "legal-steps", "doctors-get", "source-towns"]);
  });

  it("says only the GmbH needs the guarantee", () => {
    expect(MVZ_LEGAL_FORMS.filter((f) => f.guaranteeRequired).map((f) => f.id)).toEqual(["gmbh"]);
  });
});

describe("risk checklist", () => {
  it("parses with unique ids", () => {
    for (const item of RISK_CHECKLIST) expect(RiskCheckItemSchema.safeParse(item).success, item.id).toBe(true);
    expect(new Set(RISK_CHECKLIST.map((i) => i.id)).size).toBe(RISK_CHECKLIST.length);
  });

  it("a serious yes changes the verdict of the models it names only", () => {
    const allNo = Object.fromEntries(RISK_CHECKLIST.map((i) => [i.id, "no" as const]));
    expect(riskVerdict(RISK_CHECKLIST, "municipal-mvz", allNo).level).toBe("clear");
    const answers = { ...allNo, "doctors-fear-competition": "yes" as const };
    const mvz = riskVerdict(RISK_CHECKLIST, "municipal-mvz", answers);
    expect(mvz.level).toBe("serious");
    expect(mvz.sentences_de[0]).toContain("Darmstadt-Dieburg");
    expect(riskVerdict(RISK_CHECKLIST, "provider-network", answers).level).toBe("clear");
  });

  it("unknown answers make the verdict open; a caution yes is caution", () => {
    expect(riskVerdict(RISK_CHECKLIST, "provider-network", {}).level).toBe("open");
    const allNo = Object.fromEntries(RISK_CHECKLIST.map((i) => [i.id, "no" as const]));
    expect(riskVerdict(RISK_CHECKLIST, "provider-network", { ...allNo, "gaps-soon": "yes" }).level).toBe("caution");
  });
});

// The quotes must be findable in the source documents (../shared/sources next to the repository).
describeWithSourceTexts("comparison quotes are verbatim in the sources", () => {
  // Line breaks, hyphenation at line ends and spacing differ in the extracted text: compare without them.
  const squash = (s: string) => s.replace(/[\s\-‐]+/g, "");
  const citations: Citation[] = [
    ...COMPARISON_ROWS.flatMap((r) => Object.values(r.cells).flatMap((c) => c.citations)),
    ...MVZ_LEGAL_FORMS.flatMap((f) => f.citations),
    ...RISK_CHECKLIST.flatMap((i) => i.citations),
    ...RULE_PARAMETERS.map((p) => p.citation),
    ...FUNDING_PROGRAMMES.flatMap((p) => p.citations),
  ];
  const quoted = citations.filter((c): c is Extract<Citation, { kind: "source" }> & { quote: string } => c.kind === "source" && c.quote !== undefined);
  it.each(quoted.map((c) => [c.source, c.quote] as const))("%s: %s", (source, quote) => {
    const text = squash(loadSource(source));
    expect(text.includes(squash(quote))).toBe(true);
  });
});
