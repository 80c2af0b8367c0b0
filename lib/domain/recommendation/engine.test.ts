import { describe, expect, it } from "vitest";
import { CitationSchema } from "../citation";
import { CARRIER_MODEL_IDS, FACTOR_CATEGORIES, type CarrierModelId } from "../ids";
import { RuleSetSchema, type Condition, type RuleSet } from "./rule-set";
import {
  ASSESSMENT_FIELD_PATHS,
  AssessmentInputSchema,
  emptyAssessment,
  type AssessmentInput,
  type AssessmentInputRaw,
} from "../assessment/input";
import { assessmentQuestionsOf } from "../assessment/questions";
import { recommend as recommendWith, type MeasureRef, type Recommendation, type RecommendOptions } from "./engine";
import { SOURCE_TOWNS } from "./source-towns";
import { evaluateAssessment } from "./evaluate";
import buesum from "../../../examples/buesum.json";
import doerentrup from "../../../examples/doerentrup.json";
import dornhan from "../../../examples/dornhan.json";
import hohenstein from "../../../examples/hohenstein.json";
import marienmuenster from "../../../examples/marienmuenster.json";
import oberRamstadt from "../../../examples/ober-ramstadt.json";
import schneeberg from "../../../examples/schneeberg.json";
import willingen from "../../../examples/willingen-diemelsee.json";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import ruleSetV1 from "../../../tests/fixtures/rule-set-2026-12-02.1.json";

const K = knowledgeFromFiles();
/** The snapshot's question texts, joined with the code's fields (what the callers of the engine pass). */
const QUESTIONS = assessmentQuestionsOf(K.questionCatalogue);
const ASSESSMENT_QUESTIONS = QUESTIONS.questions;
const QUESTION_BY_ID = QUESTIONS.byId;
const recommend = (input: AssessmentInput, ruleSet: RuleSet, measures: readonly MeasureRef[], options?: RecommendOptions) =>
  recommendWith(input, ruleSet, measures, QUESTIONS, options);

const EXAMPLES: Record<string, unknown> = {
  buesum,
  doerentrup,
  dornhan,
  hohenstein,
  marienmuenster,
  "ober-ramstadt": oberRamstadt,
  schneeberg,
  "willingen-diemelsee": willingen,
};

const MEASURES: MeasureRef[] = [
  { slug: "gesundheitsnetzwerker", title: "Kommunaler Gesundheitsnetzwerker", closesGaps: ["networking", "expertise"] },
  { slug: "immobilie", title: "Immobilie suchen", closesGaps: ["assets"] },
  { slug: "rat", title: "Ratsbeschluss vorbereiten", closesGaps: ["politics"] },
  { slug: "kreis", title: "Kooperation mit dem Kreis", closesGaps: ["cooperation", "resources"] },
  { slug: "beteiligung", title: "Ärzteschaft und KV einbinden", closesGaps: ["participation"] },
  { slug: "nachfolge", title: "Praxisnachfolge", closesGaps: ["supply"] },
];

const parse = (raw: AssessmentInputRaw): AssessmentInput => AssessmentInputSchema.parse(raw);
const run = (input: AssessmentInput, opts = { whatWouldChange: false }) => recommend(input, K.ruleSet, MEASURES, opts);
const model = (r: Recommendation, m: CarrierModelId) => r.ranking.find((x) => x.model === m)!;

function withAnswer(input: AssessmentInput, path: string, value: string | number | null): AssessmentInput {
  const [g, k] = path.split(".") as [string, string];
  const src = input as unknown as Record<string, Record<string, unknown>>;
  return { ...input, [g]: { ...src[g], [k]: value } } as AssessmentInput;
}

/** An input where every carrier is viable (no knock-out). */
const RICH: AssessmentInputRaw = {
  town: { name: "Musterstadt", population: 8000, publicTransport: "fair" },
  urgency: { practicesClosingWithoutSuccessor: "one", acuteCrisis: "no" },
  resources: { investmentCapacity: "medium", budgetConsolidation: "no", coordinationStaffTime: "dedicated", expertise: "bought", extraFunding: "temporary" },
  politics: { councilSupport: "majority", mayorCommitment: "strong" },
  partners: { countyWilling: "willing", hospitalOperator: "no", investor: "no", kvRelationship: "neutral" },
  localDoctors: { cooperate: "yes", fearCompetition: "no", wantEmployment: "some", wantSelfEmployment: "some", consentToMunicipalMvz: "yes" },
  assets: { building: "securable", existingNetwork: "informal" },
  goals: { controlVsRisk: "balanced", timeToEffect: "medium", multiProfessionalAmbition: "medium" },
};

