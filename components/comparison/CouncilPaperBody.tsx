"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { evaluateScenario, type ScenarioResult } from "@/lib/domain/money/evaluate";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { CARRIER_MODEL_IDS, MODEL_IDS, type CarrierModelId, type ModelId } from "@/lib/domain/id-labels";
import { fetchRanking, readSelfCheckAnswers, type TownFacts } from "@/lib/client/assessment-link";
import {
  defaultComparison,
  risksFromAssessment,
  type ComparisonClientKnowledge,
  type TownForComparison,
} from "@/lib/domain/comparison/scenario-defaults";
import type { ComparisonData } from "@/lib/domain/comparison/scenario-set";
import { serverScenarioStore } from "@/lib/client/scenario-server-store";
import { browserScenarioStore, loadDraft } from "@/lib/client/scenario-store";
import { CumulativeTable } from "./CostTables";
import { EngineRanking } from "./EngineRanking";
import { formatEuro } from "@/lib/domain/format/number";
import { MODEL_KEY } from "./model-keys";
import { RiskVerdicts } from "./RiskChecklist";
import { ScrollRegion } from "@/components/ScrollRegion";

/**
 * The council paper's body. Sections 1, 2 and 5 come from the server; costs (3) and the recommendation (4)
 * come from the comparison kept in this browser (the working state, or a saved scenario with `?szenario=`).
 */
export function CouncilPaperBody({ ags, town, facts, startYear, scenarioId, orgId, situation, options, sources, knowledge }: {
  /** The snapshot's rule parameters, the Land's funding programmes and the risk checklist. */
  knowledge: ComparisonClientKnowledge;
  /** The organisation whose saved scenarios `scenarioId` refers to; null: this browser's. */
  orgId: string | null;
  ags: string;
  town: TownForComparison;
  facts: TownFacts;
  startYear: number;
  scenarioId: string | null;
  situation: React.ReactNode;
  options: React.ReactNode;
  sources: React.ReactNode;
}) {
  const t = useTranslations("comparison");
  const labels = useMemo(() => Object.fromEntries(MODEL_IDS.map((m) => [m, t(`models.${MODEL_KEY[m]}`)])) as Record<ModelId, string>, [t]);
  const [data, setData] = useState<{ data: ComparisonData; name: string | null; fromDefaults: boolean } | null>(null);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);

  useEffect(() => {
    let cancelled = false;
    const pick = async () => {
      if (scenarioId) {
        const saved = await (orgId ? serverScenarioStore(orgId, ags) : browserScenarioStore(ags)).get(scenarioId);
        if (saved) return { data: saved.data, name: saved.name, fromDefaults: false };
      }
      const draft = await loadDraft(ags);
      return draft ? { data: draft, name: null, fromDefaults: false } : { data: defaultComparison(knowledge, town, startYear), name: null, fromDefaults: true };
    };
    void pick().then(async (d) => {
      if (cancelled) return;
      const answers = await readSelfCheckAnswers(ags);
      // Checklist answers the user left open are taken from the self-assessment, as on the comparison page.
      setData(answers ? { ...d, data: { ...d.data, risks: { ...risksFromAssessment(answers), ...d.data.risks } } } : d);
      if (answers) {
        fetchRanking(answers, facts)
          .then((r) => {
            if (!cancelled) setRecommendation(r);
          })
          .catch(() => undefined);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [ags, knowledge, town, facts, startYear, scenarioId, orgId]);

  const results = useMemo(
    () => (data ? (Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, evaluateScenario(data.data.models[m])])) as Record<CarrierModelId, ScenarioResult>) : null),
    [data],
  );

  return (
    <>
      <p className="no-print flex flex-wrap gap-kern-space-default">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
          <span className="kern-label">{t("print.print")}</span>
        </button>
        <Link className="kern-btn kern-btn--secondary" href={`/gemeinde/${ags}/vergleich`}>
          <span className="kern-label">{t("print.back")}</span>
        </Link>
      </p>
      {situation}
      {options}
      <section aria-labelledby="costs-title" className="space-y-kern-space-small" data-testid="print-costs">
        <h2 id="costs-title" className="kern-heading-medium">
          {t("print.costs")}
        </h2>
        {data && results ? (
          <>
            <p className="kern-body">
              {data.name ? t("print.costsScenario", { name: data.name }) : data.fromDefaults ? t("print.costsDefaults") : t("print.costsDraft")}{" "}
              {t("print.costsExplain")}
            </p>
            <ScrollRegion label={t("print.totalsCaption", { years: results["provider-network"].years.length })}>
            <table className="kern-table">
              <caption className="kern-body text-left pb-kern-space-x-small">{t("print.totalsCaption", { years: results["provider-network"].years.length })}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t("saved.model")}</th>
                  {(["investment", "running", "revenue", "grant", "net"] as const).map((c) => (
                    <th key={c} scope="col" className="kern-table__header kern-table__header--numeric">
                      {t(`tables.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {CARRIER_MODEL_IDS.map((m) => (
                  <tr key={m} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      {labels[m]}
                      {data.data.models[m].portAddOn ? ` + ${labels.port}` : ""}
                    </th>
                    {(["investment", "running", "revenue", "grant", "net"] as const).map((c) => (
                      <td key={c} className="kern-table__cell kern-table__cell--numeric">
                        {formatEuro(results[m].totals[c])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
            <CumulativeTable results={results} labels={labels} caption={t("money.tableCaption")} id="print-cumulative" />
            <p className="kern-body kern-body--small">{t("print.assumptionsNote")}</p>
          </>
        ) : (
          <p className="kern-body">{t("print.loading")}</p>
        )}
      </section>
      <section aria-labelledby="recommendation-title" className="space-y-kern-space-small" data-testid="print-recommendation">
        <h2 id="recommendation-title" className="kern-heading-medium">
          {t("print.recommendation")}
        </h2>
        {recommendation ? (
          <>
            <p className="kern-body">{recommendation.summary}</p>
            <EngineRanking recommendation={recommendation} ags={ags} headingLevel={3} />
          </>
        ) : (
          <p className="kern-body">{t("print.noRanking")}</p>
        )}
        {data && (
          <>
            <h3 className="kern-heading-small">{t("risks.verdictsTitle")}</h3>
            <RiskVerdicts checklist={knowledge.riskChecklist} answers={data.data.risks} labels={labels} headingLevel={4} recommended={recommendation?.top ?? null} />
          </>
        )}
      </section>
      {sources}
    </>
  );
}
