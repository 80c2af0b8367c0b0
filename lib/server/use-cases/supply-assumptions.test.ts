import { describe, expect, it } from "vitest";
import { assumptionsKey, supplyAssumptionsOf } from "./supply-assumptions";

describe("the supply check's assumptions from the page's address", () => {
  it("reads German decimals and whole years, trimmed; the first of a repeated key counts", () => {
    const a = supplyAssumptionsOf({ kvFigure: " 82,5 ", retirementAge: ["70", "60"], org: "org_1" });
    expect(a).toEqual({ values: { kvFigure: "82,5", retirementAge: "70" }, query: { kvFigure: 82.5, retirementAge: 70 }, errors: {}, applied: true });
    expect(assumptionsKey(a)).toBe("kvFigure=82%2C5&retirementAge=70");
  });

  it("takes empty fields (the GET form sends them) and no parameters as no assumption", () => {
    for (const params of [{}, { kvFigure: "", retirementAge: "  " }]) {
      const a = supplyAssumptionsOf(params);
      expect(a.query).toEqual({});
      expect(a.errors).toEqual({});
      expect(a.applied).toBe(false);
      expect(assumptionsKey(a)).toBe("");
    }
    expect(supplyAssumptionsOf({ retirementAge: "67" })).toMatchObject({ query: { retirementAge: 67 }, applied: true });
  });

  it("names each invalid field with the supply API's German message and computes with the defaults", () => {
    const a = supplyAssumptionsOf({ kvFigure: "viel", retirementAge: "66,5" });
    expect(a.values).toEqual({ kvFigure: "viel", retirementAge: "66,5" });
    expect(a.errors).toEqual({ kvFigure: "kvFigure muss eine Zahl sein (Versorgungsgrad in Prozent).", retirementAge: "retirementAge muss eine ganze Zahl sein." });
    expect(a.query).toEqual({});
    expect(a.applied).toBe(false);
    // One invalid field is enough: the valid one is not applied on its own.
    expect(supplyAssumptionsOf({ kvFigure: "400", retirementAge: "70" })).toMatchObject({ errors: { kvFigure: "kvFigure darf höchstens 300 % sein." }, query: {}, applied: false });
  });
});
