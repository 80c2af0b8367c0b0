import type { ComparisonData } from "../domain/comparison/scenario-set";
import type { SavedScenario } from "./scenario-store-schema";

/**
 * Named comparison scenarios of one town. The UI talks only to `ScenarioStore`; today the adapter is the
 * browser's localStorage (nothing leaves the browser). Once organisation accounts exist, a server adapter
 * against `/api/v1/organisations/{orgId}/scenarios` implements the same interface.
 *
 * What is read from storage is validated with the shared schemas, loaded on the first read that finds something
 * (./scenario-store-schema.ts), so zod is not part of the comparison page's first-load JavaScript (issue 19).
 */
export type { SavedScenario };
const loadSchemas = () => import("./scenario-store-schema");

export type StoreResult =
  | { ok: true; scenario: SavedScenario }
  /** Someone saved since `baseVersion`: `current` is what is stored now. */
  | { ok: false; kind: "conflict"; current: SavedScenario }
  | { ok: false; kind: "not-found" | "error"; message: string };

export interface ScenarioStore {
  readonly kind: "browser" | "server";
  list(): Promise<SavedScenario[]>;
  get(id: string): Promise<SavedScenario | null>;
  create(name: string, data: ComparisonData): Promise<StoreResult>;
  update(id: string, change: { name?: string; data?: ComparisonData }, baseVersion: number): Promise<StoreResult>;
  remove(id: string): Promise<void>;
  duplicate(id: string, name: string): Promise<StoreResult>;
}

export function browserScenarioKey(ags: string): string {
  return `versorgungslotse:vergleich:szenarien:${ags}`;
}
export function browserDraftKey(ags: string): string {
  return `versorgungslotse:vergleich:entwurf:${ags}`;
}

async function readAll(storage: Storage | null, ags: string): Promise<SavedScenario[]> {
  const text = storage?.getItem(browserScenarioKey(ags));
  if (!text) return [];
  const { SavedScenarioSchema } = await loadSchemas();
  try {
    const raw = JSON.parse(text) as unknown;
    if (!Array.isArray(raw)) return [];
    // Stored data may be old or edited by hand: keep only entries that still validate.
    return raw.flatMap((entry) => {
      const parsed = SavedScenarioSchema.safeParse(entry);
      return parsed.success && parsed.data.ags === ags ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

const newId = (): string =>
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function browserScenarioStore(ags: string, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): ScenarioStore {
  const write = (all: SavedScenario[]): StoreResult | null => {
    if (!storage) return { ok: false, kind: "error", message: "Der Browser erlaubt keine lokale Speicherung." };
    try {
      storage.setItem(browserScenarioKey(ags), JSON.stringify(all));
      return null;
    } catch (e) {
      return { ok: false, kind: "error", message: (e as Error).message };
    }
  };
  const store: ScenarioStore = {
    kind: "browser",
    async list() {
      return (await readAll(storage, ags)).sort((a, b) => a.name.localeCompare(b.name, "de"));
    },
    async get(id) {
      return (await readAll(storage, ags)).find((s) => s.id === id) ?? null;
    },
    async create(name, data) {
      const { ComparisonDataSchema, ScenarioNameSchema } = await loadSchemas();
      const parsedName = ScenarioNameSchema.safeParse(name);
      if (!parsedName.success) return { ok: false, kind: "error", message: parsedName.error.issues[0]?.message ?? "Ungültiger Name." };
      const scenario: SavedScenario = { id: newId(), ags, name: parsedName.data, data: ComparisonDataSchema.parse(data), version: 1, updatedAt: new Date().toISOString() };
      return write([...(await readAll(storage, ags)), scenario]) ?? { ok: true, scenario };
    },
    async update(id, change, baseVersion) {
      const { ComparisonDataSchema, ScenarioNameSchema } = await loadSchemas();
      const all = await readAll(storage, ags);
      const current = all.find((s) => s.id === id);
      if (!current) return { ok: false, kind: "not-found", message: "Das Szenario gibt es nicht mehr." };
      if (current.version !== baseVersion) return { ok: false, kind: "conflict", current };
      const name = change.name === undefined ? current.name : ScenarioNameSchema.parse(change.name);
      const data = change.data === undefined ? current.data : ComparisonDataSchema.parse(change.data);
      const scenario: SavedScenario = { ...current, name, data, version: current.version + 1, updatedAt: new Date().toISOString() };
      return write(all.map((s) => (s.id === id ? scenario : s))) ?? { ok: true, scenario };
    },
    async remove(id) {
      write((await readAll(storage, ags)).filter((s) => s.id !== id));
    },
    async duplicate(id, name) {
      const source = (await readAll(storage, ags)).find((s) => s.id === id);
      if (!source) return { ok: false, kind: "not-found", message: "Das Szenario gibt es nicht mehr." };
      return store.create(name, source.data);
    },
  };
  return store;
}

/** The working state of the comparison page, kept for the print view (one per town). */
export async function loadDraft(ags: string, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): Promise<ComparisonData | null> {
  const text = storage?.getItem(browserDraftKey(ags));
  if (!text) return null;
  const { ComparisonDataSchema } = await loadSchemas();
  try {
    const parsed = ComparisonDataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the working state (it is the defaults again: the print view shows those without one). */
export function clearDraft(ags: string, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): void {
  try {
    storage?.removeItem(browserDraftKey(ags));
  } catch {
    // Blocked storage: there is nothing to forget.
  }
}

export function saveDraft(ags: string, data: ComparisonData, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): void {
  try {
    storage?.setItem(browserDraftKey(ags), JSON.stringify(data));
  } catch {
    // Full or blocked storage: the print view falls back to the defaults.
  }
}
