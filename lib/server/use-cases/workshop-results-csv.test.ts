import { describe, expect, it } from "vitest";
import { aggregateAnswers } from "@/lib/server/db/workshop-participation";
import { consensusTemplate, modelVoteTemplate } from "../../domain/workshop/templates";
import { workshopResultsCsv } from "./workshop-results-csv";

describe("workshop results CSV", () => {
  it("is ;-separated with a BOM, names counts, participants and the rules", () => {
    const vote = modelVoteTemplate();
    const check = consensusTemplate("Wir brauchen ein MVZ.");
    const csv = workshopResultsCsv({ title: "Ratsklausur", date: "2026-12-10", participants: 3, exportedAt: new Date("2026-12-10T18:00:00Z") }, [
      { position: 1, config: vote, openedAt: null, closedAt: null, n: 3, result: aggregateAnswers(vote, [{ type: "singleChoice", choice: "municipal-mvz" }, { type: "singleChoice", choice: "municipal-mvz" }, { type: "singleChoice", choice: "undecided" }]) },
      { position: 2, config: check, openedAt: null, closedAt: null, n: 3, result: aggregateAnswers(check, [1, 3, 5].map((value) => ({ type: "consensus" as const, value }))) },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("Teilnehmende;3");
    expect(csv).toMatch(/Kommunales MVZ;2/);
    expect(csv).toMatch(/Noch unentschieden;1/);
    expect(csv).toMatch(/gespalten, wenn mind\. 1\/3/);
    expect(csv).toMatch(/;gespalten;2;3;3/);
  });
});
