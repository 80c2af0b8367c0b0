import { describe, expect, it } from "vitest";
import {
  ScenarioAssumptionsSchema,
  assumptionsFromDefaults,
  defaultAssumptions,
  evaluateScenario,
  safeEvaluateScenario,
  type ScenarioAssumptionsInput,
} from "./index";
import { ASSUMED_MVZ_COST_PER_SEAT_EUR, coordinatorFte, gpSeatsFor, roundEuro, scaleByPopulation } from "./defaults";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { containsVerbatim, loadSource } from "@/lib/knowledge/source-text";
import { describeWithSourceTexts } from "../../../tests/support/source-texts";

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
  it("municipal MVZ for Marienmünster's size: about Marienmünster's 2.6 M€, running costs and revenue not zero", () => {
    const d = defaultAssumptions("municipal-mvz", { population: 4970, landCode: "05", name: "Marienmünster" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(d.investment.other).toMatchObject({ value: 2_600_000, origin: "assumption", needsConfirmation: true });
    expect(d.investment.other.citation).toMatchObject({ kind: "source", source: "kleinstadt-akademie-doerentrup-2025-ergebnisse.txt", section: "Finanzielle Aufwände realistisch einschätzen" });
    expect(d.investment.other.note_de).toContain("Aus Marienmünster übertragen");
    // 4,970 / 1,609 ≈ 3.1 seats: 3.1 × 330,000 and 3.1 × 300,000, labelled assumptions.
    expect(d.running.mvzOperations).toMatchObject({ value: 1_020_000, origin: "assumption", needsConfirmation: true });
    expect(d.revenue.mvzIncome).toMatchObject({ value: 930_000, origin: "assumption", needsConfirmation: true });
    // NRW's HAP goes to doctors: a hint, not a grant in the town's budget.
    expect(d.grants).toEqual([]);
    expect(d.fundingHints.map((h) => h.programmeId)).toEqual(["nw-hausarztaktionsprogramm"]);
    const r = evaluateScenario(assumptionsFromDefaults(d));
    // 2,600,000 + 10 × (0.25 × 70,000 coordinator + 1,020,000 − 930,000) = 2,600,000 + 10 × 107,500 = 3,675,000.
    expect(r.years[9]?.cumulativeNet).toBe(3_675_000);
  });

  it.each<[string, number, number, number]>([
    // town, inhabitants, MVZ investment (2.6 M€ × n / 4,970, to 10,000 €), health-centre conversion (3.2 M€ × n / 13,994)
    ["Dörentrup", 7_660, 4_010_000, 1_750_000],
    ["Schneeberg", 13_994, 7_320_000, 3_200_000],
    ["a village", 1_200, 630_000, 270_000],
  ])("%s (%i inhabitants) starts with its own scale, not the source town's amount", (name, population, mvzInvestment, conversion) => {
    const mvz = defaultAssumptions("municipal-mvz", { population, landCode: "05", name }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(mvz.investment.other.value).toBe(mvzInvestment);
    expect(mvz.investment.other.note_de).toContain(`Für ${name}`);
    const centre = defaultAssumptions("health-centre", { population, landCode: "14", name }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(centre.investment.conversion).toMatchObject({ value: conversion, origin: "assumption" });
    expect(centre.investment.conversion.note_de).toContain("Aus Schneeberg übertragen");
    expect(centre.investment.building.origin).toBe("assumption");
    // Running costs and revenue of an MVZ grow with the seats the town needs and are never zero.
    expect(mvz.running.mvzOperations.value).toBe(roundEuro(gpSeatsFor(population, 1609) * ASSUMED_MVZ_COST_PER_SEAT_EUR));
    expect(mvz.revenue.mvzIncome.value).toBeGreaterThan(0);
  });

  it("a town far larger than the source town gets a note that the transfer is rough", () => {
    const d = defaultAssumptions("municipal-mvz", { population: 60_000, landCode: "05", name: "Großstadt" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026 });
    expect(d.investment.other.note_de).toMatch(/12,1-mal so groß wie Marienmünster: die Übertragung ist grob/);
  });

  it.each<[number, number]>([
    [1, 1],
    [1609, 1],
    [4970, 3.1],
    [7660, 4.8],
    [0, 1],
  ])("gpSeatsFor(%i) = %d at 1:1,609", (population, seats) => {
    expect(gpSeatsFor(population, 1609)).toBe(seats);
  });

  it.each<[number, number, number, number]>([
    [2_600_000, 4_970, 4_970, 2_600_000],
    [2_600_000, 4_970, 9_940, 5_200_000],
    [3_200_000, 13_994, 7_660, 1_750_000],
    [3_200_000, 13_994, 0, 3_200_000],
  ])("scaleByPopulation(%i, %i → %i) = %i", (amount, reference, population, expected) => {
    expect(scaleByPopulation(amount, reference, population).value).toBe(expected);
  });

  it.each<[number, number]>([
    [800, 0.25],
    [4_999, 0.25],
    [5_000, 0.5],
    [14_999, 0.5],
    [15_000, 1],
  ])("coordinatorFte(%i) = %d", (population, fte) => {
    expect(coordinatorFte(population)).toBe(fte);
  });

  it("network in Baden-Württemberg with PORT: the unproven BW grant is a hint with its amount, not a booked grant", () => {
    const d = defaultAssumptions("provider-network", { population: 6000, landCode: "08" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026, portAddOn: true });
    expect(d.grants).toEqual([]);
    const hint = d.fundingHints.find((h) => h.programmeId === "bw-primaerversorgung-projekte");
    expect(hint?.caveats_de.join(" ")).toMatch(/Bis zu 300\.000 € einmalig laut Fördertabelle – nicht voreingetragen/);
    // 0.5 × 70,000 + 70,000 (PORT) = 105,000 per year, all assumptions.
    expect(d.running.coordinator).toMatchObject({ value: 105_000, origin: "assumption" });
    expect(d.running.coordinator.note_de).not.toContain("Heinsberg");
    const r = evaluateScenario(assumptionsFromDefaults(d));
    expect(r.years[0]?.net).toBe(105_000);
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

describeWithSourceTexts("the defaults' quotes against the source texts", () => {
  it("every source quote and section of a default occurs verbatim in its source", () => {
    const failures: string[] = [];
    for (const model of ["provider-network", "municipal-mvz", "health-centre"] as const) {
      for (const port of [false, true]) {
        const d = defaultAssumptions(model, { population: 5000, landCode: "08" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026, portAddOn: port });
        for (const v of [...Object.values(d.investment), ...Object.values(d.running), ...Object.values(d.revenue)]) {
          const c = v.citation;
          if (c?.kind !== "source") continue;
          const text = loadSource(c.source);
          if (c.quote && !containsVerbatim(text, c.quote)) failures.push(`${c.source}: ${c.quote}`);
          if (!containsVerbatim(text, c.section)) failures.push(`${c.source}: section ${c.section}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