// A deterministic sample of varied inputs: the source towns, the rich input, empty, and systematic variants.
const SAMPLE: AssessmentInput[] = (() => {
  const out: AssessmentInput[] = [parse(RICH), emptyAssessment("Leer"), ...SOURCE_TOWNS.map((t) => parse(t.input))];
  const choiceQs = ASSESSMENT_QUESTIONS.filter((q) => q.kind === "choice");
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 40; i++) {
    let input = parse(RICH);
    for (const q of choiceQs) {
      const opts = q.options!;
      input = withAnswer(input, q.id, opts[next() % opts.length]!.value);
    }
    out.push(input);
  }
  return out;
})();

function conditionLeaves(c: Condition): { field: string; in?: string[] }[] {
  if ("all" in c) return c.all.flatMap(conditionLeaves);
  if ("any" in c) return c.any.flatMap(conditionLeaves);
  return [c];
}

function allConditions(rs: RuleSet): { id: string; when: Condition }[] {
  return [...rs.scoreRules, ...rs.knockOuts, ...rs.port.criteria];
}

describe("rule set", () => {
  it("validates against RuleSetSchema", () => {
    expect(() => RuleSetSchema.parse(K.ruleSet)).not.toThrow();
  });

  it("has unique rule ids", () => {
    const ids = [...K.ruleSet.scoreRules, ...K.ruleSet.knockOuts, ...K.ruleSet.port.criteria, ...K.ruleSet.readiness.items].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(allConditions(K.ruleSet).map((r) => [r.id, r.when] as const))("%s refers to existing questions and answer options", (_id, when) => {
    for (const leaf of conditionLeaves(when)) {
      expect(ASSESSMENT_FIELD_PATHS).toContain(leaf.field);
      const q = QUESTION_BY_ID.get(leaf.field)!;
      if (leaf.in) {
        expect(q.kind).toBe("choice");
        for (const v of leaf.in) expect(q.options!.map((o) => o.value)).toContain(v);
        expect(leaf.in).not.toContain("unknown");
      } else expect(q.kind).toBe("number");
    }
  });

  it.each(K.ruleSet.readiness.items.map((r) => [r.id, r] as const))("readiness item %s covers every known answer", (_id, item) => {
    const q = QUESTION_BY_ID.get(item.field)!;
    expect(q).toBeDefined();
    if (item.values) for (const o of q.options!) if (o.value !== "unknown") expect(item.values).toHaveProperty(o.value);
  });

  const cited = [
    ...K.ruleSet.scoreRules.map((r) => [r.id, r.citations] as const),
    ...K.ruleSet.knockOuts.map((r) => [r.id, r.citations] as const),
    ...K.ruleSet.port.criteria.map((r) => [r.id, r.citations] as const),
    ...K.ruleSet.readiness.items.map((r) => [r.id, r.citations] as const),
    ["low-confidence", K.ruleSet.lowConfidence.citations] as const,
    ...(K.ruleSet.noInformation ?? []).map((n) => [`no-information.${n.model}`, n.citations] as const),
  ];
  it.each(cited)("rule %s has at least one valid citation", (_id, citations) => {
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(() => CitationSchema.parse(c)).not.toThrow();
  });

  const TOWN_NAMES = [
    "Dörentrup", "Doerentrup", "Marienmünster", "Marienburg", "Schneeberg", "Büsum", "Buesum", "Ober-Ramstadt",
    "Darmstadt", "Dieburg", "Dornhan", "Hohenstein", "Willingen", "Diemelsee", "Dithmarschen", "Reutlingen",
    "Rottweil", "Waldeck", "Lippe", "Höxter", "Heinsberg", "Erzgebirge",
  ];
  const ruleTexts = [
    ...K.ruleSet.scoreRules.map(({ citations: _c, ...r }) => [r.id, JSON.stringify(r)] as const),
    ...K.ruleSet.knockOuts.map(({ citations: _c, ...r }) => [r.id, JSON.stringify(r)] as const),
    ...K.ruleSet.port.criteria.map(({ citations: _c, ...r }) => [r.id, JSON.stringify(r)] as const),
    ...K.ruleSet.readiness.items.map(({ citations: _c, ...r }) => [r.id, JSON.stringify(r)] as const),
    ["low-confidence", K.ruleSet.lowConfidence.explanation] as const,
    ...K.ruleSet.port.carrierNotes.map((n) => [`note.${n.model}`, n.note] as const),
    ...(K.ruleSet.noInformation ?? []).map((n) => [`no-information.${n.model}`, n.explanation] as const),
  ];
  it.each(ruleTexts)("rule %s names no town (text and condition)", (_id, text) => {
    for (const name of TOWN_NAMES) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
  });
});

describe("knock-outs", () => {
  // [knock-out id, model, answers that trigger it, one answer that supplies the prerequisite]
  const CASES: [string, CarrierModelId, Record<string, string>, [string, string]][] = [
    ["ko.mvz-no-council", "municipal-mvz", { "politics.councilSupport": "none" }, ["politics.councilSupport", "split"]],
    [
      "ko.mvz-no-money-no-partner",
      "municipal-mvz",
      { "resources.investmentCapacity": "none", "partners.countyWilling": "no", "partners.hospitalOperator": "no" },
      ["partners.hospitalOperator", "yes"],
    ],
    [
      "ko.mvz-no-money-no-partner",
      "municipal-mvz",
      { "resources.investmentCapacity": "none", "partners.countyWilling": "no", "partners.hospitalOperator": "no" },
      ["partners.countyWilling", "willing"],
    ],
    [
      "ko.mvz-no-money-no-partner",
      "municipal-mvz",
      { "resources.investmentCapacity": "none", "partners.countyWilling": "no", "partners.hospitalOperator": "no" },
      ["resources.investmentCapacity", "low"],
    ],
    [
      "ko.mvz-no-money-no-partner",
      "municipal-mvz",
      { "resources.investmentCapacity": "none", "partners.countyWilling": "willing", "resources.expertise": "none", "partners.hospitalOperator": "no" },
      ["partners.countyOffer", "co-fund"],
    ],
    [
      "ko.mvz-no-money-no-partner",
      "municipal-mvz",
      { "resources.investmentCapacity": "none", "partners.countyOffer": "advice", "partners.hospitalOperator": "no" },
      ["partners.countyOffer", "run-mvz"],
    ],
    ["ko.centre-no-council", "health-centre", { "politics.councilSupport": "none" }, ["politics.councilSupport", "split"]],
    [
      "ko.centre-no-money-no-partner",
      "health-centre",
      { "resources.investmentCapacity": "none", "partners.investor": "no", "partners.countyWilling": "no" },
      ["partners.investor", "yes"],
    ],
    ["ko.centre-no-building-no-investor", "health-centre", { "assets.building": "none", "partners.investor": "no" }, ["partners.investor", "yes"]],
    ["ko.centre-no-building-no-investor", "health-centre", { "assets.building": "none", "partners.investor": "no" }, ["assets.building", "securable"]],
    ["ko.network-no-cooperation", "provider-network", { "localDoctors.cooperate": "no" }, ["localDoctors.cooperate", "partly"]],
  ];

  const apply = (answers: Record<string, string>, base = parse(RICH)) =>
    Object.entries(answers).reduce((acc, [p, v]) => withAnswer(acc, p, v), base);

  it.each(CASES)("%s excludes %s when triggered", (id, m, answers) => {
    const r = run(apply(answers));
    expect(model(r, m).excluded).toBe(true);
    expect(r.knockOuts.map((k) => k.ruleId)).toContain(id);
    expect(r.top).not.toBe(m);
    for (const other of r.ranking.filter((x) => !x.excluded)) expect(model(r, m).rank).toBeGreaterThan(other.rank);
    const hit = r.knockOuts.find((k) => k.ruleId === id)!;
    expect(hit.reason.length).toBeGreaterThan(10);
    expect(hit.citations.length).toBeGreaterThan(0);
  });

  it.each(CASES)("%s does not exclude %s when the prerequisite %s is present", (id, m, answers, [path, value]) => {
    const r = run(withAnswer(apply(answers), path, value));
    expect(r.knockOuts.map((k) => k.ruleId)).not.toContain(id);
    expect(model(r, m).excluded).toBe(false);
  });

  it.each(CASES)("%s never triggers on unknown answers", (id, m, answers) => {
    for (const path of Object.keys(answers)) {
      const unknownValue = QUESTION_BY_ID.get(path)!.kind === "choice" ? "unknown" : null;
      const r = run(withAnswer(apply(answers), path, unknownValue));
      expect(r.knockOuts.map((k) => k.ruleId)).not.toContain(id);
      expect(model(r, m).excluded).toBe(false);
    }
  });

  it("the base input of the knock-out cases has no knock-out", () => {
    expect(run(parse(RICH)).knockOuts).toEqual([]);
  });

  it("reports when every carrier is excluded and names no top model", () => {
    const r = run(
      apply({
        "politics.councilSupport": "none",
        "assets.building": "none",
        "partners.investor": "no",
        "localDoctors.cooperate": "no",
      }),
    );
    expect(r.allExcluded).toBe(true);
    expect(r.top).toBeNull();
    expect(r.port.fit).toBe("not");
    expect(r.summary).toMatch(/ausgeschlossen/);
  });

  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: an excluded model is never ranked first", (_i, input) => {
    const r = run(input);
    if (!r.allExcluded) expect(r.ranking[0]!.excluded).toBe(false);
    const excluded = r.ranking.filter((x) => x.excluded).map((x) => x.rank);
    const included = r.ranking.filter((x) => !x.excluded).map((x) => x.rank);
    for (const e of excluded) for (const n of included) expect(e).toBeGreaterThan(n);
  });
});

