import type { ComparisonData } from "../domain/comparison/scenario-set";
import type { ScenarioRecordResponse } from "../domain/schemas/scenario";
import { callApi } from "./api";
import type { SavedScenario, ScenarioStore, StoreResult } from "./scenario-store";

/**
 * The organisation's scenarios of one town, through `/api/v1/organisations/{orgId}/scenarios…` (signed in with a
 * role in an organisation that covers the town). Same interface as the browser store. Every answer is parsed with
 * the route's contract (lib/domain/schemas/scenario.ts) by the one API client, loaded with the first call (issue 19).
 */
const contracts = () => import("../domain/schemas/scenario");
const loadScenarioContract = () => contracts().then((m) => m.ScenarioResponseSchema);
const loadListContract = () => contracts().then((m) => m.ScenarioListResponseSchema);
const loadNoContent = () => import("../domain/api-contracts").then((m) => m.NoContentSchema);
const toSaved = (s: ScenarioRecordResponse): SavedScenario => ({ id: s.id, ags: s.ags, name: s.name, data: s.data, version: s.version, updatedAt: s.updatedAt });

export function serverScenarioStore(orgId: string, ags: string, fetchImpl?: typeof fetch): ScenarioStore {
  const base = `/api/v1/organisations/${encodeURIComponent(orgId)}/scenarios`;
  const send = async (method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<StoreResult> => {
    const result = await callApi(path, loadScenarioContract, { method, body, fetchImpl });
    if (result.ok) return { ok: true, scenario: toSaved(result.data.data) };
    if (result.status === 0) return { ok: false, kind: "error", message: "Der Server ist nicht erreichbar." };
    const current = result.status === 409 ? (await contracts()).ScenarioRecordSchema.safeParse(result.body.current) : null;
    if (current?.success) return { ok: false, kind: "conflict", current: toSaved(current.data) };
    if (result.status === 404) return { ok: false, kind: "not-found", message: result.message };
    return { ok: false, kind: "error", message: result.message };
  };
  return {
    kind: "server",
    async list() {
      const result = await callApi(`${base}?ags=${ags}`, loadListContract, { fetchImpl });
      return result.ok ? result.data.data.map(toSaved) : [];
    },
    async get(id) {
      const r = await send("GET", `${base}/${encodeURIComponent(id)}`);
      return r.ok ? r.scenario : null;
    },
    create: (name: string, data: ComparisonData) => send("POST", base, { ags, name, data }),
    update: (id, change, baseVersion) => send("PATCH", `${base}/${encodeURIComponent(id)}`, { version: baseVersion, ...change }),
    async remove(id) {
      await callApi(`${base}/${encodeURIComponent(id)}`, loadNoContent, { method: "DELETE", fetchImpl });
    },
    duplicate: (id, name) => send("POST", `${base}/${encodeURIComponent(id)}/duplicate`, { name }),
  };
}
