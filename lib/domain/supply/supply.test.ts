import { describe, expect, it } from "vitest";
import { ProviderSchema, type ProviderInput } from "@/lib/domain/schemas/provider";
import {
  calculateSupply,
  countingFactor,
  supplyAnswersForAssessment,
  supplyFigures,
  supplyParametersAt,
  versorgungsgrad,
  versorgungsgradStatus,
  type SupplyDoctor,
  type SupplyProvider,
} from "./index";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

const TODAY = "2026-01-01";
const params = supplyParametersAt(K.ruleParameters, TODAY); // ratio 1:1609 (2019 example value)

const gpPractice = (name: string, doctors: SupplyDoctor[], successorStatus: SupplyProvider["successorStatus"] = "none"): SupplyProvider => ({
  name,
  kind: "gp-practice",
  successorStatus,
  doctors,
});
const full = (birthYear: number, extra: Partial<SupplyDoctor> = {}): SupplyDoctor => ({
  employment: "licensed",
  licence: "full",
  birthYear,
  ...extra,
});

describe("countingFactor (Anrechnungsfaktoren)", () => {
  it.each<[string, SupplyDoctor, number]>([
    ["full licence", { employment: "licensed", licence: "full" }, 1],
    ["three-quarter licence", { employment: "licensed", licence: "three-quarter" }, 0.75],
    ["half licence", { employment: "licensed", licence: "half" }, 0.5],
    ["employed 5 h", { employment: "employed", weeklyHours: 5 }, 0.25],
    ["employed exactly 10 h", { employment: "employed", weeklyHours: 10 }, 0.25],
    ["employed 10.5 h", { employment: "employed", weeklyHours: 10.5 }, 0.5],
    ["employed exactly 20 h", { employment: "employed", weeklyHours: 20 }, 0.5],
    ["employed 20.5 h", { employment: "employed", weeklyHours: 20.5 }, 0.75],
    ["employed exactly 30 h", { employment: "employed", weeklyHours: 30 }, 0.75],
    ["employed 31 h", { employment: "employed", weeklyHours: 31 }, 1],
    ["employed, hours missing", { employment: "employed" }, 0],
  ])("%s → %d", (_label, doctor, expected) => {
    expect(countingFactor(doctor, params.factors).factor).toBe(expected);
  });
});

describe("calculateSupply: mixed licence shares and employed hours", () => {
  // GPs: 1.0 + 0.75 (practice A) + 0.5 + 0.25 (10 h) + 0.5 (10.5 h) + 0.5 (20 h) + 0.75 (25 h) + 0.75 (30 h) + 1.0 (31 h)
  //    = 1.75 + 0.5 + 0.25 + 0.5 + 0.5 + 0.75 + 0.75 + 1.0 = 6.0 counted GPs (9 heads).
  // The specialist (1.0) does not count. Inhabitants 9,654: 9,654 ÷ 1,609 = 6 needed → 6 ÷ 6 × 100 = 100 %.
  const employed = (weeklyHours: number): SupplyDoctor => ({ employment: "employed", weeklyHours, birthYear: 1980 });
  const providers: SupplyProvider[] = [
    gpPractice("Praxis A", [full(1970), { employment: "licensed", licence: "three-quarter", birthYear: 1975 }]),
    gpPractice("MVZ B", [
      { employment: "licensed", licence: "half", birthYear: 1965 },
      employed(10),
      employed(10.5),
      employed(20),
      employed(25),
      employed(30),
      employed(31),
    ]),
    { name: "Facharztpraxis", kind: "specialist-practice", successorStatus: "none", doctors: [full(1970)] },
    { name: "Apotheke", kind: "pharmacy", successorStatus: "none", doctors: [] },
  ];
  const result = calculateSupply({ providers, inhabitants: 9654, asOf: TODAY }, params);

  it("counts 6.0 GPs from 9 heads and reaches 100 %", () => {
    expect(result.gpHeadcount).toBe(9);
    expect(result.countedGps).toBe(6);
    expect(result.versorgungsgrad.value).toBe(100);
    expect(result.versorgungsgrad.ratio.version).toBe("BPL-RL 2019");
    expect(result.keyFigures.find((k) => k.id === "versorgungsgrad")?.status).toBe("green");
  });

  it("computes GPs per 100,000: 6 ÷ 9,654 × 100,000 = 62.15…", () => {
    expect(result.gpsPer100k).toBeCloseTo(62.1504, 3);
  });

  it("explains the formula with the town's numbers", () => {
    const vg = result.keyFigures.find((k) => k.id === "versorgungsgrad");
    expect(vg?.explanation_de).toMatch(/^So wird das berechnet: /);
    expect(vg?.explanation_de).toContain("6 ÷ (9.654 ÷ 1.609) × 100 = 100 %");
  });
});

