import { describe, expect, it } from "vitest";
import { defaultComparison } from "../domain/comparison/scenario-set";
import { browserScenarioStore, clearDraft, loadDraft, saveDraft } from "./scenario-store";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const ags = "05762024";
const data = defaultComparison(K, { population: 5_000, landCode: "05" }, 2026);

describe("browserScenarioStore", () => {
  it("creates, lists, updates with version, duplicates and removes named scenarios per town", async () => {
    const storage = new MemoryStorage();
    const store = browserScenarioStore(ags, storage);
    const created = await store.create("  MVZ mit Förderung ", data);
    if (!created.ok) throw new Error("create failed");
    expect(created.scenario).toMatchObject({ name: "MVZ mit Förderung", version: 1, ags });

    const changed = { ...data, risks: { "gaps-soon": "yes" as const } };
    const updated = await store.update(created.scenario.id, { data: changed }, 1);
    expect(updated.ok && updated.scenario.version).toBe(2);
    const stale = await store.update(created.scenario.id, { name: "alt" }, 1);
    expect(stale).toMatchObject({ ok: false, kind: "conflict", current: { version: 2 } });

    const copy = await store.duplicate(created.scenario.id, "Kopie");
    expect(copy.ok && copy.scenario.data.risks).toEqual({ "gaps-soon": "yes" });
    expect((await store.list()).map((s) => s.name)).toEqual(["Kopie", "MVZ mit Förderung"]);
    // Another town sees none of them.
    expect(await browserScenarioStore("05766024", storage).list()).toEqual([]);

    await store.remove(created.scenario.id);
    expect((await store.list()).map((s) => s.name)).toEqual(["Kopie"]);
    expect(await store.create("   ", data)).toMatchObject({ ok: false, kind: "error" });
  });

  it("ignores tampered entries and keeps the draft for the print view", async () => {
    const storage = new MemoryStorage();
    storage.setItem(`versorgungslotse:vergleich:szenarien:${ags}`, JSON.stringify([{ id: "x", name: "kaputt", ags, data: {}, version: 1, updatedAt: "" }]));
    expect(await browserScenarioStore(ags, storage).list()).toEqual([]);
    expect(await loadDraft(ags, storage)).toBeNull();
    saveDraft(ags, data, storage);
    expect(await loadDraft(ags, storage)).toEqual(data);
    clearDraft(ags, storage);
    expect(await loadDraft(ags, storage)).toBeNull();
  });
});
