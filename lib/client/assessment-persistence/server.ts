import { sanitizeAnswers, toAssessmentInput, type TownFacts } from "../../domain/assessment/answers";
import type { AssessmentPersistence, StoredAssessment } from "./types";

function toStored(raw: unknown): StoredAssessment | null {
  if (!raw || typeof raw !== "object") return null;
  const body = raw as Record<string, unknown>;
  // Accept the resource itself or wrapped as { data: … } (the API's list/detail convention).
  const record = (body.data && typeof body.data === "object" ? body.data : body) as Record<string, unknown>;
  if (typeof record.version !== "number") return null;
  return {
    answers: sanitizeAnswers(record.answers),
    // The API spells the status DRAFT / COMPLETED.
    status: String(record.status).toLowerCase() === "completed" ? "completed" : "draft",
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
 * `GET/PUT /api/v1/organisations/{orgId}/assessments/{ags}` with `{ answers, status, version }`: `answers` is a whole
 * AssessmentInput (with the register facts), `status` DRAFT or COMPLETED, `version` the one read (0 creates).
 * A stale version → 409 `{ error: { code: "conflict", message, current, submitted } }`.
 */
export function serverPersistence(orgId: string, town: TownFacts, fetchImpl: typeof fetch = (...args) => fetch(...args)): AssessmentPersistence {
  const url = `/api/v1/organisations/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(town.ags)}`;
  return {
    kind: "server",
    saveDelayMs: 800,
    async load() {
      const response = await fetchImpl(url, { headers: { accept: "application/json" }, cache: "no-store" });
      if (!response.ok) throw new Error(await errorMessage(response));
      const stored = toStored(await response.json());
      // Version 0: nothing stored yet.
      return stored && stored.version > 0 ? stored : null;
    },
    async save(next, baseVersion) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "PUT",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({
            answers: toAssessmentInput(next.answers, town),
            status: next.status === "completed" ? "COMPLETED" : "DRAFT",
            version: baseVersion,
          }),
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