describe("monotonicity", () => {
  const COUNCIL = ["none", "split", "majority", "unanimous"] as const;
  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: more council support never lowers the municipal MVZ's score", (_i, input) => {
    let prev = -Infinity;
    let prevPoints = -Infinity;
    for (const v of COUNCIL) {
      const m = model(run(withAnswer(input, "politics.councilSupport", v)), "municipal-mvz");
      expect(m.score).toBeGreaterThanOrEqual(prev);
      expect(m.points).toBeGreaterThanOrEqual(prevPoints);
      prev = m.score;
      prevPoints = m.points;
    }
  });

  const BUILDING = QUESTION_BY_ID.get("assets.building")!.options!.map((o) => o.value).filter((v) => v !== "none");
  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: a missing building never raises the health centre's score", (_i, input) => {
    const none = model(run(withAnswer(input, "assets.building", "none")), "health-centre");
    for (const v of BUILDING) {
      const other = model(run(withAnswer(input, "assets.building", v)), "health-centre");
      expect(none.score).toBeLessThanOrEqual(other.score);
      expect(none.points).toBeLessThanOrEqual(other.points);
    }
  });
});

describe("monotonicity (v2 rules)", () => {
  const TENANTS = [0, 1, 2, 3, 5, 10];
  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: more tenants never lower the health centre", (_i, input) => {
    let prev = -Infinity;
    for (const n of [null, ...TENANTS]) {
      if (n === null) continue;
      const points = model(run(withAnswer(input, "assets.tenantCommitments", n)), "health-centre").points;
      expect(points).toBeGreaterThanOrEqual(prev);
      prev = points;
    }
    const unknown = model(run(withAnswer(input, "assets.tenantCommitments", null)), "health-centre").points;
    const some = model(run(withAnswer(input, "assets.tenantCommitments", 3)), "health-centre").points;
    expect(some).toBeGreaterThanOrEqual(unknown);
    const gpYes = model(run(withAnswer(input, "assets.gpTenant", "yes")), "health-centre").points;
    const gpUnknown = model(run(withAnswer(input, "assets.gpTenant", "unknown")), "health-centre").points;
    expect(gpYes).toBeGreaterThanOrEqual(gpUnknown);
  });

  const GP_COUNTS = [8, 5, 3, 2, 1.5, 1, 0.5, 0];
  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: fewer GPs never raise the provider network", (_i, input) => {
    let prev = Infinity;
    for (const n of GP_COUNTS) {
      const points = model(run(withAnswer(input, "supply.gpCount", n)), "provider-network").points;
      expect(points).toBeLessThanOrEqual(prev);
      prev = points;
    }
  });

  const OFFERS = ["nothing", "advice", "co-fund", "run-mvz"] as const;
  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: a stronger county offer never lowers the municipal MVZ", (_i, input) => {
    let prev = -Infinity;
    for (const v of OFFERS) {
      const m = model(run(withAnswer(withAnswer(input, "partners.countyWilling", "active"), "partners.countyOffer", v)), "municipal-mvz");
      expect(m.points).toBeGreaterThanOrEqual(prev);
      prev = m.points;
    }
  });
});

