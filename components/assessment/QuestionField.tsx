"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { AssessmentQuestion } from "@/lib/domain/assessment/input";
import type { AnswerValue } from "@/lib/domain/assessment/answer-values";
import { formatNumberInput, parseNumber } from "@/lib/domain/format/number";
import { CitationText } from "./CitationText";
import { formatNumber } from "@/lib/domain/format/number";

interface Props {
  question: AssessmentQuestion;
  value: AnswerValue;
  error: string | undefined;
  /** Shown, not editable (a member who may only read). */
  readOnly?: boolean;
  /** Set when the current value was proposed from another part of the tool (the supply check). */
  prefilledNote?: string;
  onChange: (value: AnswerValue) => void;
}

/** DOM id of a question's input (or its first radio), the target of the error summary's links. */
export function questionInputId(question: AssessmentQuestion): string {
  return `frage-${question.id.replace(".", "-")}`;
}

function Sources({ question }: { question: AssessmentQuestion }) {
  const t = useTranslations("assessment.wizard");
  if (question.citations.length === 0) return null;
  return (
    <details className="question-sources kern-body kern-body--small">
      <summary className="kern-link cursor-pointer">{t("sources", { count: question.citations.length })}</summary>
      <ol className="mt-kern-space-x-small pl-kern-space-large space-y-kern-space-2x-small">
        {question.citations.map((c, i) => (
          <li key={i}>
            <CitationText citation={c} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function ErrorText({ id, message }: { id: string; message: string }) {
  return (
    <p className="kern-error" id={id}>
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">{message}</span>
    </p>
  );
}

/** One question of the catalogue: radio group in a fieldset, or a number input with unit and range. */
function PrefilledNote({ id, text }: { id: string; text: string }) {
  return (
    <p className="kern-body kern-body--small" id={id} data-testid="prefilled">
      <span className="kern-badge kern-badge--info">{text}</span>
    </p>
  );
}

export function QuestionField({ question, value, error, readOnly = false, prefilledNote, onChange }: Props) {
  const t = useTranslations("assessment.wizard");
  const id = questionInputId(question);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(typeof value === "number" ? formatNumberInput(value) : "");
  const [parseError, setParseError] = useState<string | undefined>(undefined);
  const shownError = parseError ?? error;
  const prefilledId = `${id}-prefilled`;
  const describedBy = [hintId, prefilledNote ? prefilledId : null, shownError ? errorId : null].filter(Boolean).join(" ");

  if (question.kind === "choice") {
    const current = value === null ? "unknown" : String(value);
    return (
      <fieldset className={`kern-fieldset${shownError ? " kern-fieldset--error" : ""}`} aria-describedby={describedBy}>
        <legend className="kern-label">{question.label}</legend>
        <p className="kern-hint" id={hintId}>
          <span className="font-semibold">{t("whyItMatters")}</span> {question.help}
        </p>
        {prefilledNote && <PrefilledNote id={prefilledId} text={prefilledNote} />}
        {shownError && <ErrorText id={errorId} message={shownError} />}
        <div className="kern-fieldset__body">
          {(question.options ?? []).map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="kern-form-check">
                <input
                  className={`kern-form-check__radio${shownError ? " kern-form-check__radio--error" : ""}`}
                  type="radio"
                  id={optionId}
                  name={question.id}
                  value={option.value}
                  checked={current === option.value}
                  disabled={readOnly}
                  onChange={() => onChange(option.value === "unknown" ? null : option.value)}
                />
                <label className="kern-label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
        <Sources question={question} />
      </fieldset>
    );
  }

  const min = question.min ?? 0;
  const range =
    question.max !== undefined
      ? t("range", { min: formatNumber(min), max: formatNumber(question.max), unit: question.unit ?? "" })
      : t("rangeMin", { min: formatNumber(min), unit: question.unit ?? "" });
  return (
    <div className={`kern-form-input space-y-kern-space-x-small${shownError ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {question.label}
      </label>
      <p className="kern-hint" id={hintId}>
        <span className="font-semibold">{t("whyItMatters")}</span> {question.help} {range} {question.integer ? t("integerOnly") : ""}{" "}
        {t("numberHint")}
      </p>
      {prefilledNote && <PrefilledNote id={prefilledId} text={prefilledNote} />}
      {shownError && <ErrorText id={errorId} message={shownError} />}
      <div className="flex items-center gap-kern-space-small">
        <input
          className={`kern-form-input__input max-w-[12rem]${shownError ? " kern-form-input__input--error" : ""}`}
          type="text"
          id={id}
          name={question.id}
          inputMode={question.integer ? "numeric" : "decimal"}
          autoComplete="off"
          value={text}
          disabled={readOnly}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            // "8,5" and "8.5" are both 8.5 (lib/domain/format/number); anything else is refused with a reason.
            // Refused input is passed on as the number it loosely reads as (2,5 in a whole-number field) or NaN,
            // so the step's schema check blocks "Weiter" with the field's message: nothing typed is silently dropped.
            const parsed = parseNumber(e.target.value, { integer: question.integer === true });
            setParseError(parsed.ok || parsed.reason === "empty" ? undefined : parsed.message);
            if (parsed.ok) onChange(parsed.value);
            else if (parsed.reason === "empty") onChange(null);
            else {
              const loose = parseNumber(e.target.value);
              onChange(loose.ok ? loose.value : Number.NaN);
            }
          }}
        />
        <span className="kern-body">{question.unit}</span>
      </div>
      <Sources question={question} />
    </div>
  );
}
