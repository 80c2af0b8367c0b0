"use client";

import { useTranslations } from "next-intl";
import { RISK_ANSWERS, riskVerdict, type RiskAnswer } from "@/lib/domain/comparison/risk-checklist";
import type { RiskCheckItem } from "@/lib/domain/comparison/rows";
import { MODEL_IDS, type ModelId } from "@/lib/domain/id-labels";
import { citationText } from "@/lib/domain/citation-core";

/**
 * The risk checklist: each question is a fact about the town, asked once and answered yes / no / unknown;
 * each model's verdict (`riskVerdict`) uses the questions that concern it.
 */
export function RiskChecklist({ checklist, answers, prefilled, onAnswer, labels }: {
  checklist: readonly RiskCheckItem[];
  answers: Partial<Record<string, RiskAnswer>>;
  prefilled: Partial<Record<string, RiskAnswer>>;
  onAnswer(id: string, a: RiskAnswer): void;
  labels: Record<ModelId, string>;
}) {
  const t = useTranslations("comparison");
  return (
    <ol className="list-none m-0 p-0 space-y-kern-space-large">
      {checklist.map((item) => {
        const current = answers[item.id] ?? "unknown";
        const hintId = `risk-${item.id}-hint`;
        return (
          <li key={item.id}>
            <fieldset className="kern-fieldset" aria-describedby={hintId}>
              <legend className="kern-label">{item.question_de}</legend>
              <p id={hintId} className="kern-hint">
                {t("risks.concerns", { models: item.models.map((m) => labels[m]).join(", ") })}
                {prefilled[item.id] !== undefined && prefilled[item.id] === answers[item.id] && ` ${t("risks.fromSelfCheck")}`}
                <span className="block">{t("risks.source", { text: item.citations.map((c) => citationText(c, false)).join("; ") })}</span>
              </p>
              <div className="flex flex-wrap gap-kern-space-large mt-kern-space-x-small">
                {RISK_ANSWERS.map((a) => (
                  <div key={a} className="kern-form-check">
                    <input
                      className="kern-form-check__radio"
                      type="radio"
                      id={`risk-${item.id}-${a}`}
                      name={`risk-${item.id}`}
                      value={a}
                      checked={current === a}
                      onChange={() => onAnswer(item.id, a)}
                    />
                    <label className="kern-label" htmlFor={`risk-${item.id}-${a}`}>
                      {t(`risks.answer.${a}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

const LEVEL_BADGE = { clear: "kern-badge--success", open: "kern-badge--info", caution: "kern-badge--warning", serious: "kern-badge--danger" } as const;

/** The verdict per model; the level is written out, never shown by colour alone. */
export function RiskVerdicts({
  checklist,
  answers,
  labels,
  headingLevel = 3,
  recommended = null,
}: {
  checklist: readonly RiskCheckItem[];
  answers: Partial<Record<string, RiskAnswer>>;
  labels: Record<ModelId, string>;
  headingLevel?: 3 | 4;
  /** The model the self-check's ranking puts first (null: no self-check): its verdict says how the two relate. */
  recommended?: ModelId | null;
}) {
  const t = useTranslations("comparison");
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
    <p className="kern-body" data-testid="risk-ranking-relation">
      {t("risks.relation")}
    </p>
    <ul className="grid gap-kern-space-default md:grid-cols-2 list-none m-0 p-0" data-testid="risk-verdicts">
      {MODEL_IDS.map((m) => {
        const v = riskVerdict(checklist, m, answers);
        return (
          <li key={m} className="kern-card" data-testid={`verdict-${m}`}>
            <div className="p-kern-space-default flex flex-col gap-kern-space-x-small w-full">
              <H className="kern-heading-small">{labels[m]}</H>
              <p>
                <span className={`kern-badge ${LEVEL_BADGE[v.level]}`}>{t(`risks.level.${v.level}`)}</span>
              </p>
              <ul className="kern-body list-disc pl-kern-space-large">
                {v.sentences_de.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
              {recommended === m && (
                <p className="kern-body kern-body--small" data-testid={`verdict-recommended-${m}`}>
                  {t(v.level === "serious" || v.level === "caution" ? "risks.recommendedWithRisk" : "risks.recommended", { level: t(`risks.level.${v.level}`) })}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
    </>
  );
}

/** The verdict per model in one line each (the comparison's summary); the details follow in the risk check. */
export function RiskVerdictBadges({ checklist, answers, labels }: {
  checklist: readonly RiskCheckItem[];
  answers: Partial<Record<string, RiskAnswer>>;
  labels: Record<ModelId, string>;
}) {
  const t = useTranslations("comparison");
  return (
    <ul className="list-none m-0 p-0 space-y-kern-space-2x-small kern-body" data-testid="risk-summary">
      {MODEL_IDS.map((m) => {
        const v = riskVerdict(checklist, m, answers);
        return (
          <li key={m}>
            {labels[m]}: <span className={`kern-badge ${LEVEL_BADGE[v.level]}`}>{t(`risks.level.${v.level}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