describe("calculateSupply: a town at exactly 75 %", () => {
  // 3 full GPs. 6,436 ÷ 1,609 = 4 needed → 3 ÷ 4 × 100 = 75 % exactly (not under-supplied: the rule says "below 75 %").
  // 6,437 inhabitants → 3 ÷ (6,437 ÷ 1,609) × 100 = 4,827 ÷ 6,437 × 100 = 74.988…% → red.
  // 6,435 inhabitants → 4,827 ÷ 6,435 × 100 = 75.011…% → amber.
  const providers = [gpPractice("P", [full(1980), full(1981), full(1982)])];
  it.each([
    [6437, 74.988, "red"],
    [6436, 75, "amber"],
    [6435, 75.012, "amber"],
  ])("%d inhabitants → %d % (%s)", (inhabitants, expected, status) => {
    const r = calculateSupply({ providers, inhabitants, asOf: TODAY }, params);
    expect(r.versorgungsgrad.value).toBeCloseTo(expected, 3);
    expect(r.keyFigures.find((k) => k.id === "versorgungsgrad")?.status).toBe(status);
  });

  it.each([
    [74.99, "red"],
    [75, "amber"],
    [75.01, "amber"],
    [99.99, "amber"],
    [100, "green"],
    [110.01, "green"],
    [null, "grey"],
  ] as const)("status of %s %% is %s", (value, status) => {
    expect(versorgungsgradStatus(value, 75)).toBe(status);
  });

  it("uses the KV's published figure instead when given, and keeps the computed one", () => {
    const r = calculateSupply({ providers, inhabitants: 6436, asOf: TODAY, kvFigure: { versorgungsgrad: 72.4, planningArea: "Mittelbereich Lemgo" } }, params);
    expect(r.versorgungsgrad).toMatchObject({ value: 72.4, basis: "kv", computed: 75 });
    const vg = r.keyFigures.find((k) => k.id === "versorgungsgrad");
    expect(vg?.status).toBe("red");
    expect(vg?.explanation_de).toContain("Mittelbereich Lemgo");
  });
});

