"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { safeEvaluateScenario, ScenarioAssumptionsSchema, type ScenarioAssumptions, type ScenarioResult } from "@/lib/domain/money";
import type { RiskAnswer } from "@/lib/domain/comparison/rows";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/ids";
import {
  allModelDefaults,
  defaultComparison,
  modelDefaults,
  switchPort,
  type ComparisonData,
  type ComparisonKnowledge,
  type ModelDefaults,
  type TownForComparison,
} from "@/lib/domain/comparison/scenario-set";
import { loadDraft, saveDraft } from "@/lib/client/scenario-store";

/** A model's assumptions while being edited: numbers may be NaN or negative until the user fixes them. */
export type Draft = Record<CarrierModelId, ScenarioAssumptions>;

export interface ComparisonState {
  draft: Draft;
  /** The user's answers merged over the self-assessment's (the user's win). */
  risks: Partial<Record<string, RiskAnswer>>;
  confirmed: ReadonlySet<string>;
  defaults: ModelDefaults;
  /** Results per model: of the current assumptions, or of the last valid ones while a field is wrong. */
  results: Record<CarrierModelId, ScenarioResult>;
  /** "model.path" → German message of the money model. */
  errors: Record<string, string>;
  /** The valid data to save or print; null while a field is wrong. */
  valid: ComparisonData | null;
  setModel(model: CarrierModelId, next: ScenarioAssumptions): void;
  setPort(model: CarrierModelId, on: boolean): void;
  setRisk(id: string, answer: RiskAnswer): void;
  setConfirmed(key: string, on: boolean): void;
  load(data: ComparisonData): void;
  reset(): void;
}

interface Models {
  draft: Draft;
  /** Last assumptions per model that passed validation. */
  good: Draft;
}

/**
 * Client state of the comparison: assumptions per model, risk answers and confirmations; recalculated with
 * the pure money model on every change (the same code as `POST /api/v1/comparisons/evaluate`). The working
 * state is kept in this browser for the print view and restored on the next visit.
 */
export function useComparison(
  ags: string,
  knowledge: ComparisonKnowledge,
  town: TownForComparison,
  startYear: number,
  prefillRisks: Partial<Record<string, RiskAnswer>>,
): ComparisonState {
  const initial = useMemo(() => defaultComparison(knowledge, town, startYear), [knowledge, town, startYear]);
  const [models, setModels] = useState<Models>({ draft: initial.models, good: initial.models });
  const [ownRisks, setOwnRisks] = useState<Partial<Record<string, RiskAnswer>>>({});
  const [confirmed, setConfirmedSet] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState(false);

  const load = useCallback((data: ComparisonData) => {
    setModels({ draft: data.models, good: data.models });
    setOwnRisks(data.risks);
    setConfirmedSet(new Set(data.confirmed));
  }, []);

  // The working state of the last visit (kept in this browser), read once after hydration.
  useEffect(() => {
    let cancelled = false;
    void Promise.resolve(loadDraft(ags)).then((stored) => {
      if (cancelled) return;
      if (stored) load(stored);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, [ags, load]);

  const { draft, good } = models;
  const risks = useMemo(() => ({ ...prefillRisks, ...ownRisks }), [prefillRisks, ownRisks]);
  const defaults = useMemo(
    () => allModelDefaults(knowledge, town, startYear, Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, draft[m].portAddOn]))),
    [knowledge, town, startYear, draft],
  );

  const evaluated = useMemo(() => {
    const errors: Record<string, string> = {};
    const results: Partial<Record<CarrierModelId, ScenarioResult>> = {};
    for (const m of CARRIER_MODEL_IDS) {
      const r = safeEvaluateScenario(draft[m]);
      if (r.ok) results[m] = r.result;
      else for (const e of r.errors) errors[`${m}.${e.path}`] ??= e.message;
    }
    return { errors, results };
  }, [draft]);

  const results = useMemo(
    () =>
      Object.fromEntries(
        CARRIER_MODEL_IDS.map((m) => [m, evaluated.results[m] ?? safeEvaluateScenarioOrThrow(good[m])]),
      ) as Record<CarrierModelId, ScenarioResult>,
    [evaluated, good],
  );

  const valid = useMemo<ComparisonData | null>(() => {
    if (Object.keys(evaluated.errors).length > 0) return null;
    const parsed = Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, ScenarioAssumptionsSchema.parse(draft[m])])) as Draft;
    return { models: parsed, risks: { ...risks } as ComparisonData["risks"], confirmed: [...confirmed].sort() };
  }, [evaluated, draft, risks, confirmed]);

  useEffect(() => {
    if (restored && valid) saveDraft(ags, valid);
  }, [ags, restored, valid]);

  const setModel = useCallback(
    (model: CarrierModelId, next: ScenarioAssumptions) =>
      setModels((s) => ({
        draft: { ...s.draft, [model]: next },
        good: safeEvaluateScenario(next).ok ? { ...s.good, [model]: next } : s.good,
      })),
    [],
  );
  const setPort = useCallback(
    (model: CarrierModelId, on: boolean) =>
      setModels((s) => {
        const next = switchPort(
          s.draft[model],
          modelDefaults(knowledge, model, town, startYear, s.draft[model].portAddOn),
          modelDefaults(knowledge, model, town, startYear, on),
        );
        return { draft: { ...s.draft, [model]: next }, good: safeEvaluateScenario(next).ok ? { ...s.good, [model]: next } : s.good };
      }),
    [knowledge, town, startYear],
  );
  const setRisk = useCallback((id: string, answer: RiskAnswer) => setOwnRisks((r) => ({ ...r, [id]: answer })), []);
  const setConfirmed = useCallback(
    (key: string, on: boolean) =>
      setConfirmedSet((s) => {
        const next = new Set(s);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const reset = useCallback(() => {
    setModels({ draft: initial.models, good: initial.models });
    setOwnRisks({});
    setConfirmedSet(new Set());
  }, [initial]);

  return { draft, risks, confirmed, defaults, results, errors: evaluated.errors, valid, setModel, setPort, setRisk, setConfirmed, load, reset };
}

function safeEvaluateScenarioOrThrow(a: ScenarioAssumptions): ScenarioResult {
  const r = safeEvaluateScenario(a);
  if (!r.ok) throw new Error("Letzter gültiger Stand ist ungültig.");
  return r.result;
}
