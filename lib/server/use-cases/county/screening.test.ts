import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "@/lib/domain/assessment/answers";
import { supplyParametersAt } from "@/lib/domain/supply";
import { parseGv100 } from "@/lib/server/import/gv100";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { defaultRegisterFile } from "@/prisma/seed/municipalities";
import { screeningTownsFromRegister } from "./register-towns";
import { registerOnlyInput, screenTowns } from "./screening";

const K = knowledgeFromFiles();
const register = parseGv100(fs.readFileSync(defaultRegisterFile(), "utf8"));
const lippe = screeningTownsFromRegister(register, "05766");
const asOf = "2026-06-01";
const ctx = { params: supplyParametersAt(K.ruleParameters, asOf), knowledge: K, asOf };

describe("batch screening", () => {
  it("the shortcut for register-only towns gives exactly what parsing the empty answers gives", () => {
    for (const t of [...lippe, ...screeningTownsFromRegister(register, "01051")]) {
      const facts = { ags: t.ags, name: t.name, population: t.population, areaKm2: Math.round(t.areaHectares) / 100, county: t.kreisName, land: t.landName };
      expect(registerOnlyInput(facts)).toEqual(parseAnswers({}, facts));
    }
    // …and really takes the shortcut: the other answer groups are the one parsed template, shared.
    const [a, b] = lippe.map((t) => registerOnlyInput({ ags: t.ags, name: t.name, population: t.population, areaKm2: 1, county: "Lippe", land: "Nordrhein-Westfalen" }));
    expect(a!.supply).toBe(b!.supply);
  });

  it("screens every town of Lippe; without inventories every town is unknown, the engine's confidence low", () => {
    const s = screenTowns(lippe, new Map(), ctx);
    expect(s.rows).toHaveLength(16);
    expect(new Set(s.rows.map((r) => r.urgency.level))).toEqual(new Set(["unbekannt"]));
    expect(new Set(s.rows.map((r) => r.verdict?.confidence.level))).toEqual(new Set(["niedrig"]));
    expect(s.wave.towns).toEqual([]);
  });

  it("a known inventory ranks the town first and raises the engine's share of answered questions", () => {
    const known = new Map([
      ["05766024", { providers: [{ name: "Praxis", kind: "gp-practice" as const, successorStatus: "none" as const, doctors: [{ employment: "licensed" as const, licence: "full" as const, birthYear: 1958 }] }] }],
    ]);
    const s = screenTowns(lippe, known, ctx);
    const first = s.rows[0]!;
    expect(first).toMatchObject({ ags: "05766024", urgency: { rank: 1, level: "hoch" }, sources: { inventory: true, selfCheck: false } });
    const other = s.rows.find((r) => r.ags === "05766028")!;
    expect(first.verdict!.confidence.answered).toBeGreaterThan(other.verdict!.confidence.answered);
    expect(s.wave.towns.map((t) => t.ags)).toEqual(["05766024"]);
  });
});
