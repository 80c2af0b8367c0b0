import { describe, expect, it } from "vitest";
import {
  ScenarioAssumptionsSchema,
  assumptionsFromDefaults,
  defaultAssumptions,
  evaluateScenario,
  safeEvaluateScenario,
  type ScenarioAssumptionsInput,
} from "./index";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

const base = (over: Partial<ScenarioAssumptionsInput> = {}): ScenarioAssumptionsInput => ({
  model: "provider-network",
  startYear: 2026,
  investment: { building: 0, conversion: 0, equipment: 0, practicePurchase: 0, other: 0 },
  running: { coordinator: 0, management: 0, rentSubsidies: 0, mvzOperations: 0 },
  revenue: { rent: 0, mvzIncome: 0 },
  ...over,
});
const evaluate = (input: ScenarioAssumptionsInput) => evaluateScenario(ScenarioAssumptionsSchema.parse(input));

describe("evaluateScenario", () => {
  it("shows the gap after a grant that ends in year 4", () => {
    // Coordinator 40,000 €/year; grant 30,000 €/year for 2026–2029 (years 1–4).
    // Years 1–4: net = 40,000 − 30,000 = 10,000; years 5–10: net = 40,000.
    // Cumulative: 10k, 20k, 30k, 40k, 80k, 120k, 160k, 200k, 240k, 280k.
    const r = evaluate(base({
      running: { coordinator: 40_000, management: 0, rentSubsidies: 0, mvzOperations: 0 },
      grants: [{ label: "Landesförderung", amountPerYear: 30_000, startYear: 2026, endYear: 2029 }],
    }));
    expect(r.years).toHaveLength(10);
    expect(r.years.map((y) => y.grant)).toEqual([30_000, 30_000, 30_000, 30_000, 0, 0, 0, 0, 0, 0]);
    expect(r.years.map((y) => y.net)).toEqual([10_000, 10_000, 10_000, 10_000, 40_000, 40_000, 40_000, 40_000, 40_000, 40_000]);
    expect(r.years.map((y) => y.cumulativeNet)).toEqual([10_000, 20_000, 30_000, 40_000, 80_000, 120_000, 160_000, 200_000, 240_000, 280_000]);
    expect(r.years[4]).toMatchObject({ year: 2030, yearIndex: 5, grantEnded: true });
    expect(r.grantGapYears).toEqual([2030]);
    // Totals: grants 4 × 30,000 = 120,000; running 10 × 40,000 = 400,000; net 280,000.
    expect(r.totals).toEqual({ investment: 0, running: 400_000, guaranteesCalled: 0, revenue: 0, grant: 120_000, net: 280_000 });
  });

  it("adds a guarantee called in to that year's running costs", () => {
    // MVZ: investment 2,600,000 in year 1; rent subsidies 20,000/year; MVZ income 500,000, operations 480,000/year;
    // guarantee of 150,000 called in 2028 (year 3).
    // Year 1: 2,600,000 + 20,000 + 480,000 − 500,000 = 2,600,000.
    // Year 2: 20,000 + 480,000 − 500,000 = 0.  Year 3: 0 + 150,000 = 150,000.  Years 4–10: 0.
    // Cumulative after year 10: 2,750,000.
    const r = evaluate(base({
      model: "municipal-mvz",
      investment: { building: 0, conversion: 0, equipment: 0, practicePurchase: 0, other: 2_600_000 },
      running: { coordinator: 0, management: 0, rentSubsidies: 20_000, mvzOperations: 480_000 },
      revenue: { rent: 0, mvzIncome: 500_000 },
      guarantees: [{ label: "Bürgschaft GmbH", amount: 150_000, year: 2028 }],
    }));
    expect(r.years.map((y) => y.net)).toEqual([2_600_000, 0, 150_000, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.years[2]).toMatchObject({ year: 2028, guaranteesCalled: 150_000, running: 650_000 });
    expect(r.years[9]?.cumulativeNet).toBe(2_750_000);
    expect(r.totals.guaranteesCalled).toBe(150_000);
  });

  it("with zero revenue the town carries every cost", () => {
    // Health centre: conversion 3,200,000 + equipment 100,000 in year 1; management 25,000/year; no revenue.
    // Year 1: 3,325,000; years 2–10: 25,000 each → cumulative 3,325,000 + 9 × 25,000 = 3,550,000.
    const r = evaluate(base({
      model: "health-centre",
      investment: { building: 0, conversion: 3_200_000, equipment: 100_000, practicePurchase: 0, other: 0 },
      running: { coordinator: 0, management: 25_000, rentSubsidies: 0, mvzOperations: 0 },
    }));
    expect(r.years[0]?.net).toBe(3_325_000);
    expect(r.years.slice(1).every((y) => y.net === 25_000 && y.revenue === 0)).toBe(true);
    expect(r.years[9]?.cumulativeNet).toBe(3_550_000);
    expect(r.totals.revenue).toBe(0);
  });

  it("ignores grants and guarantees outside the horizon and counts negative net (surplus)", () => {
    // Rent 12,000/year, no costs: net −12,000 each year → cumulative −120,000.
    const r = evaluate(base({
      revenue: { rent: 12_000, mvzIncome: 0 },
      grants: [{ amountPerYear: 5_000, startYear: 2040, endYear: 2041 }],
      guarantees: [{ amount: 1_000, year: 2050 }],
    }));
    expect(r.years[9]?.cumulativeNet).toBe(-120_000);
    expect(r.totals.grant).toBe(0);
    expect(r.grantGapYears).toEqual([]);
  });
});

describe("ScenarioAssumptionsSchema rejects bad numbers, naming the field", () => {
  it.each([
    ["NaN building", { investment: { building: Number.NaN, conversion: 0, equipment: 0, practicePurchase: 0, other: 0 } }, "investment.building", "Investition – Gebäude oder Grundstück: Bitte eine endliche Zahl in Euro eingeben."],
    ["Infinity rent", { revenue: { rent: Number.POSITIVE_INFINITY, mvzIncome: 0 } }, "revenue.rent", "Einnahmen – Miete (je Jahr): Bitte eine endliche Zahl in Euro eingeben."],
    ["−Infinity coordinator", { running: { coordinator: Number.NEGATIVE_INFINITY, management: 0, rentSubsidies: 0, mvzOperations: 0 } }, "running.coordinator", "Laufende Kosten – Koordination (je Jahr): Bitte eine endliche Zahl in Euro eingeben."],
    ["negative equipment", { investment: { building: 0, conversion: 0, equipment: -1, practicePurchase: 0, other: 0 } }, "investment.equipment", "Investition – Ausstattung: Der Betrag darf nicht negativ sein."],
    ["negative grant", { grants: [{ amountPerYear: -5, startYear: 2026, endYear: 2027 }] }, "grants.0.amountPerYear", "Fördermittel – Betrag je Jahr: Der Betrag darf nicht negativ sein."],
    ["grant ends before it starts", { grants: [{ amountPerYear: 5, startYear: 2028, endYear: 2027 }] }, "grants.0.endYear", "Fördermittel – letztes Jahr: darf nicht vor dem ersten Jahr liegen."],
    ["NaN guarantee", { guarantees: [{ amount: Number.NaN, year: 2027 }] }, "guarantees.0.amount", "Bürgschaft – in Anspruch genommener Betrag: Bitte eine endliche Zahl in Euro eingeben."],
    ["fractional start year", { startYear: 2026.5 }, "startYear", "Startjahr: Bitte ein Jahr als ganze Zahl eingeben."],
    ["string amount", { revenue: { rent: "1000" as unknown as number, mvzIncome: 0 } }, "revenue.rent", "Einnahmen – Miete (je Jahr): Bitte eine endliche Zahl in Euro eingeben."],
  ])("%s", (_label, over, path, message) => {
    const r = safeEvaluateScenario(base(over as Partial<ScenarioAssumptionsInput>));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path, message });
  });

  it("no valid input produces NaN or Infinity, even at the maximum amounts", () => {
    const max = 1_000_000_000;
    const r = safeEvaluateScenario(base({
      investment: { building: max, conversion: max, equipment: max, practicePurchase: max, other: max },
      running: { coordinator: max, management: max, rentSubsidies: max, mvzOperations: max },
      horizonYears: 30,
    }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const y of r.result.years) for (const v of Object.values(y)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  });
});

describe("defaultAssumptions", () => {
  it("municipal MVZ: Marienmünster's 2.6 M€ from the source, the rest labelled assumptions", () => {
    const d = defaultAssumptions("municipal-mvz", { population: 5000, landCode: "05" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(d.investment.other).toMatchObject({ value: 2_600_000, origin: "source", needsConfirmation: true });
    expect(d.investment.other.citation).toMatchObject({ kind: "source", source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt", section: "Finanzielle Aufwände realistisch einschätzen" });
    expect(d.revenue.mvzIncome).toMatchObject({ value: 0, origin: "assumption", needsConfirmation: true });
    // NRW's HAP goes to doctors: a hint, not a grant in the town's budget.
    expect(d.grants).toEqual([]);
    expect(d.fundingHints.map((h) => h.programmeId)).toEqual(["nw-hausarztaktionsprogramm"]);
    const r = evaluateScenario(assumptionsFromDefaults(d));
    // 2,600,000 + 10 × 35,000 (half coordinator post, assumption) = 2,950,000.
    expect(r.years[9]?.cumulativeNet).toBe(2_950_000);
  });

  it("health centre: Schneeberg's 3.2 M€ conversion from the source", () => {
    const d = defaultAssumptions("health-centre", { population: 14000, landCode: "14" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(d.investment.conversion).toMatchObject({ value: 3_200_000, origin: "source" });
    expect(d.investment.building.origin).toBe("assumption");
  });

  it("network in Baden-Württemberg with PORT: the BW grant as a one-year rule-parameter default", () => {
    const d = defaultAssumptions("provider-network", { population: 6000, landCode: "08" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026, portAddOn: true });
    expect(d.grants).toHaveLength(1);
    expect(d.grants[0]).toMatchObject({ programmeId: "bw-primaerversorgung-projekte", startYear: 2026, endYear: 2026 });
    expect(d.grants[0]?.amountPerYear).toMatchObject({ value: 300_000, origin: "rule-parameter", needsConfirmation: true });
    // 0.5 × 70,000 + 70,000 (PORT) = 105,000 per year, all assumptions.
    expect(d.running.coordinator).toMatchObject({ value: 105_000, origin: "assumption" });
    const r = evaluateScenario(assumptionsFromDefaults(d));
    // Year 1: 105,000 − 300,000 = −195,000; year 2: +105,000 (grant gap).
    expect(r.years[0]?.net).toBe(-195_000);
    expect(r.years[1]).toMatchObject({ net: 105_000, grantEnded: true });
    expect(ScenarioAssumptionsSchema.safeParse(assumptionsFromDefaults(d)).success).toBe(true);
  });

  it("every default names its origin", () => {
    for (const model of ["provider-network", "municipal-mvz", "health-centre"] as const) {
      const d = defaultAssumptions(model, { population: 5000, landCode: "06" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
      for (const v of [...Object.values(d.investment), ...Object.values(d.running), ...Object.values(d.revenue)]) {
        expect(["source", "rule-parameter", "assumption"]).toContain(v.origin);
        expect(v.note_de.length).toBeGreaterThan(10);
        if (v.origin !== "assumption") expect(v.citation).toBeDefined();
      }
    }
  });
});