describe("source towns (cross-validation)", () => {
  it.each(SOURCE_TOWNS.map((t) => [t.slug, t] as const))("%s: actual choice ranked first, PORT fit as in the sources", (_slug, town) => {
    const r = run(parse(town.input));
    expect(r.top).toBe(town.expectedTop);
    expect(r.ranking[0]!.excluded).toBe(false);
    if (town.expectedPort) {
      expect(r.port.fit).toBe("fits");
      expect(r.port.carrier).toBe(town.expectedTop);
    } else {
      expect(r.port.fit).not.toBe("fits");
    }
  });

  it.each(SOURCE_TOWNS.map((t) => [t.slug, t] as const))("examples/%s.json equals the documented source-town input and parses", (slug, town) => {
    expect(EXAMPLES[slug]).toEqual(town.input);
    expect(AssessmentInputSchema.safeParse(EXAMPLES[slug]).success).toBe(true);
  });
});

describe("unknown answers", () => {
  const empty = emptyAssessment("Unbekannt");

  it("all-unknown input: low confidence in words, names what to answer first, every model has a cited reason", () => {
    const r = recommend(empty, K.ruleSet, MEASURES);
    expect(r.confidence.decisiveShare).toBe(0);
    expect(r.confidence.answerFirst).toHaveLength(K.ruleSet.confidence.answerFirstCount ?? 3);
    expect(r.confidence.note).toMatch(/Beantworten Sie zuerst „/);
    for (const f of r.confidence.answerFirst) expect(r.confidence.note).toContain(f.question);
    for (const m of r.ranking) {
      expect(m.contributions.length, m.model).toBeGreaterThan(0);
      for (const c of m.contributions) expect(c.citations.length).toBeGreaterThan(0);
    }
    expect(model(r, "municipal-mvz").contributions[0]!.explanation).toMatch(/^Noch keine Angabe spricht für oder gegen/);
  });

  it("all-unknown input: no crash, no knock-out, low confidence, network first", () => {
    const r = recommend(empty, K.ruleSet, MEASURES);
    expect(r.knockOuts).toEqual([]);
    expect(r.ranking.every((m) => !m.excluded)).toBe(true);
    expect(r.confidence.level).toBe("niedrig");
    expect(r.confidence.answered).toBe(0);
    expect(r.top).toBe("provider-network");
    expect(r.confidence.note).toMatch(/unsicher/);
    expect(model(r, "provider-network").contributions.map((c) => c.ruleId)).toContain("low-confidence");
    expect(model(r, "provider-network").points - model(r, "municipal-mvz").points).toBeLessThanOrEqual(K.ruleSet.lowConfidence.maxBonus);
    expect(r.readiness).toHaveLength(FACTOR_CATEGORIES.length);
    for (const x of r.readiness) expect(x.score).toBe(K.ruleSet.readiness.unknownScore);
    expect(r.whatWouldChange!.length).toBeGreaterThan(0);
    expect(r.port.fit).toBe("not");
  });

  it("a minimal raw input (only the name) parses to all-unknown", () => {
    expect(AssessmentInputSchema.parse({ town: { name: "X" } })).toEqual(emptyAssessment("X"));
  });

  it("confidence comes from the decisive questions, not from the count of answers", () => {
    const minor = parse({
      town: { name: "Nebenfragen", share65Plus: 30, publicTransport: "fair", livingConditions: "good", distanceToNextGpKm: 5, distanceToHospitalKm: 20 },
      politics: { citizenParticipation: "planned", mayorCommitment: "moderate", healthAsMunicipalTask: "yes" },
      partners: { kvRelationship: "neutral", publicHealthOffice: "limited" },
      goals: { timeToEffect: "medium", widerServices: "no", prevention: "low", caseManagement: "no", multiProfessionalAmbition: "low" },
    });
    const decisive = (K.ruleSet.confidence.decisive ?? []).reduce(
      (acc, d) => withAnswer(acc, d.field, QUESTION_BY_ID.get(d.field)!.kind === "number" ? 2 : QUESTION_BY_ID.get(d.field)!.options![0]!.value),
      emptyAssessment("Entscheidend"),
    );
    const a = run(minor).confidence;
    const b = run(decisive).confidence;
    expect(a.answered).toBeGreaterThan(b.answered - 10);
    expect(a.level).toBe("niedrig");
    expect(b.level).toBe("hoch");
    expect(b.answerFirst).toEqual([]);
  });

  it("with the search off (batch mode) the questions to answer first are ordered by weight", () => {
    const r = run(emptyAssessment("Batch"));
    const weights = r.confidence.answerFirst.map((f) => f.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(r.confidence.answerFirst.every((f) => f.changesTopShare === null)).toBe(true);
  });

  it("confidence grows with answered questions", () => {
    const low = run(empty).confidence;
    const mid = run(parse(RICH)).confidence;
    expect(mid.answeredShare).toBeGreaterThan(low.answeredShare);
    expect(["mittel", "hoch"]).toContain(mid.level);
  });
});

describe("determinism and output", () => {
  it.each(SAMPLE.slice(0, 12).map((s, i) => [i, s] as const))("sample %i: same input → deep-equal output", (_i, input) => {
    const a = recommend(input, K.ruleSet, MEASURES);
    const b = recommend(structuredClone(input), K.ruleSet, [...MEASURES]);
    expect(b).toEqual(a);
    expect(a.ruleSetVersion).toBe(K.ruleSet.version);
  });

  it("does not mutate the input", () => {
    const input = parse(RICH);
    const copy = structuredClone(input);
    recommend(input, K.ruleSet, MEASURES);
    expect(input).toEqual(copy);
  });

  it.each(SAMPLE.map((s, i) => [i, s] as const))("sample %i: every proposed change really changes the top model (incremental probe = full run)", (_i, input) => {
    const r = recommend(input, K.ruleSet, MEASURES);
    for (const ch of r.whatWouldChange!) {
      const again = run(withAnswer(input, ch.field, ch.to));
      expect(again.top).toBe(ch.newTop);
      expect(again.top).not.toBe(r.top);
    }
    for (const f of r.confidence.answerFirst) {
      const q = QUESTION_BY_ID.get(f.field)!;
      const values = q.kind === "choice" ? q.options!.map((o) => o.value).filter((v) => v !== "unknown") : null;
      if (!values) continue;
      const changed = values.filter((v) => run(withAnswer(input, f.field, v)).top !== r.top).length;
      expect(f.changesTopShare).toBeCloseTo(changed / values.length, 3);
    }
  });

  it("contributions add up to the points; scores lie in 0–100", () => {
    for (const input of SAMPLE) {
      const r = run(input);
      for (const m of r.ranking) {
        const sum = m.contributions.reduce((s, c) => s + c.points, K.ruleSet.baseScore);
        expect(m.points).toBeCloseTo(sum, 1);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(100);
        for (const c of m.contributions) expect(c.citations.length).toBeGreaterThan(0);
      }
      expect(r.ranking.map((m) => m.model).sort()).toEqual([...CARRIER_MODEL_IDS].sort());
    }
  });

  it("proposes measures for the weakest readiness categories", () => {
    const r = run(parse({ ...RICH, politics: { councilSupport: "split", mayorCommitment: "low", healthAsMunicipalTask: "no" } }));
    const politics = r.readiness.find((x) => x.category === "politics")!;
    expect(politics.score).toBeLessThan(K.ruleSet.measures.gapBelow);
    expect(r.nextMeasures.map((m) => m.slug)).toContain("rat");
    expect(r.nextMeasures.length).toBeLessThanOrEqual(K.ruleSet.measures.count);
  });
});

// Speed is measured in `npm run bench` (scripts/bench.ts), never in a timed unit test.

describe("older rule sets (stored snapshots) still evaluate", () => {
  // The rule set of knowledge version 2026-12-02.1 exactly as stored: no decisive questions, no PORT
  // prerequisite, no "no information" reasons. A stored result is re-read with the version that computed it.
  const v1 = RuleSetSchema.parse(ruleSetV1);
  it("parses with today's schema and keeps its own confidence rule (share of all questions)", () => {
    expect(v1.version).toBe("2026-12-02.1");
    const r = recommend(emptyAssessment("Alt"), v1, MEASURES, { whatWouldChange: false });
    expect(r.ruleSetVersion).toBe("2026-12-02.1");
    expect(r.confidence.decisiveShare).toBeNull();
    expect(r.confidence.answerFirst).toEqual([]);
    expect(r.top).toBe("provider-network");
  });
  it.each(SOURCE_TOWNS.map((t) => [t.slug, t] as const))("%s: the old rule set still ranks the real choice first", (_slug, town) => {
    expect(recommend(parse(town.input), v1, MEASURES, { whatWouldChange: false }).top).toBe(town.expectedTop);
  });
});

describe("question texts come from the catalogue passed in (the snapshot's), not from a file", () => {
  const textsOf = (catalogue: typeof K.questionCatalogue, id: string) => catalogue.questions.find((q) => q.id === id)!;

  it("a changed question text shows in 'answer first', the confidence note and 'what would change'", () => {
    const empty = emptyAssessment("Texte");
    const before = recommend(empty, K.ruleSet, MEASURES);
    const first = before.confidence.answerFirst[0]!;
    const change = before.whatWouldChange![0]!;
    expect(QUESTION_BY_ID.get(change.field)!.kind).toBe("choice");
    const edited = structuredClone(K.questionCatalogue);
    textsOf(edited, first.field).label = "Geänderte Frage A";
    if (change.field !== first.field) textsOf(edited, change.field).label = "Geänderte Frage B";
    textsOf(edited, change.field).options![String(change.to)] = "Geänderte Antwort";
    const after = recommendWith(empty, K.ruleSet, MEASURES, assessmentQuestionsOf(edited));

    expect(after.confidence.answerFirst[0]).toMatchObject({ field: first.field, question: "Geänderte Frage A" });
    expect(after.confidence.note).toContain("„Geänderte Frage A“");
    const changed = after.whatWouldChange!.find((c) => c.field === change.field)!;
    expect(changed.question).toBe(change.field === first.field ? "Geänderte Frage A" : "Geänderte Frage B");
    expect(changed.toLabel).toBe("Geänderte Antwort");
    // Texts change the words, never the result.
    expect(after.ranking.map((m) => [m.model, m.points])).toEqual(before.ranking.map((m) => [m.model, m.points]));
    // The catalogue the other callers pass is untouched.
    expect(recommend(empty, K.ruleSet, MEASURES).confidence.answerFirst[0]!.question).toBe(first.question);
  });

  it("a changed answer text shows in the contributions; evaluateAssessment reads the snapshot's catalogue", () => {
    const input = parse(RICH);
    const before = evaluateAssessment(input, K, { whatWouldChange: false });
    const contribution = before.ranking.flatMap((m) => m.contributions).find((c) => c.field !== null && typeof c.answer === "string" && c.answer !== "unknown")!;
    const edited = structuredClone(K.questionCatalogue);
    textsOf(edited, contribution.field!).options![String(contribution.answer)] = "Geänderte Antwort im Beitrag";
    const after = evaluateAssessment(input, { ...K, questionCatalogue: edited }, { whatWouldChange: false });
    const same = after.ranking.flatMap((m) => m.contributions).find((c) => c.ruleId === contribution.ruleId)!;
    expect(contribution.answerLabel).not.toBe("Geänderte Antwort im Beitrag");
    expect(same.answerLabel).toBe("Geänderte Antwort im Beitrag");
  });
});
