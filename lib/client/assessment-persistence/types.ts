import type { AssessmentAnswers } from "../../domain/assessment/answer-values";

/**
 * Where the wizard keeps its answers. The wizard and result page talk only to this interface; which adapter they
 * get is decided by the page (anonymous: the browser; signed in with an organisation: the server).
 *
 * The stored shape is the one of `GET/PUT /api/v1/organisations/{orgId}/assessments/{ags}`:
 * `{ answers, status, version }`. `version` counts saves; a save names the version it started from and is
 * refused with a conflict when someone else saved in between.
 */
export type AssessmentStatus = "draft" | "completed";

export interface StoredAssessment {
  answers: AssessmentAnswers;
  status: AssessmentStatus;
  /** 0 = never saved. */
  version: number;
}

export type SaveResult =
  | { ok: true; version: number }
  /** Someone else saved since `baseVersion`: `theirs` is what is stored now. */
  | { ok: false; kind: "conflict"; theirs: StoredAssessment }
  | { ok: false; kind: "error"; message: string };

export interface AssessmentPersistence {
  /** "browser": nothing leaves this browser; "server": saved for the organisation. */
  readonly kind: "browser" | "server";
  /** True: the caller may only read; `save` always fails and the UI offers no editing. */
  readonly readOnly?: boolean;
  /** Wait this long after the last change before saving (ms); 0 saves at once. */
  readonly saveDelayMs: number;
  load(): Promise<StoredAssessment | null>;
  /** Saves `next` on top of `baseVersion` (the version the caller last loaded or saved). */
  save(next: Omit<StoredAssessment, "version">, baseVersion: number): Promise<SaveResult>;
  clear(): Promise<void>;
}
