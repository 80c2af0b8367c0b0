import { sanitizeAnswers, toAssessmentInput, type TownFacts } from "../../domain/assessment/answer-values";
import type { AssessmentRecordResponse } from "../../domain/assessment/contract";
import { callApi } from "../api";
import type { AssessmentPersistence, StoredAssessment } from "./types";

/** The route's contract, loaded with the first answer (zod stays out of the page's first load, issue 19). */
const contract = () => import("../../domain/assessment/contract");

const toStored = (record: AssessmentRecordResponse): StoredAssessment => ({
  answers: sanitizeAnswers(record.answers),
  // The API spells the status DRAFT / COMPLETED.
  status: record.status === "COMPLETED" ? "completed" : "draft",
  version: record.version,
});

/**
 * Signed-in use: the organisation's assessment of one town on the server,
 * `GET/PUT /api/v1/organisations/{orgId}/assessments/{ags}` with `{ answers, status, version }`: `answers` is a whole
 * AssessmentInput (with the register facts), `status` DRAFT or COMPLETED, `version` the one read (0 creates).
 * A stale version → 409 `{ error: { code: "conflict", message, current, submitted } }`. Every answer is read with the
 * route's contract (lib/domain/assessment/contract.ts, loaded on the first request) by the one API client.
 */
export function serverPersistence(orgId: string, town: TownFacts, fetchImpl?: typeof fetch): AssessmentPersistence {
  const url = `/api/v1/organisations/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(town.ags)}`;
  return {
    kind: "server",
    saveDelayMs: 800,
    async load() {
      const result = await callApi(url, () => contract().then((m) => m.AssessmentResponseSchema), { fetchImpl });
      if (!result.ok) throw new Error(result.message);
      // Version 0: nothing stored yet.
      return result.data.data.version > 0 ? toStored(result.data.data) : null;
    },
    async save(next, baseVersion) {
      const result = await callApi(url, () => contract().then((m) => m.AssessmentResponseSchema), {
        method: "PUT",
        body: { answers: toAssessmentInput(next.answers, town), status: next.status === "completed" ? "COMPLETED" : "DRAFT", version: baseVersion },
        fetchImpl,
      });
      if (result.ok) return { ok: true, version: result.data.data.version };
      const theirs = result.status === 409 ? (await contract()).AssessmentRecordSchema.safeParse(result.body.current) : null;
      if (theirs?.success) return { ok: false, kind: "conflict", theirs: toStored(theirs.data) };
      return { ok: false, kind: "error", message: result.message };
    },
    async clear() {
      // Server records are deleted through the organisation's pages, not from the wizard.
    },
  };
}
