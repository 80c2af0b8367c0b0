import { describe, expect, it } from "vitest";
import { applyCuratedFunding, applyCuratedParameters, dayBefore, parameterLabel, type CuratedVersion } from "./curation";
import { RuleParameterTableSchema, resolveParameter, type RuleParameter } from "./rule-parameters";
import type { FundingProgramme } from "./funding-programmes";
import { CuratedVersionInputSchema } from "./schemas/curation";

const ratio = (over: Partial<RuleParameter>): RuleParameter => ({
  key: "bedarfsplanung.gp-ratio",
  value: 1609,
  unit: "inhabitants-per-gp",
  validFrom: "2019-06-30",
  version: "BPL-RL 2019",
  label_de: "Allgemeine Verhältniszahl Hausärzte (Reform 2019)",
  status: "official",
  citation: { kind: "rule", rule: "G-BA Bedarfsplanungs-Richtlinie" },
  ...over,
});
const PARAMS = [ratio({ value: 1671, validFrom: "2013-01-01", validUntil: "2019-06-29", version: "BPL-RL 2013", label_de: "Allgemeine Verhältniszahl Hausärzte (vor der Reform 2019)" }), ratio({})];

const curatedRatio = (sequence: number, validFrom: string, value: number): CuratedVersion => ({
  id: `c${sequence}`,
  kind: "rule-parameter",
  subject: "bedarfsplanung.gp-ratio",
  sequence,
  validFrom,
  source: "G-BA, Beschluss 2027",
  note: "Neue Zahl",
  createdAt: "2026-12-02T18:00:00.000Z",
  data: { value, version: `K${sequence}` },
});

describe("curated rule parameter versions", () => {
  it("a later version ends the one before on the day before and is valid from its day on", () => {
    const table = applyCuratedParameters(PARAMS, [curatedRatio(1, "2027-01-01", 1500)]);
    expect(RuleParameterTableSchema.safeParse(table).success).toBe(true);
    expect(resolveParameter(table, "bedarfsplanung.gp-ratio", "2026-12-31")).toMatchObject({ value: 1609, validUntil: "2026-12-31" });
    expect(resolveParameter(table, "bedarfsplanung.gp-ratio", "2027-01-01")).toMatchObject({ value: 1500, version: "K1", label_de: "Allgemeine Verhältniszahl Hausärzte" });
    expect(resolveParameter(table, "bedarfsplanung.gp-ratio", "2015-01-01")?.value).toBe(1671);
  });

  it("no curated versions: the table as it was", () => {
    expect(applyCuratedParameters(PARAMS, [])).toEqual(PARAMS);
  });

  it("names a parameter without its versions' parentheses", () => {
    expect(parameterLabel(PARAMS, "bedarfsplanung.gp-ratio")).toBe("Allgemeine Verhältniszahl Hausärzte");
    expect(parameterLabel([ratio({ label_de: "Dauer (rund)" })], "bedarfsplanung.gp-ratio")).toBe("Dauer (rund)");
  });

  it("dayBefore crosses months and years", () => {
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2028-03-01")).toBe("2028-02-29");
  });
});

const PROGRAMME: FundingProgramme = {
  id: "nw-hausarztaktionsprogramm",
  landCode: "05",
  name: "Hausarztaktionsprogramm NRW",
  kind: "programme",
  purposes: ["doctor-settlement"],
  recipient: "doctor",
  amountMaxEur: 60000,
  amountPeriod: "once",
  conditions_de: [],
  models: ["provider-network"],
  validFrom: "2009-01-01",
  note_de: "Betrag bitte vor Antrag prüfen",
  citations: [{ kind: "rule", rule: "MAGS NRW" }],
};
const fundingVersion = (validFrom: string, open: boolean, amountMaxEur: number | null): CuratedVersion => ({
  id: `f-${validFrom}`,
  kind: "funding-programme",
  subject: PROGRAMME.id,
  sequence: 1,
  validFrom,
  source: "MAGS NRW 2027",
  note: "geändert",
  createdAt: "2026-12-02T18:00:00.000Z",
  data: { open, amountMaxEur },
});

describe("curated funding programme versions", () => {
  it("a closing from a later day changes nothing before it; from it on the programme ends the day before", () => {
    const curated = [fundingVersion("2027-07-01", false, 50000)];
    expect(applyCuratedFunding([PROGRAMME], curated, "2027-06-30")).toEqual([PROGRAMME]);
    expect(applyCuratedFunding([PROGRAMME], curated, "2027-07-01")[0]).toMatchObject({ validUntil: "2027-06-30", amountMaxEur: 50000, note_de: "geändert" });
  });

  it("reopening removes the end; the newest version that is valid wins", () => {
    const curated = [fundingVersion("2027-07-01", false, 50000), fundingVersion("2028-01-01", true, null)];
    const p = applyCuratedFunding([PROGRAMME], curated, "2028-02-01")[0]!;
    expect(p.validUntil).toBeUndefined();
    expect(p.amountMaxEur).toBeNull();
    expect(p.citations[0]).toEqual({ kind: "rule", rule: "MAGS NRW 2027" });
  });

  it("the operator's amount is no longer marked unverified; an unverified town-size limit stays so", () => {
    const unverified: FundingProgramme = { ...PROGRAMME, maxPopulation: 30000, unverified: ["amount", "maxPopulation"] };
    expect(applyCuratedFunding([unverified], [fundingVersion("2027-01-01", true, 70000)], "2027-01-01")[0]).toMatchObject({ amountMaxEur: 70000, unverified: ["maxPopulation"] });
    const amountOnly: FundingProgramme = { ...PROGRAMME, unverified: ["amount"] };
    expect(applyCuratedFunding([amountOnly], [fundingVersion("2027-01-01", true, 70000)], "2027-01-01")[0]?.unverified).toBeUndefined();
  });

  it("an unknown start stays unknown when a version opens or closes the programme", () => {
    const unknownStart: FundingProgramme = { ...PROGRAMME, validFrom: null };
    expect(applyCuratedFunding([unknownStart], [fundingVersion("2027-01-01", true, 1)], "2027-01-01")[0]?.validFrom).toBeNull();
    const closed = applyCuratedFunding([unknownStart], [fundingVersion("2027-07-01", false, 1)], "2027-07-01")[0]!;
    expect(closed).toMatchObject({ validFrom: null, validUntil: "2027-06-30" });
  });
});

describe("the one input schema", () => {
  const valid = { kind: "rule-parameter", key: "bedarfsplanung.gp-ratio", value: 1500, version: "BPL-RL 2027", validFrom: "2027-01-01", source: "G-BA", note: "neu", basedOn: 0 };
  it("accepts a complete version and refuses an unknown field in German", () => {
    expect(CuratedVersionInputSchema.safeParse(valid).success).toBe(true);
    const extra = CuratedVersionInputSchema.safeParse({ ...valid, comment: "x" });
    expect(extra.success).toBe(false);
    expect(extra.error?.issues[0]?.message).toMatch(/Unbekannt|unbekannt|nicht erkannt|comment/i);
  });
  it("names a missing source and a bad date", () => {
    const r = CuratedVersionInputSchema.safeParse({ ...valid, source: " ", validFrom: "1.1.2027" });
    expect(r.error?.issues.map((i) => i.message)).toEqual(expect.arrayContaining(["Bitte die Quelle angeben.", "Bitte das Datum „gültig ab“ im Format JJJJ-MM-TT angeben."]));
  });
});
