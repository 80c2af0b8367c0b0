"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import type { RiskAnswer } from "@/lib/knowledge/comparison";
import { CARRIER_MODEL_IDS, MODEL_IDS, type CarrierModelId, type ModelId } from "@/lib/knowledge/ids";
import { fetchRanking, readSelfCheckAnswers, type TownFacts } from "@/lib/comparison/assessment-link";
import { risksFromAssessment, type ComparisonClientKnowledge, type TownForComparison } from "@/lib/comparison/scenario-set";
import { serverScenarioStore } from "@/lib/comparison/server-store";
import { browserScenarioStore } from "@/lib/comparison/store";
import { AssumptionsEditor, openAssumptionKeys } from "./AssumptionsEditor";
import { CostChart } from "./CostChart";
import { CumulativeTable, YearTable } from "./CostTables";
import { EngineRanking } from "./EngineRanking";
import { RiskChecklist, RiskVerdicts } from "./RiskChecklist";
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
}

/** The interactive part of the comparison page: engine ranking, money scenario, risk checklist, saved scenarios. */
export function ComparisonWorkbench({ ags, town, facts, startYear, storeChoice, table, knowledge }: ComparisonWorkbenchProps) {
  const t = useTranslations("comparison");
  const locale = useLocale();
  const labels = useMemo(() => Object.fromEntries(MODEL_IDS.map((m) => [m, t(`models.${MODEL_KEY[m]}`)])) as Record<ModelId, string>, [t]);

  // Self-assessment in this browser: prefill the checklist and ask the engine (via its API) for the ranking.
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [prefill, setPrefill] = useState<Partial<Record<string, RiskAnswer>>>({});
  useEffect(() => {
    let cancelled = false;
    void readSelfCheckAnswers(ags)
      .then(async (answers) => {
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

  const state = useComparison(ags, knowledge, town, startYear, prefill);
  const [model, setModel] = useState<CarrierModelId>("municipal-mvz");
  const orgId = storeChoice.kind === "server" ? storeChoice.orgId : null;
  const store = useMemo(() => (orgId ? serverScenarioStore(orgId, ags) : browserScenarioStore(ags)), [orgId, ags]);

  const errorEntries = Object.entries(state.errors);
  const open = CARRIER_MODEL_IDS.flatMap((m) => openAssumptionKeys(m, state.draft[m], state.defaults[m])).filter((k) => !state.confirmed.has(k));

  return (
    <div className="space-y-kern-space-x-large">
      <div className="grid gap-kern-space-large lg:grid-cols-[2fr_1fr] items-start">
        <section aria-labelledby="models-title" className="space-y-kern-space-default min-w-0">
          <h2 id="models-title" className="kern-heading-medium">
            {t("sections.models")}
          </h2>
          <p className="kern-body">{t("sections.modelsIntro")}</p>
        </section>
        {recommendation ? (
          <EngineRanking recommendation={recommendation} ags={ags} />
        ) : (
          <aside aria-labelledby="no-ranking-title" className="kern-card no-print">
            <div className="p-kern-space-large flex flex-col gap-kern-space-x-small w-full">
              <h2 id="no-ranking-title" className="kern-heading-small">
                {t("ranking.title")}
              </h2>
              <p className="kern-body kern-body--small">{t("ranking.none")}</p>
              <Link className="kern-link" href={`/gemeinde/${ags}/selbstcheck`}>
                {t("ranking.start")}
              </Link>
            </div>
          </aside>
        )}
      </div>
      {table}

      <section aria-labelledby="money-title" className="space-y-kern-space-large">
        <h2 id="money-title" className="kern-heading-medium">
          {t("sections.money")}
        </h2>
        <p className="kern-body">{t("money.intro", { start: startYear, end: startYear + 9 })}</p>
        <p className="kern-body kern-body--small" role="status" data-testid="open-assumptions">
          {open.length > 0 ? t("money.openAssumptions", { count: open.length }) : t("money.allConfirmed")}
        </p>

        <figure className="space-y-kern-space-small m-0">
          <figcaption className="kern-heading-small">{t("money.chartTitle")}</figcaption>
          <CostChart results={state.results} labels={labels} title={t("money.chartAlt")} locale={locale} />
        </figure>
        <CumulativeTable results={state.results} labels={labels} caption={t("money.tableCaption")} />

        <fieldset className="kern-fieldset">
          <legend className="kern-heading-small">{t("money.editFor")}</legend>
          <div className="flex flex-wrap gap-kern-space-large mt-kern-space-x-small">
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
                      <a className="kern-link" href={`#${m}-${rest.join("-")}`} onClick={() => setModel(m)}>
                        {labels[m]}: {message}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          </div>
        )}

        <div className="space-y-kern-space-x-large">
          <AssumptionsEditor
            key={model}
            model={model}
            assumptions={state.draft[model]}
            defaults={state.defaults[model]}
            errors={state.errors}
            confirmed={state.confirmed}
            onChange={(next) => state.setModel(model, next)}
            onPort={(on) => state.setPort(model, on)}
            onConfirm={state.setConfirmed}
          />
          <YearTable result={state.results[model]} caption={t("money.yearCaption", { model: labels[model] })} />
        </div>
        <p>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={state.reset}>
            <span className="kern-label">{t("money.reset")}</span>
          </button>
        </p>
      </section>

      <section aria-labelledby="risks-title" className="space-y-kern-space-large">
        <h2 id="risks-title" className="kern-heading-medium">
          {t("sections.risks")}
        </h2>
        <p className="kern-body">{t("risks.intro")}</p>
        <RiskChecklist checklist={knowledge.riskChecklist} answers={state.risks} prefilled={prefill} onAnswer={state.setRisk} labels={labels} />
        <section aria-labelledby="verdicts-title" className="space-y-kern-space-default" aria-live="polite">
          <h3 id="verdicts-title" className="kern-heading-small">
            {t("risks.verdictsTitle")}
          </h3>
          <RiskVerdicts checklist={knowledge.riskChecklist} answers={state.risks} labels={labels} headingLevel={4} recommended={recommendation?.top ?? null} />
        </section>
      </section>

      <section aria-labelledby="saved-title" className="space-y-kern-space-default no-print">
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
