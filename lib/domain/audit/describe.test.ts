import { describe, expect, it } from "vitest";
import { changedAnswerCount, describeAuditEntry, type AuditEntryFacts } from "@/lib/domain/audit/describe";
import { ASKED_FIELDS } from "@/lib/domain/assessment/fields";

const ASKED = ASKED_FIELDS.map((q) => q.id.split(".") as [string, string]);
const [[g1, f1], [g2, f2], [g3, f3]] = [ASKED[0]!, ASKED[1]!, ASKED[2]!];
/** Answers in the stored shape { group: { field: value } }. */
function stored(pairs: Array<[[string, string], unknown]>): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [[group, field], value] of pairs) (out[group] ??= {})[field] = value;
  return out;
}

const context = { townName: (ags: string) => ({ "05766024": "Dörentrup", "05762024": "Marienmünster" })[ags] };

function entry(action: string, entityType: string, before: unknown, after: unknown, entityId = "cmx5siek0000"): AuditEntryFacts {
  return { action, entityType, entityId, before, after };
}

describe("describeAuditEntry: the change log in German words", () => {
  it.each<[string, AuditEntryFacts, string]>([
    [
      "an assessment update names the town, the changed answers and the version",
      entry(
        "assessment.update",
        "assessment",
        { ags: "05766024", answers: stored([[[g1, f1], "a"], [[g2, f2], "b"], [["town", "population"], 7660]]), status: "DRAFT", version: 9 },
        { ags: "05766024", answers: stored([[[g1, f1], "a"], [[g2, f2], "c"], [[g3, f3], "d"], [["town", "population"], 7661]]), status: "DRAFT", version: 10 },
      ),
      "Selbsteinschätzung für Dörentrup geändert, 2 Antworten geändert, Version 10",
    ],
    [
      "a status change is said",
      entry(
        "assessment.update",
        "assessment",
        { ags: "05766024", answers: { a: 1 }, status: "DRAFT", version: 2 },
        { ags: "05766024", answers: { a: 1 }, status: "COMPLETED", version: 3 },
      ),
      "Selbsteinschätzung für Dörentrup geändert, Status Entwurf → abgeschlossen, Version 3",
    ],
    [
      "a new assessment counts its answers",
      entry("assessment.create", "assessment", null, { ags: "05766024", answers: stored([[[g1, f1], "a"], [[g2, f2], "unknown"], [[g3, f3], null], [["town", "population"], 7660], [["town", "name"], "Dörentrup"]]), status: "DRAFT", version: 1 }),
      "Selbsteinschätzung für Dörentrup angelegt, 1 Antwort, Version 1",
    ],
    [
      "a takeover of a workshop's ratings names the workshop, each changed answer and the rule set that recomputed",
      entry(
        "assessment.workshopRatings",
        "assessment",
        { ags: "05766024", answers: {}, status: "DRAFT", version: 1 },
        {
          ags: "05766024",
          answers: {},
          status: "DRAFT",
          version: 2,
          ruleSetVersion: "2026-12-02.4",
          workshop: { title: "Ratsklausur", date: "2026-12-10", block: 1 },
          changes: [{ field: "resources.expertise", question: "Fachwissen über das Gesundheitssystem", from: "keines", to: "eingekauft" }],
        },
      ),
      "Selbsteinschätzung für Dörentrup aus den Bewertungen des Workshops „Ratsklausur“ übernommen, 1 Antwort geändert (Fachwissen über das Gesundheitssystem: keines → eingekauft), Version 2, Ergebnis neu berechnet mit Regelwerk 2026-12-02.4",
    ],
    [
      "an unknown town reads as its AGS",
      entry("assessment.delete", "assessment", { ags: "01051013", version: 4 }, null),
      "Selbsteinschätzung für AGS 01051013 gelöscht (zuletzt Version 4)",
    ],
    [
      "an old entry without any AGS still reads as words",
      entry("assessment.update", "assessment", { answers: {}, version: 1 }, { answers: {}, version: 2 }),
      "Selbsteinschätzung geändert, Version 2",
    ],
    [
      "a scenario rename",
      entry("scenario.update", "scenario", { ags: "05762024", name: "Plan A", version: 1 }, { ags: "05762024", name: "Plan B", version: 2 }),
      "Vergleichsszenario „Plan B“ für Marienmünster geändert, umbenannt von „Plan A“, Version 2",
    ],
    [
      "a provider import with counts",
      entry("provider.import", "provider-inventory", { providers: 2 }, { providers: 5, doctors: 7 }, "05766024"),
      "Versorgungscheck für Dörentrup aus einer Datei ersetzt: 5 Einrichtungen mit 7 Ärztinnen und Ärzten (vorher 2)",
    ],
    [
      "a role change in words",
      entry("membership.update", "membership", { email: "a@example.org", role: "VIEWER" }, { email: "a@example.org", role: "ADMIN" }),
      "Rolle von a@example.org geändert: Lesen → Verwaltung",
    ],
    [
      "an organisation rename",
      entry("organisation.update", "organisation", { name: "Gemeinde D" }, { name: "Gemeinde Dörentrup" }),
      "Organisation umbenannt von „Gemeinde D“ in „Gemeinde Dörentrup“",
    ],
    [
      "a county grant",
      entry("countyGrant.create", "countyGrant", null, { countyOrganisationId: "x", countyName: "Kreis Lippe" }),
      "Lesezugriff für Kreis Lippe freigegeben",
    ],
    [
      "an action without a describer reads as its record kind and verb, not as code",
      entry("plan.update", "plan", null, null),
      "Maßnahmenplan geändert",
    ],
    ["a completely unknown action", entry("thing.frobnicate", "thing", null, null), "Eintrag bearbeitet"],
  ])("%s", (_name, input, expected) => {
    const text = describeAuditEntry(input, context);
    expect(text).toBe(expected);
    expect(text).not.toContain(input.entityId);
  });
});

describe("changedAnswerCount", () => {
  it.each<[string, unknown, unknown, number]>([
    ["same", stored([[[g1, f1], "a"]]), stored([[[g1, f1], "a"]]), 0],
    ["one changed", stored([[[g1, f1], "a"]]), stored([[[g1, f1], "b"]]), 1],
    ["one removed", stored([[[g1, f1], "a"]]), {}, 1],
    ["two added", {}, stored([[[g1, f1], "a"], [[g2, f2], 3]]), 2],
    ["\"weiß nicht\" is no answer", stored([[[g1, f1], "unknown"]]), {}, 0],
    ["register facts are not answers", stored([[["town", "population"], 1]]), stored([[["town", "population"], 2]]), 0],
    ["nothing stored", null, undefined, 0],
  ])("%s: %i", (_name, before, after, expected) => {
    expect(changedAnswerCount(before, after)).toBe(expected);
  });
});
