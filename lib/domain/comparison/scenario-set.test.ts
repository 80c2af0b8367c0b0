import { describe, expect, it } from "vitest";
import { evaluateScenario } from "@/lib/domain/money";
import { riskVerdict } from "@/lib/domain/comparison/rows";
import {
  allModelDefaults,
  comparisonKnowledgeOf,
  comparisonStart,
  ComparisonDataSchema,
  defaultComparison,
  isDefaultComparison,
  modelDefaults,
  openAssumptionKeys,
  risksFromAssessment,
  switchPort,
} from "./scenario-set";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

const town = { population: 5_000, landCode: "05" };

describe("defaultComparison", () => {
  it("holds the three carrier models with their labelled defaults and validates", () => {
    const data = defaultComparison(K, town, 2026);
    expect(Object.keys(data.models)).toEqual(["provider-network", "municipal-mvz", "health-centre"]);
    expect(ComparisonDataSchema.parse(data)).toEqual(data);
    // Marienmünster's 2.6 M€ scaled to 5,000 inhabitants (2.62 M€); 10 years of a half coordinator post (35,000 €)
    // and the assumed running deficit of 3.1 GP seats (1,020,000 € cost − 930,000 € revenue) on top.
    expect(evaluateScenario(data.models["municipal-mvz"]).years.at(-1)?.cumulativeNet).toBe(2_620_000 + 10 * (35_000 + 1_020_000 - 930_000));
  });

  it("rejects an unknown risk id and a bad answer", () => {
    const data = defaultComparison(K, town, 2026);
    expect(ComparisonDataSchema.safeParse({ ...data, risks: { nonsense: "yes" } }).success).toBe(false);
    expect(ComparisonDataSchema.safeParse({ ...data, risks: { "gaps-soon": "maybe" } }).success).toBe(false);
  });
});

describe("comparisonKnowledgeOf", () => {
  it("keeps only the rule parameters the money defaults read, and the defaults computed with it are the same", () => {
    const knowledge = comparisonKnowledgeOf(K, "05");
    expect(knowledge.ruleParameters.length).toBeGreaterThan(0);
    expect(knowledge.ruleParameters.length).toBeLessThan(K.ruleParameters.length);
    expect(knowledge.fundingProgrammes.every((f) => f.landCode === "05")).toBe(true);
    for (const startYear of [2018, 2026]) {
      for (const portAddOn of [false, true]) {
        const port = { "provider-network": portAddOn, "municipal-mvz": portAddOn, "health-centre": portAddOn };
        expect(allModelDefaults(knowledge, town, startYear, port)).toEqual(allModelDefaults(K, town, startYear, port));
      }
    }
  });
});

describe("comparisonStart", () => {
  it("is the default comparison with the assumptions still to confirm, as the browser computes them", () => {
    const start = comparisonStart(K, town, 2026);
    expect(start.data).toEqual(defaultComparison(K, town, 2026));
    const defaults = allModelDefaults(K, town, 2026);
    const mvzKeys = openAssumptionKeys("municipal-mvz", start.data.models["municipal-mvz"], defaults["municipal-mvz"]);
    expect(mvzKeys).toEqual(expect.arrayContaining(["municipal-mvz.investment.other", "municipal-mvz.running.mvzOperations", "municipal-mvz.revenue.mvzIncome"]));
    expect(start.openKeys).toEqual(expect.arrayContaining(mvzKeys));
    // The network's form has no MVZ fields: nothing of them is open there.
    expect(start.openKeys.filter((k) => k.startsWith("provider-network.") && /mvz/i.test(k))).toEqual([]);
    // A changed value is no longer an open default.
    const changed = { ...start.data.models["municipal-mvz"], investment: { ...start.data.models["municipal-mvz"].investment, other: 1 } };
    expect(openAssumptionKeys("municipal-mvz", changed, defaults["municipal-mvz"])).not.toContain("municipal-mvz.investment.other");
  });
});

describe("isDefaultComparison", () => {
  it("is true for the defaults (also after validation), false after an edit, a risk answer or a confirmation", () => {
    const defaults = defaultComparison(K, town, 2026);
    expect(isDefaultComparison(defaults, defaults)).toBe(true);
    expect(isDefaultComparison(ComparisonDataSchema.parse(JSON.parse(JSON.stringify(defaults))), defaults)).toBe(true);
    const mvz = defaults.models["municipal-mvz"];
    const edited = { ...defaults, models: { ...defaults.models, "municipal-mvz": { ...mvz, investment: { ...mvz.investment, building: 400_000 } } } };
    expect(isDefaultComparison(edited, defaults)).toBe(false);
    const granted = { ...defaults, models: { ...defaults.models, "municipal-mvz": { ...mvz, grants: [{ label: "Zuschuss", amountPerYear: 0, startYear: 2026, endYear: 2029 }] } } };
    expect(isDefaultComparison(granted, defaults)).toBe(false);
    expect(isDefaultComparison({ ...defaults, risks: { "gaps-soon": "yes" } }, defaults)).toBe(false);
    expect(isDefaultComparison({ ...defaults, confirmed: ["municipal-mvz.investment.other"] }, defaults)).toBe(false);
  });
});

describe("switchPort", () => {
  it("takes the PORT default for untouched fields and keeps the user's values", () => {
    const off = modelDefaults(K, "provider-network", town, 2026, false);
    const on = modelDefaults(K, "provider-network", town, 2026, true);
    const current = { ...defaultComparison(K, town, 2026).models["provider-network"] };
    const untouched = switchPort(current, off, on);
    expect(untouched.portAddOn).toBe(true);
    expect(untouched.running.coordinator).toBe(on.running.coordinator.value);
    const edited = switchPort({ ...current, running: { ...current.running, coordinator: 12_345 } }, off, on);
    expect(edited.running.coordinator).toBe(12_345);
  });
});

describe("risksFromAssessment", () => {
  it("maps the self-assessment's answers to checklist answers and leaves the rest open", () => {
    const risks = risksFromAssessment({
      resources: { extraFunding: "temporary", coordinationStaffTime: "dedicated", budgetConsolidation: "no", expertise: "none" },
      politics: { councilSupport: "split" },
      localDoctors: { fearCompetition: "yes" },
      partners: { countyWilling: "no", hospitalOperator: "no" },
      assets: { building: "none" },
      urgency: { practicesClosingWithoutSuccessor: "none" },
    });
    expect(risks).toEqual({
      "financing-after-grant": "yes",
      "no-unpaid-coordination": "no",
      "municipal-law-limits": "no",
      "lacking-expertise-staff": "yes",
      "no-council-majority": "yes",
      "doctors-fear-competition": "yes",
      "no-suitable-building": "yes",
      "gaps-soon": "no",
    });
    expect(riskVerdict(K.riskChecklist, "municipal-mvz", risks).level).toBe("serious");
    expect(risksFromAssessment({})).toEqual({});
  });
});
