import { ASSESSMENT_SCHEMA_VERSION } from "@/lib/domain/assessment/fields";
import { sanitizeAnswers } from "../../domain/assessment/answer-values";
import type { AssessmentPersistence, StoredAssessment } from "./types";
import { browserStorageKey } from "./browser-key";

export { browserStorageKey };

function parseStored(text: string | null): StoredAssessment | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Partial<StoredAssessment>;
    return {
      answers: sanitizeAnswers(raw.answers),
      status: raw.status === "completed" ? "completed" : "draft",
      version: typeof raw.version === "number" && raw.version >= 0 ? raw.version : 0,
    };
  } catch {
    return null;
  }
}

/**
 * Anonymous use: answers stay in this browser's localStorage, one entry per AGS. A save in another tab of the
 * same browser counts as a conflict like on the server (the version is compared).
 */
export function browserPersistence(ags: string, storage: Storage | null = typeof window === "undefined" ? null : window.localStorage): AssessmentPersistence {
  const key = browserStorageKey(ags);
  return {
    kind: "browser",
    saveDelayMs: 0,
    async load() {
      return parseStored(storage?.getItem(key) ?? null);
    },
    async save(next, baseVersion) {
      if (!storage) return { ok: false, kind: "error", message: "Der Browser erlaubt keine lokale Speicherung." };
      const current = parseStored(storage.getItem(key));
      if (current && current.version !== baseVersion) return { ok: false, kind: "conflict", theirs: current };
      const version = baseVersion + 1;
      try {
        // The catalogue version travels with the answers, so a later version knows how to migrate them.
        storage.setItem(key, JSON.stringify({ ...next, answers: { ...next.answers, schemaVersion: ASSESSMENT_SCHEMA_VERSION }, version }));
      } catch (e) {
        return { ok: false, kind: "error", message: (e as Error).message };
      }
      return { ok: true, version };
    },
    async clear() {
      storage?.removeItem(key);
    },
  };
}
