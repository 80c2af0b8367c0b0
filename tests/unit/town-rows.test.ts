import { describe, expect, it } from "vitest";
import { decodeTownRows, encodeTownRows, type TownRow } from "@/components/county/town-rows";

const register = (ags: string, name: string, extra: Partial<TownRow> = {}): TownRow => ({
  ags,
  name,
  population: 7660,
  areaKm2: 41.2,
  density: 186,
  typeLabel: "Gemeinde",
  verbandName: "",
  sizeClass: "5000-9999",
  org: null,
  ...extra,
});
const org = (extra: Partial<NonNullable<TownRow["org"]>> = {}): NonNullable<TownRow["org"]> => ({
  hasData: true,
  source: "county",
  gps: 2,
  fte: 1.75,
  versorgungsgrad: 43.2,
  versorgungsgradBasis: "computed",
  aged60Plus: 1,
  exits5: 1,
  exits10: 1,
  practicesAtRisk: 1,
  urgency: "hoch",
  urgencyRank: 1,
  selfCheck: "abgeschlossen",
  topModel: "Kommunales MVZ",
  confidence: "mittel",
  plan: "2 von 5 erledigt, 1 in Arbeit",
  workshops: 0,
  planningArea: "Mittelbereich Nord",
  grantedOrgId: "org_1",
  ...extra,
});

describe("town table rows for the browser (encodeTownRows / decodeTownRows)", () => {
  it("gives every row back unchanged: public rows, org rows, unknown figures", () => {
    const rows: TownRow[] = [
      register("05766024", "Dörentrup"),
      register("05766028", "Extertal", { density: null, verbandName: "Verband Süd", org: org() }),
      register("05766040", "Lemgo", {
        typeLabel: "Stadt",
        org: org({ hasData: false, source: null, gps: null, fte: null, versorgungsgrad: null, versorgungsgradBasis: null, aged60Plus: null, exits5: null, exits10: null, practicesAtRisk: null, urgency: "unbekannt", urgencyRank: 3, selfCheck: null, topModel: null, confidence: null, plan: null, planningArea: null, grantedOrgId: null }),
      }),
      register("05766044", "Oerlinghausen", { org: org({ source: "town-grant", versorgungsgradBasis: "kv", workshops: 2, urgencyRank: 2 }) }),
    ];
    expect(decodeTownRows(encodeTownRows(rows))).toEqual(rows);
  });

  it("sends each repeated text once", () => {
    const rows = Array.from({ length: 50 }, (_, i) => register(`0576${String(i).padStart(4, "0")}`, `Ort ${i}`, { verbandName: "Verbandsgemeinde Bitburger Land", org: org() }));
    const encoded = encodeTownRows(rows);
    expect(encoded.texts.filter((t) => t === "Verbandsgemeinde Bitburger Land")).toHaveLength(1);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(rows).length / 2);
  });
});
