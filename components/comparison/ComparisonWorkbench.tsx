"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import type { RiskAnswer } from "@/lib/domain/comparison/rows";
import { CARRIER_MODEL_IDS, MODEL_IDS, type CarrierModelId, type ModelId } from "@/lib/domain/id-labels";
import type { TownFacts } from "@/lib/client/assessment-link";
import {
  openAssumptionKeys,
  risksFromAssessment,
  type ComparisonClientKnowledge,
  type ComparisonStart,
  type TownForComparison,
} from "@/lib/domain/comparison/scenario-defaults";
import { serverScenarioStore } from "@/lib/client/scenario-server-store";
import { browserScenarioStore } from "@/lib/client/scenario-store";
import { hasBrowserAssessment } from "@/lib/client/assessment-persistence/browser-key";
import { AssumptionsEditor } from "./AssumptionsEditor";
import { CostChart } from "./CostChart";
import { CostsSummary, CumulativeTable, YearTable } from "./CostTables";
import { EngineRanking } from "./EngineRanking";
import { RiskChecklist, RiskVerdictBadges, RiskVerdicts } from "./RiskChecklist";
import { SavedScenarios } from "./SavedScenarios";
import { useComparison } from "./useComparison";
import { MODEL_KEY } from "./model-keys";

export interface ComparisonWorkbenchProps {
  ags: string;
  town: TownForComparison;
  facts: TownFacts;
  startYear: number;
  /** Where named scenarios are kept (decided on the server from the session). */
  storeChoice: { kind: "browser" } | { kind: "server"; orgId: string; orgName: string };
  /** The cited comparison table, rendered on the server. */
  table: React.ReactNode;
  /** The snapshot's rule parameters, the Land's funding programmes and the risk checklist. */
  knowledge: ComparisonClientKnowledge;
  /** The default data and its open assumptions, computed on the server (`comparisonStart`). */
  start: ComparisonStart;
}

