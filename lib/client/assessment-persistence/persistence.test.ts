import { describe, expect, it } from "vitest";
import type { TownFacts } from "../../domain/assessment/answers";
import { browserPersistence, browserStorageKey } from "./browser";
import { hasBrowserAssessment } from "./browser-key";
import { readOnlyPersistence } from "./index";
import { serverPersistence } from "./server";

class MemoryStorage implements Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const TOWN: TownFacts = { ags: "05766024", name: "Dörentrup", population: 7660, areaKm2: 49.8, county: "Lippe", land: "Nordrhein-Westfalen" };

describe("browser persistence", () => {
  it("saves per AGS with increasing versions and loads it back", async () => {
    const storage = new MemoryStorage();
    const store = browserPersistence("05766024", storage as unknown as Storage);
    expect(await store.load()).toBeNull();
    expect(await store.save({ answers: { politics: { councilSupport: "majority" } }, status: "draft" }, 0)).toEqual({ ok: true, version: 1 });
    expect(await store.save({ answers: { politics: { councilSupport: "split" } }, status: "draft" }, 1)).toEqual({ ok: true, version: 2 });
    expect(await store.load()).toEqual({ answers: { politics: { councilSupport: "split" } }, status: "draft", version: 2 });
    expect(storage.getItem(browserStorageKey("01051013"))).toBeNull();
    // The comparison page asks this before it loads the reader.
    expect(hasBrowserAssessment("05766024", storage as unknown as Storage)).toBe(true);
    expect(hasBrowserAssessment("01051013", storage as unknown as Storage)).toBe(false);
    expect(hasBrowserAssessment("05766024", null)).toBe(false);
  });

  it("a save on top of an old version (another tab) is a conflict with the stored values", async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const a = browserPersistence("05766024", storage);
    await a.save({ answers: { politics: { councilSupport: "majority" } }, status: "draft" }, 0);
    await a.save({ answers: { politics: { councilSupport: "none" } }, status: "draft" }, 1);
    const result = await a.save({ answers: { politics: { councilSupport: "unanimous" } }, status: "draft" }, 1);
    expect(result).toEqual({ ok: false, kind: "conflict", theirs: { answers: { politics: { councilSupport: "none" } }, status: "draft", version: 2 } });
  });

  it("drops unknown fields, 'unknown' answers and broken JSON", async () => {
    const storage = new MemoryStorage();
    storage.setItem(browserStorageKey("05766024"), JSON.stringify({ answers: { politics: { councilSupport: "unknown", mayorCommitment: "strong", evil: 1 }, x: { y: 1 } }, version: 3 }));
    expect(await browserPersistence("05766024", storage as unknown as Storage).load()).toEqual({
      answers: { politics: { mayorCommitment: "strong" } },
      status: "draft",
      version: 3,
    });
    storage.setItem(browserStorageKey("05766024"), "{");
    expect(await browserPersistence("05766024", storage as unknown as Storage).load()).toBeNull();
  });
});

describe("server persistence (GET/PUT /api/v1/organisations/{orgId}/assessments/{ags})", () => {
  function fakeFetch(responses: Array<{ status: number; body: unknown }>, calls: Array<{ url: string; init?: RequestInit }>) {
    return (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      const next = responses.shift()!;
      return new Response(JSON.stringify(next.body), { status: next.status, headers: { "content-type": "application/json" } });
    }) as typeof fetch;
  }

  it("loads nothing for version 0 and PUTs the whole input with the version read", async () => {
    const calls: Array<{ url: string; init?: RequestInit }> = [];
    const store = serverPersistence(
      "org1",
      TOWN,
      fakeFetch(
        [
          { status: 200, body: { data: { answers: null, status: "DRAFT", version: 0, exists: false } } },
          { status: 200, body: { data: { answers: {}, status: "COMPLETED", version: 1 } } },
        ],
        calls,
      ),
    );
    expect(await store.load()).toBeNull();
    expect(await store.save({ answers: { politics: { councilSupport: "majority" } }, status: "completed" }, 0)).toEqual({ ok: true, version: 1 });
    expect(calls[1]!.url).toBe("/api/v1/organisations/org1/assessments/05766024");
    expect(calls[1]!.init?.method).toBe("PUT");
    const body = JSON.parse(String(calls[1]!.init?.body));
    expect(body).toMatchObject({ status: "COMPLETED", version: 0, answers: { town: { name: "Dörentrup", ags: "05766024" }, politics: { councilSupport: "majority" } } });
  });

  it("a 409 carries the stored values as a conflict", async () => {
    const store = serverPersistence(
      "org1",
      TOWN,
      fakeFetch(
        [
          {
            status: 409,
            body: {
              error: {
                code: "conflict",
                message: "Veraltet",
                current: { answers: { town: { name: "Dörentrup" }, politics: { councilSupport: "none" } }, status: "DRAFT", version: 4 },
                submitted: {},
              },
            },
          },
        ],
        [],
      ),
    );
    expect(await store.save({ answers: {}, status: "draft" }, 3)).toEqual({
      ok: false,
      kind: "conflict",
      theirs: { answers: { politics: { councilSupport: "none" } }, status: "draft", version: 4 },
    });
  });

  it("other errors keep the API's German message", async () => {
    const store = serverPersistence("org1", TOWN, fakeFetch([{ status: 403, body: { error: { code: "forbidden", message: "Keine Berechtigung." } } }], []));
    expect(await store.save({ answers: {}, status: "draft" }, 0)).toEqual({ ok: false, kind: "error", message: "Keine Berechtigung." });
  });
});

describe("read-only persistence (a member who may only read)", () => {
  it("loads the organisation's record and refuses every save without a request", async () => {
    const calls: string[] = [];
    const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(`${init?.method ?? "GET"} ${String(url)}`);
      return new Response(JSON.stringify({ data: { answers: { politics: { councilSupport: "split" } }, status: "COMPLETED", version: 2 } }), { status: 200 });
    }) as typeof fetch;
    const store = readOnlyPersistence(serverPersistence("org1", TOWN, fetchImpl));
    expect(store.readOnly).toBe(true);
    expect(await store.load()).toEqual({ answers: { politics: { councilSupport: "split" } }, status: "completed", version: 2 });
    const saved = await store.save({ answers: {}, status: "draft" }, 2);
    expect(saved.ok).toBe(false);
    expect(calls).toEqual(["GET /api/v1/organisations/org1/assessments/05766024"]);
  });
});
