import { describe, expect, it } from "vitest";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { calculateSupply, supplyParametersAt, type SupplyProvider } from "../supply";
import {
  evaluateCriterion,
  rankByUrgency,
  retirementWave,
  summariseWave,
  sizeClassOf,
  sizeDistribution,
  townUrgency,
  urgencyCriteria,
  urgencyInputFromSupply,
  type TownUrgencyInput,
  type UrgencyCriterionId,
  type UrgencyLevel,
} from "./index";

const K = knowledgeFromFiles();
const TODAY = "2026-01-01";
const params = supplyParametersAt(K.ruleParameters, TODAY); // ratio 1:1609, under-supply 75 %, national share 0.41
const criteria = urgencyCriteria(params);
const criterion = (id: UrgencyCriterionId) => criteria.find((c) => c.id === id)!;

/** A town with known, unremarkable figures; each test changes one. */
const town = (overrides: Partial<TownUrgencyInput> = {}): TownUrgencyInput => ({
  ags: "05766024",
  name: "Dörentrup",
  population: 8000,
  hasData: true,
  gpHeadcount: 8,
  countedGps: 8,
  shareGpsAged60Plus: 0.25,
  gpExitsWithin5YearsWithoutSuccessor: 0,
  versorgungsgrad: 110,
  ...overrides,
});

describe("urgency criteria at their thresholds", () => {
  it.each<[UrgencyCriterionId, Partial<TownUrgencyInput>, UrgencyLevel]>([
    // Share aged 60+: medium above the national 41 %, high above 50 % (assumption).
    ["share-aged-60-plus", { shareGpsAged60Plus: 0.41 }, "gering"],
    ["share-aged-60-plus", { shareGpsAged60Plus: 0.411 }, "mittel"],
    ["share-aged-60-plus", { shareGpsAged60Plus: 0.5 }, "mittel"],
    ["share-aged-60-plus", { shareGpsAged60Plus: 0.501 }, "hoch"],
    ["share-aged-60-plus", { shareGpsAged60Plus: null }, "unbekannt"],
    // Exits within 5 years without successor (share of GP headcount): medium above 0, high from 25 %.
    ["exits-without-successor", { gpExitsWithin5YearsWithoutSuccessor: 0 }, "gering"],
    ["exits-without-successor", { gpExitsWithin5YearsWithoutSuccessor: 1 }, "mittel"],
    ["exits-without-successor", { gpExitsWithin5YearsWithoutSuccessor: 2 }, "hoch"], // 2 of 8 = 25 %
    ["exits-without-successor", { gpHeadcount: 0, countedGps: 0 }, "unbekannt"],
    // Versorgungsgrad: high below 75 % (rule), medium below 100 %.
    ["versorgungsgrad", { versorgungsgrad: 100 }, "gering"],
    ["versorgungsgrad", { versorgungsgrad: 99.9 }, "mittel"],
    ["versorgungsgrad", { versorgungsgrad: 75 }, "mittel"],
    ["versorgungsgrad", { versorgungsgrad: 74.9 }, "hoch"],
    ["versorgungsgrad", { versorgungsgrad: null }, "unbekannt"],
    // Inhabitants per FTE: medium above the ratio 1,609, high above 1,609 ÷ 0.75 = 2,145.33.
    ["population-per-fte", { population: 1609, countedGps: 1 }, "gering"],
    ["population-per-fte", { population: 1610, countedGps: 1 }, "mittel"],
    ["population-per-fte", { population: 2145, countedGps: 1 }, "mittel"],
    ["population-per-fte", { population: 2146, countedGps: 1 }, "hoch"],
    ["population-per-fte", { population: 800, countedGps: 0 }, "hoch"],
    ["population-per-fte", { population: 0 }, "unbekannt"],
  ])("%s with %o → %s", (id, overrides, level) => {
    expect(evaluateCriterion(criterion(id), town(overrides)).level).toBe(level);
  });

  it("says where each threshold comes from: a rule parameter with its version, or the product's assumption", () => {
    expect(criterion("versorgungsgrad").highBasis).toMatchObject({ kind: "parameter" });
    expect(criterion("versorgungsgrad").highBasis.text_de).toContain("BPL-RL");
    expect(criterion("share-aged-60-plus").mediumBasis.text_de).toContain("Ärztestatistik 2024");
    expect(criterion("share-aged-60-plus").highBasis.kind).toBe("assumption");
    expect(criterion("population-per-fte").high).toBeCloseTo(1609 / 0.75, 6);
  });
});