/** The interactive part of the comparison page: engine ranking, money scenario, risk checklist, saved scenarios. */
export function ComparisonWorkbench({ ags, town, facts, startYear, storeChoice, table, knowledge, start }: ComparisonWorkbenchProps) {
  const t = useTranslations("comparison");
  const labels = useMemo(() => Object.fromEntries(MODEL_IDS.map((m) => [m, t(`models.${MODEL_KEY[m]}`)])) as Record<ModelId, string>, [t]);

  // Self-assessment in this browser: prefill the checklist and ask the engine (via its API) for the ranking.
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [prefill, setPrefill] = useState<Partial<Record<string, RiskAnswer>>>({});
  // The self-check's stored answers and their contract are loaded after the first paint, and only when this browser
  // holds a self-check of the town (issue 19: the question catalogue is the self-check's, this page only reads answers).
  useEffect(() => {
    if (!hasBrowserAssessment(ags)) return;
    let cancelled = false;
    void import("@/lib/client/assessment-link")
      .then(async ({ fetchRanking, readSelfCheckAnswers }) => {
        const answers = await readSelfCheckAnswers(ags);
        if (!answers || cancelled) return;
        setPrefill(risksFromAssessment(answers));
        const r = await fetchRanking(answers, facts);
        if (!cancelled) setRecommendation(r);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [ags, facts]);

  const state = useComparison(ags, knowledge, town, startYear, prefill, start);
  const [model, setModel] = useState<CarrierModelId>("municipal-mvz");
  const orgId = storeChoice.kind === "server" ? storeChoice.orgId : null;
  const store = useMemo(() => (orgId ? serverScenarioStore(orgId, ags) : browserScenarioStore(ags)), [orgId, ags]);

  const errorEntries = Object.entries(state.errors);
  const defaults = state.defaults;
  const open = (defaults ? CARRIER_MODEL_IDS.flatMap((m) => openAssumptionKeys(m, state.draft[m], defaults[m])) : start.openKeys).filter((k) => !state.confirmed.has(k));

  const tp = useTranslations("presentation.comparison");
  const years = state.results["provider-network"].years;
  const horizon = years.length;
  const openMoney = () => document.getElementById("money-details")?.setAttribute("open", "");
  // The assumptions editor and the risk questions (neither is printed) are rendered when their section is first
  // opened, not with the page (issue 19: hydrating them was most of the page's script work); they stay once opened.
  const [moneyOpened, setMoneyOpened] = useState(false);
  const [risksOpened, setRisksOpened] = useState(false);

  return (
    <div className="space-y-kern-space-x-large">
      {/* Summary first: ranking, cost after the horizon, risk level per model, the chart. The sections after it are
          laid out when they come near the screen (comparison.css, `cmp-later`). */}
      <section aria-labelledby="summary-title" className="space-y-kern-space-large">
        <h2 id="summary-title" className="kern-heading-medium">
          {tp("summaryTitle")}
        </h2>
        <p className="kern-body max-w-[48rem]">{tp("summaryIntro", { years: horizon })}</p>
        <div className="grid gap-kern-space-large lg:grid-cols-3 items-start">
          {recommendation ? (
            <EngineRanking recommendation={recommendation} ags={ags} headingLevel={3} />
          ) : (
            <aside aria-labelledby="no-ranking-title" className="kern-card no-print">
              <div className="p-kern-space-large flex flex-col gap-kern-space-x-small w-full">
                <h3 id="no-ranking-title" className="kern-heading-small">
                  {t("ranking.title")}
                </h3>
                <p className="kern-body kern-body--small">{t("ranking.none")}</p>
                <Link className="kern-link" href={`/gemeinde/${ags}/selbstcheck`}>
                  {t("ranking.start")}
                </Link>
              </div>
            </aside>
          )}
          <section aria-labelledby="costs-after-title" className="kern-card" data-testid="costs-summary">
            <div className="p-kern-space-large flex flex-col gap-kern-space-x-small w-full">
              <h3 id="costs-after-title" className="kern-heading-small">
                {tp("costsAfter", { years: horizon })}
              </h3>
              <CostsSummary results={state.results} labels={labels} />
              <p className="kern-body kern-body--small">{tp("costsNote")}</p>
            </div>
          </section>
          <section aria-labelledby="risk-summary-title" className="kern-card">
            <div className="p-kern-space-large flex flex-col gap-kern-space-x-small w-full">
              <h3 id="risk-summary-title" className="kern-heading-small">
                {tp("verdictsShort")}
              </h3>
              <RiskVerdictBadges checklist={knowledge.riskChecklist} answers={state.risks} labels={labels} />
            </div>
          </section>
        </div>
        <figure className="space-y-kern-space-small m-0">
          <figcaption className="kern-heading-small">{t("money.chartTitle")}</figcaption>
          <CostChart results={state.results} labels={labels} title={t("money.chartAlt")} />
        </figure>
      </section>

      <section aria-labelledby="models-title" className="space-y-kern-space-default cmp-later">
        <h2 id="models-title" className="kern-heading-medium">
          {t("sections.models")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("sections.modelsIntro")}</p>
        <details className="cmp-details" id="table-details">
          <summary className="cmp-details__summary">{tp("showTable")}</summary>
          <div className="cmp-details__body">{table}</div>
        </details>
      </section>

      <section aria-labelledby="money-title" className="space-y-kern-space-default cmp-later">
        <h2 id="money-title" className="kern-heading-medium">
          {t("sections.money")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("money.intro", { start: startYear, end: startYear + 9 })}</p>
        <p className="kern-body kern-body--small" role="status" data-testid="open-assumptions">
          {open.length > 0 ? t("money.openAssumptions", { count: open.length }) : t("money.allConfirmed")}
        </p>
        {errorEntries.length > 0 && (
          <div className="kern-alert kern-alert--danger" role="alert" data-testid="money-errors">
            <div className="kern-alert__header">
              <span className="kern-title">{t("money.errorsTitle")}</span>
            </div>
            <div className="kern-alert__body">
              <ul className="kern-body">
                {errorEntries.map(([path, message]) => {
                  const [m, ...rest] = path.split(".") as [CarrierModelId, ...string[]];
                  return (
                    <li key={path}>
                      <a
                        className="kern-link"
                        href={`#${m}-${rest.join("-")}`}
                        onClick={() => {
                          openMoney();
                          setModel(m);
                        }}
                      >
                        {labels[m]}: {message}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        )}
        <details
          className="cmp-details"
          id="money-details"
          onToggle={(e) => {
            if (!e.currentTarget.open) return;
            setMoneyOpened(true);
            state.prepare();
          }}
        >
          <summary className="cmp-details__summary">{tp("showMoney")}</summary>
          <div className="cmp-details__body space-y-kern-space-large">
            <CumulativeTable results={state.results} labels={labels} caption={t("money.tableCaption")} />

            {/* The editing controls are not printed; the printout shows the figures they produce. */}
            {moneyOpened && (
              <fieldset className="kern-fieldset no-print">
                <legend className="kern-heading-small">{t("money.editFor")}</legend>
                <div className="flex flex-wrap gap-x-kern-space-large gap-y-kern-space-small mt-kern-space-x-small">
                  {CARRIER_MODEL_IDS.map((m) => (
                    <div key={m} className="kern-form-check">
                      <input className="kern-form-check__radio" type="radio" id={`edit-${m}`} name="edit-model" checked={model === m} onChange={() => setModel(m)} />
                      <label className="kern-label" htmlFor={`edit-${m}`}>
                        {labels[m]}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}

            <div className="space-y-kern-space-x-large">
              {moneyOpened && defaults && (
                <div className="no-print">
                  <AssumptionsEditor
                    key={model}
                    model={model}
                    assumptions={state.draft[model]}
                    defaults={defaults[model]}
                    errors={state.errors}
                    confirmed={state.confirmed}
                    onChange={(next) => state.setModel(model, next)}
                    onPort={(on) => state.setPort(model, on)}
                    onConfirm={state.setConfirmed}
                  />
                </div>
              )}
              <YearTable result={state.results[model]} caption={t("money.yearCaption", { model: labels[model] })} />
            </div>
            <p className="no-print">
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={state.reset}>
                <span className="kern-label">{t("money.reset")}</span>
              </button>
            </p>
          </div>
        </details>
      </section>

      <section aria-labelledby="risks-title" className="space-y-kern-space-default cmp-later cmp-later--tall">
        <h2 id="risks-title" className="kern-heading-medium">
          {t("sections.risks")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("risks.intro")}</p>
        <details className="cmp-details no-print" id="risk-details" onToggle={(e) => e.currentTarget.open && setRisksOpened(true)}>
          <summary className="cmp-details__summary">{tp("showRisks")}</summary>
          <div className="cmp-details__body space-y-kern-space-large">
            {risksOpened && <RiskChecklist checklist={knowledge.riskChecklist} answers={state.risks} prefilled={prefill} onAnswer={state.setRisk} labels={labels} />}
          </div>
        </details>
        <section aria-labelledby="verdicts-title" className="space-y-kern-space-default" aria-live="polite">
          <h3 id="verdicts-title" className="kern-heading-small">
            {t("risks.verdictsTitle")}
          </h3>
          <RiskVerdicts checklist={knowledge.riskChecklist} answers={state.risks} labels={labels} headingLevel={4} recommended={recommendation?.top ?? null} />
        </section>
      </section>

      <section aria-labelledby="saved-title" className="space-y-kern-space-default no-print cmp-later">
        <h2 id="saved-title" className="kern-heading-medium">
          {t("sections.saved")}
        </h2>
        <SavedScenarios ags={ags} store={store} orgName={storeChoice.kind === "server" ? storeChoice.orgName : null} current={state.valid} onLoad={state.load} labels={labels} printHref={(id) => `/gemeinde/${ags}/vergleich/druck?szenario=${encodeURIComponent(id)}${storeChoice.kind === "server" ? `&org=${encodeURIComponent(storeChoice.orgId)}` : ""}`} />
      </section>

      <p className="no-print">
        <Link className="kern-btn kern-btn--primary" href={`/gemeinde/${ags}/vergleich/druck`}>
          <span className="kern-label">{t("print.open")}</span>
        </Link>
      </p>
    </div>
  );
}
