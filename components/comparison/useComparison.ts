"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { evaluateScenario, type ScenarioResult } from "@/lib/domain/money/evaluate";
import type * as MoneySchema from "@/lib/domain/money/scenario";
import type { ScenarioAssumptions } from "@/lib/domain/money/scenario";
import type { RiskAnswer } from "@/lib/domain/comparison/risk-checklist";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";
import {
  allModelDefaults,
  isDefaultComparison,
  modelDefaults,
  switchPort,
  type ComparisonKnowledge,
  type ComparisonStart,
  type ModelDefaults,
  type TownForComparison,
} from "@/lib/domain/comparison/scenario-defaults";
import type { ComparisonData } from "@/lib/domain/comparison/scenario-set";
import { clearDraft, loadDraft, saveDraft } from "@/lib/client/scenario-store";

/** A model's assumptions while being edited: numbers may be NaN or negative until the user fixes them. */
export type Draft = Record<CarrierModelId, ScenarioAssumptions>;

export interface ComparisonState {
  draft: Draft;
  /** The user's answers merged over the self-assessment's (the user's win). */
  risks: Partial<Record<string, RiskAnswer>>;
  confirmed: ReadonlySet<string>;
  /**
   * The labelled defaults of the current PORT choices: computed once the assumptions are opened or the data differs
   * from the start (a change, a restored or loaded scenario); null before, when `start.openKeys` says what is open.
   */
  defaults: ModelDefaults | null;
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
  /** Loads the money schema now (the user is about to edit); edits load it too. */
  prepare(): void;
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
 *
 * The money schema (zod, German messages naming the field) is loaded when the user is about to edit — `prepare()`,
 * called when the assumptions open, and on the first edit — not with the page (issue 19: evaluating zod was the
 * page's longest task after the first paint). Until it is there, the page shows the last valid state (the defaults,
 * valid by construction, or a restored or loaded scenario, validated when it was read); an edit made in that moment
 * is checked as soon as the schema arrives.
 */
export function useComparison(
  ags: string,
  knowledge: ComparisonKnowledge,
  town: TownForComparison,
  startYear: number,
  prefillRisks: Partial<Record<string, RiskAnswer>>,
  start: ComparisonStart,
): ComparisonState {
  const initial = start.data;
  // The assumptions are open (or about to be edited): their labelled defaults are needed from now on.
  const [editing, setEditing] = useState(false);
  const [models, setModels] = useState<Models>({ draft: initial.models, good: initial.models });
  const [ownRisks, setOwnRisks] = useState<Partial<Record<string, RiskAnswer>>>({});
  const [confirmed, setConfirmedSet] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState(false);
  const [money, setMoney] = useState<typeof MoneySchema | null>(null);
  const moneyRef = useRef<typeof MoneySchema | null>(null);
  /** Whether the schema accepts a model's assumptions; unknown (false) until it is loaded. */
  const passes = useCallback((a: ScenarioAssumptions) => moneyRef.current?.safeEvaluateScenario(a).ok ?? false, []);

  const loading = useRef(false);
  const prepare = useCallback(() => {
    setEditing(true);
    if (loading.current) return;
    loading.current = true;
    void import("@/lib/domain/money/scenario").then(
      (m) => {
        moneyRef.current = m;
        setMoney(m);
        // Edits made before the schema arrived: the valid ones become the last good state.
        setModels((s) => ({ draft: s.draft, good: Object.fromEntries(CARRIER_MODEL_IDS.map((k) => [k, m.safeEvaluateScenario(s.draft[k]).ok ? s.draft[k] : s.good[k]])) as Draft }));
      },
      () => {
        loading.current = false; // offline for a moment: the next edit asks again
      },
    );
  }, []);

  const load = useCallback((data: ComparisonData) => {
    setModels({ draft: data.models, good: data.models });
    setOwnRisks(data.risks);
    setConfirmedSet(new Set(data.confirmed));
  }, []);

  // The working state of the last visit (kept in this browser), read once after hydration.
  useEffect(() => {
    let cancelled = false;
    void loadDraft(ags).then((stored) => {
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
  const needDefaults = editing || CARRIER_MODEL_IDS.some((m) => draft[m] !== initial.models[m]);
  const defaults = useMemo(
    () => (needDefaults ? allModelDefaults(knowledge, town, startYear, Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, draft[m].portAddOn]))) : null),
    [needDefaults, knowledge, town, startYear, draft],
  );

  const evaluated = useMemo(() => {
    const errors: Record<string, string> = {};
    const results: Partial<Record<CarrierModelId, ScenarioResult>> = {};
    for (const m of CARRIER_MODEL_IDS) {
      // Before the schema is loaded only the last good state (the defaults, or a draft read with the schema) is shown.
      if (!money) continue;
      const r = money.safeEvaluateScenario(draft[m]);
      if (r.ok) results[m] = r.result;
      else for (const e of r.errors) errors[`${m}.${e.path}`] ??= e.message;
    }
    return { errors, results };
  }, [draft, money]);

  const results = useMemo(
    () => Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, evaluated.results[m] ?? evaluateScenario(good[m])])) as Record<CarrierModelId, ScenarioResult>,
    [evaluated, good],
  );

  const valid = useMemo<ComparisonData | null>(() => {
    if (Object.keys(evaluated.errors).length > 0) return null;
    let parsed: Draft;
    if (money) parsed = Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, money.ScenarioAssumptionsSchema.parse(draft[m])])) as Draft;
    else if (CARRIER_MODEL_IDS.every((m) => draft[m] === good[m])) parsed = draft; // the good state, already checked
    else return null; // an edit waits for the schema
    return { models: parsed, risks: { ...risks } as ComparisonData["risks"], confirmed: [...confirmed].sort() };
  }, [evaluated, money, draft, good, risks, confirmed]);

  // The working state is kept once it differs from the defaults (the print view reads it); the defaults are not
  // stored, so a visit without changes leaves nothing that the next one must read and validate (issue 19).
  useEffect(() => {
    if (!restored || !valid) return;
    if (isDefaultComparison(valid, initial)) clearDraft(ags);
    else saveDraft(ags, valid);
  }, [ags, restored, valid, initial]);

  const setModel = useCallback(
    (model: CarrierModelId, next: ScenarioAssumptions) => {
      prepare();
      setModels((s) => ({
        draft: { ...s.draft, [model]: next },
        good: passes(next) ? { ...s.good, [model]: next } : s.good,
      }));
    },
    [passes, prepare],
  );
  const setPort = useCallback(
    (model: CarrierModelId, on: boolean) => {
      prepare();
      setModels((s) => {
        const next = switchPort(
          s.draft[model],
          modelDefaults(knowledge, model, town, startYear, s.draft[model].portAddOn),
          modelDefaults(knowledge, model, town, startYear, on),
        );
        return { draft: { ...s.draft, [model]: next }, good: passes(next) ? { ...s.good, [model]: next } : s.good };
      });
    },
    [knowledge, town, startYear, passes, prepare],
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

  return { draft, risks, confirmed, defaults, results, errors: evaluated.errors, valid, setModel, setPort, setRisk, setConfirmed, load, reset, prepare };
}