describe("town urgency", () => {
  it.each<[string, Partial<TownUrgencyInput>, UrgencyLevel]>([
    ["no data at all ranks unknown, never low", { hasData: false }, "unbekannt"],
    ["every figure unknown ranks unknown", { gpHeadcount: 0, countedGps: 0, shareGpsAged60Plus: null, versorgungsgrad: null, population: 0 }, "unbekannt"],
    ["everything unremarkable", {}, "gering"],
    ["one medium criterion", { versorgungsgrad: 90 }, "mittel"],
    ["one high criterion beats medium ones", { versorgungsgrad: 70, shareGpsAged60Plus: 0.45 }, "hoch"],
  ])("%s", (_label, overrides, level) => {
    expect(townUrgency(town(overrides), criteria).level).toBe(level);
  });

  it("gives the reasons, most severe first, and says how many criteria are unknown", () => {
    const result = townUrgency(town({ versorgungsgrad: 70, shareGpsAged60Plus: 0.45, gpHeadcount: 0, countedGps: 0, population: 1000 }), criteria);
    expect(result.reasons_de[0]).toMatch(/^Hausärztlicher Versorgungsgrad: 70 % – unter 75 %/);
    expect(result.reasons_de.some((r) => r.startsWith("Anteil der Hausärztinnen und Hausärzte ab 60 Jahren: 45 %"))).toBe(true);
    expect(result.reasons_de.at(-1)).toBe("1 von 4 Kriterien unbekannt.");
  });

  it("ranks high before medium before low before unknown, then by severity and population", () => {
    const ranking = rankByUrgency(
      [
        town({ ags: "A", hasData: false, population: 100_000 }),
        town({ ags: "B" }),
        town({ ags: "C", versorgungsgrad: 90 }),
        town({ ags: "D", versorgungsgrad: 70 }),
        town({ ags: "E", versorgungsgrad: 70, shareGpsAged60Plus: 0.6 }),
        town({ ags: "F", versorgungsgrad: 70, population: 9000, countedGps: 9 }),
      ],
      criteria,
    );
    expect(ranking.map((t) => `${t.rank}:${t.ags}:${t.level}`)).toEqual(["1:E:hoch", "2:F:hoch", "3:D:hoch", "4:C:mittel", "5:B:gering", "6:A:unbekannt"]);
  });
});

const gp = (name: string, doctors: SupplyProvider["doctors"], successorStatus: SupplyProvider["successorStatus"] = "none"): SupplyProvider => ({
  name,
  kind: "gp-practice",
  successorStatus,
  doctors,
});

