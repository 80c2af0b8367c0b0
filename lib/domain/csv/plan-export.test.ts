import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/domain/csv/parse";
import { germanDate, planCsv, planIcs, PLAN_CSV_HEADER, type ExportPlanItem } from "./plan-export";

const at = new Date("2026-11-01T10:00:00Z");
function item(id: string, extra: Partial<ExportPlanItem> = {}): ExportPlanItem {
  return {
    id,
    title: `Maßnahme ${id}`,
    ownerText: null,
    ownerLabel: null,
    startDate: null,
    dueDate: null,
    status: "geplant",
    statusChangedAt: at,
    createdAt: at,
    updatedAt: at,
    history: [],
    position: 1,
    addressesFactor: null,
    addressesGap: null,
    modelId: null,
    estimatedCostEuro: null,
    fundingProgrammeIds: [],
    source: "own",
    citations: null,
    notes: null,
    ...extra,
  };
}

describe("plan CSV", () => {
  it.each([
    ["2027-06-30", "30.06.2027"],
    [null, ""],
  ])("germanDate(%j) = %j", (iso, out) => expect(germanDate(iso)).toBe(out));

  it("writes Excel-German: BOM, `;`, German amounts and dates, labels, formulas neutralised, round trip through the reader", () => {
    const csv = planCsv(
      [
        item("a", { title: "=HYPERLINK(\"http://x\")", ownerLabel: "Bauamt", dueDate: "2026-01-31", estimatedCostEuro: 12500, addressesFactor: "supply", modelId: "municipal-mvz", fundingProgrammeIds: ["nw-hausarztaktionsprogramm"], notes: "zwei; Teile" }),
        item("b", { position: 2, status: "erledigt", dueDate: "2026-01-31", source: "catalogue", citations: [{ kind: "rule", rule: "§ 95 Abs. 1a SGB V" }] }),
      ],
      new Map([["nw-hausarztaktionsprogramm", "Hausarztaktionsprogramm NRW"]]),
      "2026-12-02",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
    const rows = readCsv(csv, ";").map((r) => r.fields);
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER]);
    expect(rows[1]).toEqual([
      "1", "=HYPERLINK(\"http://x\")", "geplant", "01.11.2026", "Bauamt", "", "31.01.2026", "ja", "12.500", "Hausarztaktionsprogramm NRW",
      "Versorgungslage und Dringlichkeit", "", "Kommunales MVZ", "eigene Maßnahme", "", "zwei; Teile",
    ]);
    expect(rows[2]!.slice(0, 3)).toEqual(["2", "Maßnahme b", "erledigt"]);
    expect(rows[2]![7]).toBe("nein"); // done is never overdue
    expect(rows[2]![14]).toBe("§ 95 Abs. 1a SGB V");
  });

  it("puts only open items with a due date into the calendar", () => {
    const ics = planIcs(
      [item("a", { dueDate: "2027-03-01", ownerLabel: "Kreis" }), item("b", { dueDate: "2027-04-01", status: "erledigt" }), item("c", { dueDate: "2027-05-01", status: "verworfen" }), item("d")],
      "Dörentrup",
      "example.org",
      new Date("2026-12-02T00:00:00Z"),
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("UID:massnahme-a@example.org\r\n");
    expect(ics).toContain("SUMMARY:Fällig: Maßnahme a\r\n");
    expect(ics).toContain("Zuständig: Kreis");
  });
});
