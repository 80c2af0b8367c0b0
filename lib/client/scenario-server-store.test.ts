import { describe, expect, it, vi } from "vitest";
import { serverScenarioStore } from "./scenario-server-store";
import { defaultComparison } from "@/lib/domain/comparison/scenario-set";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const DATA = defaultComparison(knowledgeFromFiles(), { population: 7660, landCode: "05" }, 2026);
const RECORD = { id: "s1", ags: "05766024", name: "Variante A", data: DATA, version: 2, updatedAt: "2026-12-02T10:00:00.000Z", organisationId: "o1" };
const reply = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

describe("the server scenario store reads every answer with the route's contract", () => {
  it("a saved scenario comes back parsed", async () => {
    const store = serverScenarioStore("o1", "05766024", reply(201, { data: RECORD }) as unknown as typeof fetch);
    const result = await store.create("Variante A", DATA);
    expect(result).toMatchObject({ ok: true, scenario: { id: "s1", name: "Variante A", version: 2, updatedAt: RECORD.updatedAt } });
  });

  it("a 409 carries the stored scenario as the conflict's current state", async () => {
    const store = serverScenarioStore("o1", "05766024", reply(409, { error: { code: "conflict", message: "Inzwischen geändert.", current: { ...RECORD, version: 3 } } }) as unknown as typeof fetch);
    expect(await store.update("s1", { name: "B" }, 2)).toMatchObject({ ok: false, kind: "conflict", current: { version: 3 } });
  });

  it("an answer that breaks the contract is an error in German, not a cast", async () => {
    const store = serverScenarioStore("o1", "05766024", reply(200, { data: { ...RECORD, version: "2" } }) as unknown as typeof fetch);
    const result = await store.get("s1");
    expect(result).toBeNull();
    const broken = await serverScenarioStore("o1", "05766024", reply(201, { data: { ...RECORD, version: "2" } }) as unknown as typeof fetch).create("x", DATA);
    expect(broken).toMatchObject({ ok: false, kind: "error", message: expect.stringMatching(/^Die Antwort des Servers hat nicht das erwartete Format \(data\.version/) });
  });

  it("a list that cannot be read is empty", async () => {
    expect(await serverScenarioStore("o1", "05766024", reply(500, { error: { code: "internal", message: "kaputt" } }) as unknown as typeof fetch).list()).toEqual([]);
    expect(await serverScenarioStore("o1", "05766024", reply(200, { data: [RECORD] }) as unknown as typeof fetch).list()).toHaveLength(1);
  });
});
