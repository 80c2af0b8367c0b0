import { describe, expect, it } from "vitest";
import { containsVerbatim, loadSource } from "@/lib/knowledge/source-text";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { answersSchemaVersion, migrateAnswers, sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { describeWithSourceTexts } from "@/tests/support/source-texts";
import type { Citation } from "@/lib/domain/citation";
import { ASSESSMENT_FIELDS, ASSESSMENT_SCHEMA_VERSION, AssessmentInputSchema, PLAUSIBILITY_CHECKS } from "./input";
import { ASKED_FIELDS } from "./fields";
import { assessmentQuestionsOf } from "./questions";

const catalogue = knowledgeFromFiles().questionCatalogue;
const ASSESSMENT_QUESTIONS = assessmentQuestionsOf(catalogue).questions;

const issuesOf = (raw: unknown) => {
  const r = AssessmentInputSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("question catalogue (texts in knowledge/question-catalogue.json)", () => {
  it("every field of the code has its texts in the snapshot's catalogue, in the code's order", () => {
    expect(catalogue.schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION);
    expect(ASSESSMENT_QUESTIONS.map((q) => q.id)).toEqual(ASSESSMENT_FIELDS.map((f) => f.id));
    expect(ASSESSMENT_QUESTIONS.map((q) => q.id)).toEqual(catalogue.questions.map((q) => q.id));
    for (const q of ASSESSMENT_QUESTIONS) expect(q.label.length).toBeGreaterThan(3);
  });

  it("one count of questions everywhere: the wizard's asked questions are the engine's answerable ones", () => {
    expect(ASKED_FIELDS.map((q) => q.id)).toEqual(ASSESSMENT_QUESTIONS.filter((q) => q.countsForConfidence).map((q) => q.id));
  });

  it("the case-management copy no longer claims every PORT site has case management", () => {
    const help = ASSESSMENT_QUESTIONS.find((q) => q.id === "goals.caseManagement")!.help;
    expect(help).toMatch(/vier der fünf/);
    expect(help).toMatch(/Dornhan/);
  });
});

describeWithSourceTexts("question and rule-set citations against the source texts", () => {
  it("every quote in the question catalogue and the rule set occurs verbatim in its source", () => {
    const k = knowledgeFromFiles();
    const all: Citation[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o.kind === "source" && typeof o.source === "string") all.push(o as unknown as Citation);
        else Object.values(o).forEach(walk);
      }
    };
    walk(k.questionCatalogue);
    walk(k.ruleSet);
    const failures = all.filter((c) => c.kind === "source" && c.quote !== undefined && !containsVerbatim(loadSource(c.source), c.quote));
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });
});

describe("plausibility checks (API, CLI and wizard refuse contradictions)", () => {
  const CASES: [string, Record<string, Record<string, unknown>>, string][] = [
    ["aged-60-le-doctors", { supply: { gpCount: 1, gpsAged60Plus: 5 } }, "supply.gpsAged60Plus"],
    ["exits-le-doctors", { supply: { gpCount: 0.5, plannedExitsWithin5Years: 3 } }, "supply.plannedExitsWithin5Years"],
    ["doctors-need-practice", { supply: { practices: 0, gpCount: 2 } }, "supply.gpCount"],
    ["closing-le-practices", { supply: { practices: 1 }, urgency: { practicesClosingWithoutSuccessor: "several" } }, "urgency.practicesClosingWithoutSuccessor"],
    ["employment-and-self-employment", { localDoctors: { wantEmployment: "most", wantSelfEmployment: "most" } }, "localDoctors.wantSelfEmployment"],
    ["county-offer-but-not-willing", { partners: { countyWilling: "no", countyOffer: "co-fund" } }, "partners.countyOffer"],
    ["county-active-but-nothing", { partners: { countyWilling: "active", countyOffer: "nothing" } }, "partners.countyOffer"],
    ["gp-tenant-needs-tenants", { assets: { tenantCommitments: 0, gpTenant: "yes" } }, "assets.gpTenant"],
  ];

  it("every check has a case here", () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(PLAUSIBILITY_CHECKS.map((c) => c.id).sort());
  });

  it.each(CASES)("%s: refused with a German message on %s", (id, answers, field) => {
    const issues = issuesOf({ town: { name: "X" }, ...answers });
    const check = PLAUSIBILITY_CHECKS.find((c) => c.id === id)!;
    expect(issues).toContainEqual({ path: field, message: check.message });
    expect(check.message).toMatch(/Bitte/);
  });

  it("the same answers with one of them unknown are accepted", () => {
    for (const [, answers] of CASES) {
      const [group, fields] = Object.entries(answers).at(-1)!;
      const lastField = Object.keys(fields).at(-1)!;
      const relaxed = { ...answers, [group]: { ...fields, [lastField]: typeof fields[lastField] === "number" ? null : "unknown" } };
      expect(issuesOf({ town: { name: "X" }, ...relaxed })).toEqual([]);
    }
  });

  it("plausible boundary values pass: four part-time persons per counted doctor, exits equal to doctors", () => {
    expect(issuesOf({ town: { name: "X" }, supply: { practices: 1, gpCount: 1, gpsAged60Plus: 4, plannedExitsWithin5Years: 1 } })).toEqual([]);
    expect(issuesOf({ town: { name: "X" }, supply: { practices: 0, gpCount: 0, gpsAged60Plus: 0 } })).toEqual([]);
  });
});

describe("stored answers of catalogue version 1", () => {
  const v1 = { supply: { gpCount: 1, gpsAged60Plus: 6, practices: 2 }, politics: { councilSupport: "majority" }, localDoctors: { wantEmployment: "most", wantSelfEmployment: "most" } };

  it("are recognised as version 1 (no schemaVersion) and current answers as the current version", () => {
    expect(answersSchemaVersion(v1)).toBe(1);
    expect(answersSchemaVersion({ ...v1, schemaVersion: ASSESSMENT_SCHEMA_VERSION })).toBe(ASSESSMENT_SCHEMA_VERSION);
  });

  it("open and parse: contradicting old answers are dropped instead of breaking the assessment; new questions stay open", () => {
    const { answers, dropped } = migrateAnswers(v1, 1);
    expect(dropped.sort()).toEqual(["localDoctors.wantSelfEmployment", "supply.gpsAged60Plus"]);
    expect(answers.politics).toEqual({ councilSupport: "majority" });
    const sanitized = sanitizeAnswers(v1);
    expect(sanitized).toEqual(answers);
    expect(AssessmentInputSchema.safeParse({ town: { name: "Alt" }, ...sanitized }).success).toBe(true);
    expect(AssessmentInputSchema.parse({ town: { name: "Alt" }, ...sanitized }).partners.countyOffer).toBe("unknown");
  });

  it("current-version answers are not migrated (a contradiction stays visible to the user)", () => {
    const current = sanitizeAnswers({ ...v1, schemaVersion: ASSESSMENT_SCHEMA_VERSION });
    expect(current.supply?.gpsAged60Plus).toBe(6);
  });
});
