import { describe, expect, it } from "vitest";
import { buildIcs, escapeIcsText, foldIcsLine } from "./ics";
import { changesSince, isOverdue, planProgress } from "./progress";
import type { PlanItem, PlanItemStatus } from "./types";

const d = (s: string) => new Date(`${s}T12:00:00Z`);
function item(id: string, status: PlanItemStatus, dueDate: string | null, extra: Partial<PlanItem> = {}): PlanItem {
  return { id, title: `Maßnahme ${id}`, ownerText: null, startDate: null, dueDate, status, statusChangedAt: d("2026-01-01"), createdAt: d("2026-01-01"), updatedAt: d("2026-01-01"), history: [], ...extra };
}

describe("planProgress", () => {
  it.each([
    { name: "empty plan", items: [], share: 0, total: 0, overdue: [] as string[] },
    { name: "one of two done", items: [item("a", "erledigt", null), item("b", "geplant", null)], share: 0.5, total: 2, overdue: [] },
    { name: "discarded items not counted", items: [item("a", "erledigt", null), item("b", "verworfen", "2020-01-01")], share: 1, total: 1, overdue: [] },
    { name: "open past due is overdue", items: [item("a", "in_arbeit", "2026-11-30"), item("b", "erledigt", "2026-11-30"), item("c", "zurueckgestellt", "2026-12-01")], share: 1 / 3, total: 3, overdue: ["a"] },
  ])("$name", ({ items, share, total, overdue }) => {
    const p = planProgress(items, "2026-12-01");
    expect(p.shareDone).toBeCloseTo(share);
    expect(p.total).toBe(total);
    expect(p.overdue).toEqual(overdue);
  });

  it.each([
    ["2026-11-30", true],
    ["2026-12-01", false],
    ["2026-12-02", false],
  ] as const)("due %s on 2026-12-01 overdue: %s", (due, expected) => {
    expect(isOverdue(item("x", "geplant", due), "2026-12-01")).toBe(expected);
  });
});

describe("changesSince", () => {
  it("lists new items, status changes and edits after the date, in time order", () => {
    const items = [
      item("old", "geplant", null),
      item("new", "geplant", null, { createdAt: d("2026-11-20") }),
      item("st", "erledigt", null, { history: [{ status: "in_arbeit", changedAt: d("2026-10-01") }, { status: "erledigt", changedAt: d("2026-11-15") }] }),
      item("ed", "geplant", null, { updatedAt: d("2026-11-10") }),
    ];
    expect(changesSince(items, d("2026-11-01")).map((c) => [c.itemId, c.kind, c.status])).toEqual([
      ["ed", "geaendert", undefined],
      ["st", "status", "erledigt"],
      ["new", "neu", undefined],
    ]);
  });
});

describe("iCalendar", () => {
  it.each([
    ["a;b,c", "a\\;b\\,c"],
    ["back\\slash", "back\\\\slash"],
    ["zwei\nZeilen", "zwei\\nZeilen"],
  ])("escapes %j", (input, out) => expect(escapeIcsText(input)).toBe(out));

  it("folds at 75 octets without splitting umlauts", () => {
    const folded = foldIcsLine(`SUMMARY:${"ä".repeat(60)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(`SUMMARY:${"ä".repeat(60)}`);
  });

  it("writes a calendar with CRLF, UID, DTSTAMP and an all-day event", () => {
    const ics = buildIcs([{ uid: "item-1@versorgungslotse", date: "2026-12-31", summary: "Praxisräume, Bauamt" }], new Date("2026-12-02T10:00:00Z"), "Maßnahmenplan Dörentrup");
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.split("\r\n").every((l) => !l.includes("\n"))).toBe(true);
    expect(ics).toContain("UID:item-1@versorgungslotse\r\n");
    expect(ics).toContain("DTSTAMP:20261202T100000Z\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(ics).toContain("SUMMARY:Praxisräume\\, Bauamt\r\n");
  });
});
