"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { withAnswer, type AnswerValue, type AssessmentAnswers } from "@/lib/domain/assessment/answer-values";
import { mergePrefill, type AnswerPrefill } from "@/lib/domain/assessment/prefill";
import type { AssessmentPersistence, AssessmentStatus, StoredAssessment } from "@/lib/client/assessment-persistence/types";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "error" | "conflict";

export interface AssessmentStoreState {
  phase: "loading" | "ready" | "error";
  answers: AssessmentAnswers;
  status: AssessmentStatus;
  version: number;
  saveState: SaveState;
  /** German message of the last failed load or save. */
  error: string | null;
  /** Someone else saved in between: my unsaved values and the stored ones. */
  conflict: { mine: Omit<StoredAssessment, "version">; theirs: StoredAssessment } | null;
  /** Questions filled from the prefill when loading (id → value used); the user had not answered them. */
  prefilled: Record<string, AnswerValue>;
}

export interface AssessmentStore extends AssessmentStoreState {
  setAnswer(id: string, value: AnswerValue): void;
  setStatus(status: AssessmentStatus): void;
  /** Saves pending changes now; resolves to false on a conflict or error. */
  flush(): Promise<boolean>;
  /** Conflict: save my values over the stored ones. */
  keepMine(): Promise<boolean>;
  /** Conflict: drop my changes and continue with the stored values. */
  takeTheirs(): void;
  /** Deletes the stored answers. */
  reset(): Promise<void>;
  /** Replaces the answers (e.g. with the browser's taken in) and saves at once; false on a conflict or error. */
  replaceAnswers(answers: AssessmentAnswers): Promise<boolean>;
}

type Draft = Omit<StoredAssessment, "version">;

/**
 * Client state of one self-check, persisted through an adapter (browser storage or the organisation's server
 * record). Pass a stable `persistence` (useMemo). Changes are saved after `persistence.saveDelayMs`; saves run
 * one after another with the version of the previous save, so a concurrent editor yields a conflict, never a
 * silent overwrite.
 */
export function useAssessmentStore(
  persistence: AssessmentPersistence,
  /** Called once the stored answers are loaded (null: nothing stored yet). */
  onLoaded?: (stored: StoredAssessment | null) => void,
  /**
   * Proposed answers (the supply check's figures) merged into the questions not answered yet once loaded. They
   * are not saved by themselves: they go to the store with the user's next change (or when finishing).
   */
  prefill: AnswerPrefill | null = null,
): AssessmentStore {
  const prefillRef = useRef(prefill);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });
  const [state, setState] = useState<AssessmentStoreState>({
    phase: "loading",
    answers: {},
    status: "draft",
    version: 0,
    saveState: "idle",
    error: null,
    conflict: null,
    prefilled: {},
  });
  const latest = useRef<Draft>({ answers: {}, status: "draft" });
  const version = useRef(0);
  const dirty = useRef(false);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    persistence
      .load()
      .then((stored) => {
        if (cancelled) return;
        const merged = mergePrefill(stored?.answers ?? {}, persistence.readOnly ? null : prefillRef.current);
        latest.current = { answers: merged.answers, status: stored?.status ?? "draft" };
        version.current = stored?.version ?? 0;
        dirty.current = false;
        setState((s) => ({ ...s, phase: "ready", ...latest.current, version: version.current, prefilled: merged.filled }));
        onLoadedRef.current?.(stored);
      })
      .catch((e: Error) => {
        if (!cancelled) setState((s) => ({ ...s, phase: "error", error: e.message }));
      });
    return () => {
      cancelled = true;
    };
  }, [persistence]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (!dirty.current) return true;
    dirty.current = false;
    const snapshot = latest.current;
    setState((s) => ({ ...s, saveState: "saving" }));
    const result = await persistence.save(snapshot, version.current);
    if (result.ok) {
      version.current = result.version;
      setState((s) => ({ ...s, version: result.version, saveState: dirty.current ? "pending" : "saved", error: null }));
      return true;
    }
    if (result.kind === "conflict") {
      setState((s) => ({ ...s, saveState: "conflict", conflict: { mine: latest.current, theirs: result.theirs } }));
      return false;
    }
    dirty.current = true;
    setState((s) => ({ ...s, saveState: "error", error: result.message }));
    return false;
  }, [persistence]);

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(saveOnce, saveOnce);
    return queue.current;
  }, [saveOnce]);

  const update = useCallback(
    (next: Draft) => {
      latest.current = next;
      dirty.current = true;
      setState((s) => ({ ...s, ...next, saveState: s.conflict ? "conflict" : "pending" }));
      if (persistence.saveDelayMs <= 0) {
        void flush();
      } else {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), persistence.saveDelayMs);
      }
    },
    [persistence, flush],
  );

  // Save what is pending when the tab is hidden or closed (server adapter with a delay).
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirty.current) void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [flush]);

  const setAnswer = useCallback(
    (id: string, value: AnswerValue) => update({ ...latest.current, answers: withAnswer(latest.current.answers, id, value) }),
    [update],
  );
  const setStatus = useCallback((status: AssessmentStatus) => update({ ...latest.current, status }), [update]);

  const keepMine = useCallback(async () => {
    const conflict = state.conflict;
    if (!conflict) return true;
    version.current = conflict.theirs.version;
    dirty.current = true;
    setState((s) => ({ ...s, conflict: null }));
    return flush();
  }, [state.conflict, flush]);

  const takeTheirs = useCallback(() => {
    const conflict = state.conflict;
    if (!conflict) return;
    latest.current = { answers: conflict.theirs.answers, status: conflict.theirs.status };
    version.current = conflict.theirs.version;
    dirty.current = false;
    setState((s) => ({ ...s, ...latest.current, version: version.current, conflict: null, saveState: "saved" }));
  }, [state.conflict]);

  const reset = useCallback(async () => {
    if (persistence.kind === "server") {
      // The server record stays (with its history of versions); it is emptied like any other edit.
      update({ answers: {}, status: "draft" });
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    await persistence.clear();
    latest.current = { answers: {}, status: "draft" };
    version.current = 0;
    dirty.current = false;
    setState((s) => ({ ...s, answers: {}, status: "draft", version: 0, saveState: "idle", conflict: null, error: null }));
  }, [persistence, update]);

  const replaceAnswers = useCallback(
    (answers: AssessmentAnswers) => {
      latest.current = { ...latest.current, answers };
      dirty.current = true;
      setState((s) => ({ ...s, answers, saveState: "pending" }));
      return flush();
    },
    [flush],
  );

  return { ...state, setAnswer, setStatus, flush, keepMine, takeTheirs, reset, replaceAnswers };
}
