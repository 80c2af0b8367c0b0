import { describe, expect, it } from "vitest";
import type { AtRiskPractice, ForecastYear } from "@/lib/domain/supply";
import { planTimeline, underSupplyYear } from "./timeline";
import type { PlanItem } from "./types";

const fy = (year: number, vg: number | null): ForecastYear => ({ year, offset: year - 2026, countedGps: 0, versorgungsgrad: vg, requiredFor100: 0, requiredForUnderSupplyLine: 0, gapTo100: 0, gapToUnderSupplyLine: 0 });
const at = new Date("2026-01-01T00:00:00Z");
const item = (id: string, dueDate: string | null): PlanItem => ({ id, title: id, ownerText: null, startDate: "2026-02-01", dueDate, status: "geplant", statusChangedAt: at, createdAt: at, updatedAt: at, history: [] });

describe("underSupplyYear", () => {
  it.each([
    { forecast: [fy(2026, 90), fy(2027, 80), fy(2028, 74.9)], year: 2028 },
    { forecast: [fy(2026, 90), fy(2027, 75)], year: null },
    { forecast: [fy(2026, null), fy(2027, 60)], year: 2027 },
  ])("$year", ({ forecast, year }) => expect(underSupplyYear(forecast)).toBe(year));
});

describe("planTimeline", () => {
  it("marks items due before the gap and places the training lag", () => {
    const practice: AtRiskPractice = { providerIndex: 0, providerName: "Praxis Nord", kind: "gp-practice", successorStatus: "none", leavingDoctors: [{ exitYear: 2029, exitBasis: "planned", age: 64 }], countedCapacityLeaving: 1, closes: true };
    const t = planTimeline([item("früh", "2027-12-31"), item("spät", "2031-06-30"), item("offen", null)], [fy(2026, 90), fy(2030, 70)], [practice], 2026, 11);
    expect(t.rows.map((r) => [r.itemId, r.beforeGap])).toEqual([["früh", true], ["spät", false], ["offen", null]]);
    expect(t.markers.map((m) => [m.year, m.kind])).toEqual([[2029, "practice-loses-doctors"], [2030, "under-supply"], [2037, "training-ready"]]);
  });
});