describe("calculateSupply: three of four GPs leave within 5 years", () => {
  // asOf 2026, retirement age 67 (parameter), 4 full GPs in 4 practices, 6,436 inhabitants (4 needed for 100 %).
  //   A born 1960 → leaves 1960 + 67 = 2027 (age 66 today)
  //   B born 1970, planned exit 2029 (age 56)
  //   C born 1963 → leaves 2030 (age 63)
  //   D born 1985 → leaves 2052 (age 41)
  // Counted per year (a doctor counts while year < exit year):
  //   2026: 4 → 100 %; 2027–2028: 3 → 75 %; 2029: 2 → 50 %; 2030–2036: 1 → 25 %.
  // First year below 75 %: 2029 (3 years, sooner than 11 years of training → warning). Below 100 %: 2027.
  // 2036 gap: to 100 % = 4 − 1 = 3 FTE; to the 75 % line = 3 − 1 = 2 FTE.
  // Ages: (66 + 56 + 63 + 41) ÷ 4 = 56.5; aged 60+: A, C → 2 of 4 = 50 %.
  const providers = [
    gpPractice("Praxis A", [full(1960, { name: "Dr. A" })]),
    gpPractice("Praxis B", [full(1970, { name: "Dr. B", plannedExitYear: 2029 })], "searching"),
    gpPractice("Praxis C", [full(1963, { name: "Dr. C" })]),
    gpPractice("Praxis D", [full(1985, { name: "Dr. D" })]),
  ];
  const r = calculateSupply({ providers, inhabitants: 6436, asOf: TODAY }, params);

  it("forecasts year by year", () => {
    expect(r.forecast).toHaveLength(11);
    expect(r.forecast.map((f) => f.countedGps)).toEqual([4, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.forecast.map((f) => f.versorgungsgrad)).toEqual([100, 75, 75, 50, 25, 25, 25, 25, 25, 25, 25]);
    expect(r.firstYearBelowUnderSupplyLine).toBe(2029);
    expect(r.firstYearBelow100).toBe(2027);
    const last = r.forecast[10];
    expect(last).toMatchObject({ year: 2036, requiredFor100: 4, requiredForUnderSupplyLine: 3, gapTo100: 3, gapToUnderSupplyLine: 2 });
  });

  it("lists three practices at risk, soonest first, all closing", () => {
    expect(r.atRisk.map((p) => p.providerName)).toEqual(["Praxis A", "Praxis B", "Praxis C"]);
    expect(r.atRisk.map((p) => p.leavingDoctors[0]?.exitBasis)).toEqual(["retirement-age", "planned", "retirement-age"]);
    expect(r.atRisk.every((p) => p.closes)).toBe(true);
    expect(r.gpPracticesClosingWithoutSuccessor).toBe(3);
    expect(r.gpExitsWithin5Years).toBe(3);
  });

  it("warns that the gap opens before a newly trained GP could arrive", () => {
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: "under-supply", yearsUntilGap: 3, year: 2029, trainingYears: 11 });
    expect(r.warnings[0]?.message_de).toContain("rund 11 Jahre");
    expect(r.keyFigures.find((k) => k.id === "forecast-gap")?.status).toBe("red");
  });

  it("computes age figures and the pyramid", () => {
    expect(r.averageGpAge).toBe(56.5);
    expect(r.gpsAged60Plus).toBe(2);
    expect(r.shareGpsAged60Plus).toBe(0.5);
    expect(r.agePyramid.map((b) => b.gp)).toEqual([0, 1, 1, 1, 1, 0]);
    // 3 of 4 FTE leave without successor: 75 % ≥ 25 % → red.
    expect(r.keyFigures.find((k) => k.id === "capacity-at-risk")).toMatchObject({ value: 75, status: "red" });
  });

  it("keeps the capacity where a successor was found", () => {
    // Praxis C with successor found: C's 1.0 stays → 2030–2036: 2 counted (50 %).
    const withSuccessor = providers.map((p) => (p.name === "Praxis C" ? { ...p, successorStatus: "found" as const } : p));
    const r2 = calculateSupply({ providers: withSuccessor, inhabitants: 6436, asOf: TODAY }, params);
    expect(r2.forecast.map((f) => f.countedGps)).toEqual([4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(r2.atRisk.map((p) => p.providerName)).toEqual(["Praxis A", "Praxis B"]);
    expect(r2.gpExitsWithin5YearsWithoutSuccessor).toBe(2);
  });

  it("respects a configured retirement age", () => {
    // Retirement at 70: A leaves 2030, C leaves 2033 → 2026–2028: 4; 2029: 3 (B); 2030–2032: 2; 2033+: 1.
    const r3 = calculateSupply({ providers, inhabitants: 6436, asOf: TODAY, retirementAge: 70 }, params);
    expect(r3.forecast.map((f) => f.countedGps)).toEqual([4, 4, 4, 3, 2, 2, 2, 1, 1, 1, 1]);
    expect(r3.retirementAge).toBe(70);
    // The rule parameter stays named, so the page can say what an empty field means.
    expect(r3.parameters.retirementAge).toEqual(params.retirementAge);
  });

  it("returns the figures the self-assessment prefills", () => {
    expect(supplyAnswersForAssessment(r)).toEqual({
      gpCount: 4,
      countedGps: 4,
      gpsAged60Plus: 2,
      gpExitsWithin5Years: 3,
      gpExitsWithin5YearsWithoutSuccessor: 3,
      versorgungsgrad: 100,
      versorgungsgradBasis: "computed",
      gpPracticesClosingWithoutSuccessor: 3,
      yearsUntilUnderSupply: 3,
      ratioVersion: "BPL-RL 2019",
      asOf: TODAY,
    });
  });
});

describe("calculateSupply: ratio change between versions", () => {
  // Same 3 full GPs and 5,013 inhabitants on two dates:
  //   2018-06-01, ratio 1:1,671 (BPL-RL 2013): 5,013 ÷ 1,671 = 3 needed → 3 ÷ 3 × 100 = 100 %.
  //   2026-06-01, ratio 1:1,609 (2019 example): 3 ÷ (5,013 ÷ 1,609) × 100 = 4,827 ÷ 5,013 × 100 = 96.289…%.
  const providers = [gpPractice("P", [full(1975), full(1976), full(1977)])];
  it.each([
    ["2018-06-01", 100, "BPL-RL 2013", 1671],
    ["2026-06-01", 96.2896, "BPL-RL 2019", 1609],
  ])("on %s: %d % with %s", (date, expected, version, ratio) => {
    const r = calculateSupply({ providers, inhabitants: 5013, asOf: date }, supplyParametersAt(K.ruleParameters, date));
    expect(r.versorgungsgrad.value).toBeCloseTo(expected, 3);
    expect(r.versorgungsgrad.ratio).toMatchObject({ version, value: ratio });
    expect(r.keyFigures[0]?.explanation_de).toContain(version);
  });
});

describe("edge cases", () => {
  it("returns null figures without inhabitants or GPs", () => {
    const r = calculateSupply({ providers: [], inhabitants: 0, asOf: TODAY }, params);
    expect(r.versorgungsgrad.value).toBeNull();
    expect(r.averageGpAge).toBeNull();
    expect(r.keyFigures.every((k) => k.status === "grey")).toBe(true);
    expect(versorgungsgrad(1, 0, 1609)).toBeNull();
  });

  it("treats an age as the age in the calculation year and an overdue exit as next year", () => {
    // age 70 in 2026 → born 1956 → 1956 + 67 = 2023 is past → leaves 2027.
    const r = calculateSupply({ providers: [gpPractice("P", [{ employment: "licensed", licence: "full", age: 70 }])], inhabitants: 1609, asOf: TODAY }, params);
    expect(r.doctors[0]).toMatchObject({ birthYear: 1956, age: 70, exitYear: 2027 });
    expect(r.forecast[1]?.countedGps).toBe(0);
  });

  it("accepts providers parsed by the shared schema", () => {
    const input: ProviderInput = { kind: "gp-practice", name: "Praxis", street: "Am Rathaus 2", postcode: "32694", city: "Dörentrup", doctors: [{ employment: "licensed", licence: "full", birthYear: 1970 }] };
    const parsed = ProviderSchema.parse(input);
    const r = calculateSupply({ providers: [parsed], inhabitants: 1609, asOf: TODAY }, params);
    expect(r.versorgungsgrad.value).toBe(100);
  });
});

describe("calculateSupply: an empty inventory is 'noch keine Angaben', never a crisis", () => {
  const empty = calculateSupply({ providers: [], inhabitants: 7660, asOf: TODAY }, params);

  it("marks the result as having no data", () => {
    expect(empty.hasData).toBe(false);
  });

  it("shows every key figure grey, without a value, saying that nothing was entered yet", () => {
    for (const figure of empty.keyFigures) {
      expect(figure.status).toBe("grey");
      expect(figure.value).toBeNull();
      expect(figure.statusReason_de).toMatch(/^Noch keine Angaben/);
    }
  });

  it("raises no under-supply or training-lag warning", () => {
    expect(empty.warnings).toEqual([]);
  });

  it("with the KV's published figure alone, the figures are computed again", () => {
    const withKv = calculateSupply({ providers: [], inhabitants: 7660, asOf: TODAY, kvFigure: { versorgungsgrad: 72.4 } }, params);
    expect(withKv.hasData).toBe(true);
    expect(withKv.keyFigures.find((k) => k.id === "versorgungsgrad")).toMatchObject({ value: 72.4, status: "red" });
  });

  it("one practice is data: the figures are computed", () => {
    const one = calculateSupply({ providers: [gpPractice("Praxis", [full(1970)])], inhabitants: 7660, asOf: TODAY }, params);
    expect(one.hasData).toBe(true);
    expect(one.keyFigures.find((k) => k.id === "versorgungsgrad")?.value).not.toBeNull();
  });
});

describe("supplyFigures (the county screening's supply check without its texts)", () => {
  it.each([
    ["no data", { providers: [], inhabitants: 7660, asOf: TODAY }],
    ["KV figure only", { providers: [], inhabitants: 7660, asOf: TODAY, kvFigure: { versorgungsgrad: 72.4, planningArea: "Mittelbereich" } }],
    [
      "practices leaving, a successor found, an employed doctor",
      {
        providers: [
          gpPractice("Praxis A", [full(1958), full(1961, { plannedExitYear: 2028 })]),
          gpPractice("Praxis B", [full(1962), { employment: "employed", weeklyHours: 25, birthYear: 1985 }], "found"),
          { name: "Apotheke", kind: "pharmacy", successorStatus: "none", doctors: [] },
        ],
        inhabitants: 7660,
        asOf: TODAY,
        retirementAge: 67,
      },
    ],
  ] as const)("gives exactly calculateSupply's figures (%s)", (_label, input) => {
    const { keyFigures: _keyFigures, warnings: _warnings, ...figures } = calculateSupply(input, params);
    expect(supplyFigures(input, params)).toEqual(figures);
  });
});