describe("from the supply check", () => {
  it("a town without inventory gets unknown urgency and no place in the wave", () => {
    const empty = calculateSupply({ providers: [], inhabitants: 5000, asOf: TODAY }, params);
    expect(townUrgency(urgencyInputFromSupply({ ags: "1", name: "Leer", population: 5000 }, empty), criteria).level).toBe("unbekannt");
    expect(retirementWave([{ ags: "1", name: "Leer", supply: empty }], 2026).towns).toEqual([]);
  });

  it("retirement wave: counted FTE per exit year, a found successor keeps the capacity, unknown exits apart", () => {
    const supply = calculateSupply(
      {
        providers: [
          gp("A", [
            { employment: "licensed", licence: "full", birthYear: 1960 }, // 66 in 2026 → leaves 2027 (retirement age passed)
            { employment: "licensed", licence: "half", birthYear: 1970, plannedExitYear: 2030 },
            { employment: "employed", weeklyHours: 25 }, // no birth year, no exit → unknown
          ]),
          gp("B", [{ employment: "licensed", licence: "full", birthYear: 1961, plannedExitYear: 2028 }], "found"),
          { name: "Apotheke", kind: "pharmacy", successorStatus: "none", doctors: [] },
        ],
        inhabitants: 6000,
        asOf: TODAY,
      },
      params,
    );
    const wave = retirementWave([{ ags: "1", name: "Eins", supply }], 2026);
    expect(wave.years).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(wave.towns[0]!.fteByYear).toEqual([1, 0, 0, 0.5, 0, 0, 0, 0, 0, 0]);
    expect(wave.total).toBe(1.5);
    expect(wave.unknownExitFte).toBe(0.75);
    // The wave goes to the browser for the chart: a town's supply result (every doctor) must not ride along with it.
    expect(Object.keys(wave.towns[0]!).sort()).toEqual(["ags", "fteByYear", "name", "total", "unknownExitFte"]);
  });
});

describe("wave summary (chart and first table of a large Kreis)", () => {
  const years = [2027, 2028, 2029];
  const town = (ags: string, name: string, fteByYear: number[]) => ({ ags, name, fteByYear, total: fteByYear.reduce((s, x) => s + x, 0), unknownExitFte: 0 });
  const wave = {
    years,
    towns: [town("1", "Ahl", [1, 0, 0]), town("2", "Bor", [0, 0, 0]), town("3", "Cux", [0.5, 1, 1]), town("4", "Dal", [0, 1, 0]), town("5", "Eck", [0, 0, 0.25])],
    totalByYear: [1.5, 2, 1.25],
    total: 4.75,
    unknownExitFte: 0,
  };
  it.each<[number, string[], { count: number; fteByYear: number[]; total: number } | null]>([
    // the largest waves first, ties by name; the rest (also towns without exits) summed per year
    [2, ["Cux", "Ahl"], { count: 3, fteByYear: [0, 1, 0.25], total: 1.25 }],
    [1, ["Cux"], { count: 4, fteByYear: [1, 1, 0.25], total: 2.25 }],
    // all towns with exits fit: only the one without exits remains
    [4, ["Cux", "Ahl", "Dal", "Eck"], { count: 1, fteByYear: [0, 0, 0], total: 0 }],
  ])("limit %i → %j, rest %j", (limit, names, rest) => {
    const summary = summariseWave(wave, limit);
    expect(summary.towns.map((t) => t.name)).toEqual(names);
    expect(summary.rest).toEqual(rest);
    // nothing lost: shown towns and the rest add up to the Kreis's total per year
    const sums = years.map((_, i) => summary.towns.reduce((s, t) => s + t.fteByYear[i]!, 0) + (summary.rest?.fteByYear[i] ?? 0));
    expect(sums).toEqual(wave.totalByYear);
  });
  it("no rest when every town is shown", () => {
    expect(summariseWave({ ...wave, towns: wave.towns.slice(0, 1) }, 5).rest).toBeNull();
  });
});

describe("size classes", () => {
  it.each<[number, string]>([
    [0, "lt2k"],
    [1999, "lt2k"],
    [2000, "2k-5k"],
    [4999, "2k-5k"],
    [5000, "5k-10k"],
    [99_999, "50k-100k"],
    [100_000, "gte100k"],
  ])("%i inhabitants → %s", (population, id) => {
    expect(sizeClassOf(population)).toBe(id);
  });

  it("counts municipalities proper only (no unincorporated areas) with shares and the median", () => {
    const d = sizeDistribution([
      { population: 1000, typeCode: 64 },
      { population: 3000, typeCode: 63 },
      { population: 9000, typeCode: 63 },
      { population: 0, typeCode: 66 },
    ]);
    expect(d.municipalities).toBe(3);
    expect(d.medianPopulation).toBe(3000);
    expect(d.classes.find((c) => c.id === "lt2k")).toMatchObject({ count: 1, share: 1 / 3 });
  });
});
