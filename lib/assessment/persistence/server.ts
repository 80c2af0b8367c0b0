import { sanitizeAnswers } from "../answers";
import type { AssessmentPersistence, StoredAssessment } from "./types";

function toStored(raw: unknown): StoredAssessment | null {
  if (!raw || typeof raw !== "object") return null;
  const body = raw as Record<string, unknown>;
  // Accept the resource itself or wrapped as { data: … } (the API's list/detail convention).
  const record = (body.data && typeof body.data === "object" ? body.data : body) as Record<string, unknown>;
  if (typeof record.version !== "number") return null;
  return {
    answers: sanitizeAnswers(record.answers),
    status: record.status === "completed" ? "completed" : "draft",
    version: record.version,
  };
}

/** In a 409 body, the stored values: `current` (or `theirs`/`server`), at the top or inside `error`. */
function conflictTheirs(raw: unknown): StoredAssessment | null {
  if (!raw || typeof raw !== "object") return null;
  const body = raw as Record<string, unknown>;
  for (const holder of [body, body.error as Record<string, unknown> | undefined]) {
    if (!holder || typeof holder !== "object") continue;
    for (const key of ["current", "theirs", "server", "stored"]) {
      const found = toStored(holder[key]);
      if (found) return found;
    }
  }
  return null;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return `Speichern fehlgeschlagen (HTTP ${response.status}).`;
}

/**
 * Signed-in use: the organisation's assessment of one town on the server,
 * `GET/PUT /api/v1/organisations/{orgId}/assessments/{ags}` with `{ answers, status, version }`.
 * PUT sends the version it started from; 409 means someone else saved in between and carries the stored values.
 */
export function serverPersistence(orgId: string, ags: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): AssessmentPersistence {
  const url = `/api/v1/organisations/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(ags)}`;
  return {
    kind: "server",
    saveDelayMs: 800,
    async load() {
      const response = await fetchImpl(url, { headers: { accept: "application/json" }, cache: "no-store" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(await errorMessage(response));
      return toStored(await response.json());
    },
    async save(next, baseVersion) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "PUT",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ answers: next.answers, status: next.status, version: baseVersion }),
        });
      } catch (e) {
        return { ok: false, kind: "error", message: (e as Error).message };
      }
      if (response.status === 409) {
        const theirs = conflictTheirs(await response.json().catch(() => null));
        if (theirs) return { ok: false, kind: "conflict", theirs };
        return { ok: false, kind: "error", message: await errorMessage(response) };
      }
      if (!response.ok) return { ok: false, kind: "error", message: await errorMessage(response) };
      const saved = toStored(await response.json().catch(() => null));
      return { ok: true, version: saved?.version ?? baseVersion + 1 };
    },
    async clear() {
      // Server records are deleted through the organisation's pages, not from the wizard.
    },
  };
}
