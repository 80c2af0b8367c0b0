import { ComparisonDataSchema, type ComparisonData } from "../domain/comparison/scenario-set";
import type { SavedScenario, ScenarioStore, StoreResult } from "./scenario-store";

/**
 * The organisation's scenarios of one town, through `/api/v1/organisations/{orgId}/scenarios…` (signed in with a
 * role in an organisation that covers the town). Same interface as the browser store.
 */
interface ApiScenario {
  id: string;
  ags: string;
  name: string;
  data: unknown;
  version: number;
  updatedAt: string;
}
interface ApiError {
  error?: { code?: string; message?: string; current?: ApiScenario };
}

const toSaved = (s: ApiScenario): SavedScenario => ({
  id: s.id,
  ags: s.ags,
  name: s.name,
  data: ComparisonDataSchema.parse(s.data),
  version: s.version,
  updatedAt: typeof s.updatedAt === "string" ? s.updatedAt : new Date(s.updatedAt).toISOString(),
});

export function serverScenarioStore(orgId: string, ags: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): ScenarioStore {
  const base = `/api/v1/organisations/${encodeURIComponent(orgId)}/scenarios`;
  const send = async (method: string, path: string, body?: unknown): Promise<StoreResult> => {
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return { ok: false, kind: "error", message: "Der Server ist nicht erreichbar." };
    }
    const json = (await response.json().catch(() => ({}))) as { data?: ApiScenario } & ApiError;
    if (response.ok && json.data) return { ok: true, scenario: toSaved(json.data) };
    if (response.status === 409 && json.error?.current) return { ok: false, kind: "conflict", current: toSaved(json.error.current) };
    if (response.status === 404) return { ok: false, kind: "not-found", message: json.error?.message ?? "Nicht gefunden." };
    return { ok: false, kind: "error", message: json.error?.message ?? `Fehler ${response.status}.` };
  };
  return {
    kind: "server",
    async list() {
      const response = await fetchImpl(`${base}?ags=${ags}`);
      if (!response.ok) return [];
      const json = (await response.json()) as { data: ApiScenario[] };
      return json.data.map(toSaved);
    },
    async get(id) {
      const r = await send("GET", `${base}/${encodeURIComponent(id)}`);
      return r.ok ? r.scenario : null;
    },
    create: (name: string, data: ComparisonData) => send("POST", base, { ags, name, data }),
    update: (id, change, baseVersion) => send("PATCH", `${base}/${encodeURIComponent(id)}`, { version: baseVersion, ...change }),
    async remove(id) {
      await fetchImpl(`${base}/${encodeURIComponent(id)}`, { method: "DELETE" });
    },
    duplicate: (id, name) => send("POST", `${base}/${encodeURIComponent(id)}/duplicate`, { name }),
  };
}
