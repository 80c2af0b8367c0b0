"use client";

import { useTranslations } from "next-intl";
import { answerOf, type AnswerValue } from "@/lib/domain/assessment/answer-values";
import type { AssessmentQuestion } from "@/lib/domain/assessment/input";
import type { AssessmentStore } from "./useAssessmentStore";
import { formatNumber } from "@/lib/domain/format/number";
import { ScrollRegion } from "@/components/ScrollRegion";

function display(question: AssessmentQuestion, value: AnswerValue, unknownLabel: string): string {
  if (value === null) return unknownLabel;
  if (question.kind === "choice") return question.options?.find((o) => o.value === value)?.label ?? String(value);
  return `${formatNumber(Number(value))} ${question.unit ?? ""}`.trim();
}

/** Two editors saved on top of the same version: show both values per differing question and let the user decide. */
export function ConflictNotice({
  conflict,
  questions,
  unknownLabel,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: NonNullable<AssessmentStore["conflict"]>;
  /** The asked questions, in order (from the catalogue the page hands down). */
  questions: readonly AssessmentQuestion[];
  /** The label of "weiß nicht". */
  unknownLabel: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations("assessment.wizard.conflict");
  const differing = questions.filter((q) => answerOf(conflict.mine.answers, q.id) !== answerOf(conflict.theirs.answers, q.id));
  return (
    <section role="alert" aria-labelledby="konflikt-titel" className="kern-alert kern-alert--warning" data-testid="conflict">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 id="konflikt-titel" className="kern-heading-small">
          {t("title")}
        </h2>
      </div>
      <div className="kern-alert__body space-y-kern-space-small">
        <p className="kern-body">{t("text")}</p>
        {differing.length === 0 ? (
          <p className="kern-body">{t("noDifference")}</p>
        ) : (
          <ScrollRegion label={t("title")}>
            <table className="kern-table kern-table--small">
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t("question")}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t("mine")}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t("theirs", { version: conflict.theirs.version })}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {differing.map((q) => (
                  <tr key={q.id} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">
                      {q.label}
                    </th>
                    <td className="kern-table__cell">{display(q, answerOf(conflict.mine.answers, q.id), unknownLabel)}</td>
                    <td className="kern-table__cell">{display(q, answerOf(conflict.theirs.answers, q.id), unknownLabel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <div className="flex flex-wrap gap-kern-space-small">
          <button type="button" className="kern-btn kern-btn--primary" onClick={onKeepMine}>
            <span className="kern-label">{t("keepMine")}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onTakeTheirs}>
            <span className="kern-label">{t("takeTheirs")}</span>
          </button>
        </div>
      </div>
    </section>
  );
}
