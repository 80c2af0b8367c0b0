"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AssessmentStepId } from "@/lib/domain/assessment/fields";
import type { AssessmentAnswers, TownFacts } from "@/lib/domain/assessment/answer-values";
import { answerOf, answeredCount } from "@/lib/domain/assessment/answer-values";
import type { CatalogueView } from "@/lib/domain/assessment/catalogue-view";
import { createPersistence, type PersistenceChoice } from "@/lib/client/assessment-persistence";
import type { AnswerPrefill } from "@/lib/domain/assessment/prefill";
import { BrowserAnswersOffer, SignInToSave } from "./BrowserAnswers";
import { ConflictNotice } from "./ConflictNotice";
import { QuestionField, questionInputId } from "./QuestionField";
import { useAssessmentStore } from "./useAssessmentStore";
import { formatNumber } from "@/lib/domain/format/number";
import { requestResultFocus } from "./focus-result";

interface Props {
  town: TownFacts;
  /** Steps and questions (texts from the catalogue), handed down by the server page. */
  catalogue: CatalogueView;
  persistence: PersistenceChoice;
  townHref: string;
  resultHref: string;
  /** Answers proposed from the supply check (only for editors of the organisation's record). */
  prefill?: AnswerPrefill | null;
  /** The supply check of this town, linked from the prefilled answers. */
  supplyHref?: string;
}

/**
 * The answers' check against AssessmentInputSchema (zod and the catalogue): loaded when the user first answers or
 * moves on, not with the page (issue 19); the server checks every save with the same schema.
 */
const loadChecks = () => import("@/lib/domain/assessment/answers");
async function checkAnswers(answers: AssessmentAnswers, town: TownFacts, step?: AssessmentStepId): Promise<Record<string, string>> {
  return (await loadChecks()).fieldErrors(answers, town, step);
}

function stepKey(ags: string) {
  return `versorgungslotse:selbstcheck:${ags}:schritt`;
}

/** The self-check wizard: one topic per step, answers saved as the user goes (browser or server). */
/** The URL fragment of a step: `#schritt-3` for the third. */
function stepHash(index: number): string {
  return `#schritt-${index + 1}`;
}

/** The step the current history entry names (`#schritt-N`), or null. */
function stepFromHistory(stepCount: number): number | null {
  const match = /^#schritt-(\d+)$/.exec(window.location.hash);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < stepCount ? index : null;
}

export function AssessmentWizard({ town, catalogue, persistence: choice, townHref, resultHref, prefill = null, supplyHref }: Props) {
  const t = useTranslations("assessment.wizard");
  const { steps } = catalogue;
  const STEP_COUNT = steps.length;
  const questionById = useMemo(() => new Map(catalogue.questions.map((q) => [q.id as string, q])), [catalogue.questions]);
  const askedQuestions = useMemo(() => catalogue.questions.filter((q) => !q.fromDatabase), [catalogue.questions]);
  const router = useRouter();
  const orgId = choice.kind === "server" ? choice.orgId : null;
  const orgName = choice.kind === "server" ? choice.orgName : "";
  const readOnly = choice.kind === "server" && choice.readOnly;
  // Stable per town and organisation (the hook reloads when the adapter changes).
  const persistence = useMemo(
    () => createPersistence(orgId ? { kind: "server", orgId, orgName, readOnly } : { kind: "browser" }, town),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- town facts are fixed for a given AGS
    [orgId, orgName, readOnly, town.ags],
  );
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formRevision, setFormRevision] = useState(0);
  const [resumed, setResumed] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Resume: back at the step the user left, with a note when answers were restored.
  const store = useAssessmentStore(persistence, (stored) => {
    const count = stored ? answeredCount(stored.answers) : 0;
    setResumed(count);
    const saved = Number(window.localStorage.getItem(stepKey(town.ags)));
    // The fields were shown (locked) before the answers arrived: mount them again with the stored values.
    setFormRevision((r) => r + 1);
    const linked = stepFromHistory(STEP_COUNT);
    if (linked !== null) setStepIndex(linked);
    else if (count > 0 && Number.isInteger(saved) && saved > 0 && saved < STEP_COUNT) {
      setStepIndex(saved);
      // The resumed step becomes this history entry, so Back from the next step returns to it.
      window.history.replaceState({ ...(window.history.state as object | null), wizardStep: saved }, "", stepHash(saved));
    }
  }, prefill);

  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
  }, [stepIndex]);

  const step = steps[stepIndex]!;
  const questions = askedQuestions.filter((q) => q.step === step.id);
  /** Before the stored answers are loaded (and before JavaScript runs) the first step is shown, locked. */
  const ready = store.phase === "ready";
  const locked = readOnly || !ready;
  const isLast = stepIndex === STEP_COUNT - 1;

  /**
   * Moves to a step. Every move is a history entry (`#schritt-N`), so the browser's Back and Forward buttons move
   * between steps instead of leaving the wizard; a move that comes from the history does not add one.
   */
  function goTo(index: number, { fromHistory = false }: { fromHistory?: boolean } = {}) {
    moved.current = true;
    setErrors({});
    setStepIndex(index);
    window.localStorage.setItem(stepKey(town.ags), String(index));
    if (!fromHistory && index !== stepFromHistory(STEP_COUNT)) {
      window.history.pushState({ ...(window.history.state as object | null), wizardStep: index }, "", stepHash(index));
    }
    window.scrollTo({ top: 0 });
  }
  const goToRef = useRef(goTo);
  useEffect(() => {
    goToRef.current = goTo;
  });

  useEffect(() => {
    // An entry without a step fragment is the wizard's first entry: step 1.
    const onPopState = () => goToRef.current(stepFromHistory(STEP_COUNT) ?? 0, { fromHistory: true });
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [STEP_COUNT]);

  async function next(event: React.FormEvent) {
    event.preventDefault();
    if (readOnly) {
      // Reading only: move on, nothing to check or save.
      if (isLast) {
        requestResultFocus();
        router.push(resultHref);
      } else goTo(stepIndex + 1);
      return;
    }
    const stepErrors = await checkAnswers(store.answers, town, step.id);
    if (Object.keys(stepErrors).length > 0) {
      setErrors(stepErrors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!isLast) {
      goTo(stepIndex + 1);
      return;
    }
    const allErrors = await checkAnswers(store.answers, town);
    const firstBad = Object.keys(allErrors)[0];
    if (firstBad) {
      const badStep = steps.findIndex((s) => firstBad.startsWith(`${s.id}.`));
      goTo(Math.max(0, badStep));
      setErrors(allErrors);
      return;
    }
    store.setStatus("completed");
    if (await store.flush()) {
      requestResultFocus();
      router.push(resultHref);
    }
  }

  async function reset() {
    if (!window.confirm(t("resetConfirm", { name: town.name }))) return;
    await store.reset();
    window.localStorage.removeItem(stepKey(town.ags));
    setFormRevision((r) => r + 1);
    goTo(0);
  }

  const total = askedQuestions.length;
  const answered = answeredCount(store.answers);
  const errorEntries = Object.entries(errors).filter(([path]) => questionById.has(path));
  const isPrefilled = (id: string) => id in store.prefilled && answerOf(store.answers, id) === store.prefilled[id];
  const prefilledInStep = questions.filter((q) => isPrefilled(q.id)).length;
  const savedText =
    store.saveState === "saved"
      ? persistence.kind === "browser"
        ? t("saveState.savedBrowser")
        : t("saveState.saved")
      : store.saveState === "error"
        ? t("saveState.error", { message: store.error ?? "" })
        : store.saveState === "idle"
          ? ""
          : t(`saveState.${store.saveState}`);

  return (
    <div className="flex flex-col gap-kern-space-large max-w-[48rem]">
      <header className="space-y-kern-space-small">
        <p className="kern-body kern-body--muted no-print">
          <Link className="kern-link" href={townHref}>
            {t("backToTown", { name: town.name })}
          </Link>
        </p>
        <h1 className="kern-heading-large">{t("title", { name: town.name })}</h1>
        <p className="kern-body">{t("intro")}</p>
        <div className="kern-alert kern-alert--info" data-testid="storage-note">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <p className="kern-body font-semibold">
              {persistence.kind === "browser"
                ? t("browserOnly")
                : readOnly
                  ? t("readOnly", { organisation: orgName })
                  : t("serverStored", { organisation: orgName })}
            </p>
          </div>
          {persistence.kind === "browser" && (
            <div className="kern-alert__body">
              <SignInToSave />
            </div>
          )}
        </div>
      </header>

      {store.phase === "loading" && (
        <p className="kern-body" role="status">
          {t("loading")}
        </p>
      )}
      {store.phase === "error" && (
        <p className="kern-alert kern-alert--danger" role="alert">
          {t("loadError", { message: store.error ?? "" })}
        </p>
      )}

      {store.phase !== "error" && (
        <>
          {ready && resumed !== null && resumed > 0 && (
            <p className="kern-body" data-testid="resumed">
              {t("resumed", { answered: resumed, total })}
            </p>
          )}
          {ready && persistence.kind === "server" && !readOnly && (
            <BrowserAnswersOffer
              ags={town.ags}
              organisationName={orgName}
              organisationAnswers={store.answers}
              onTake={async (answers) => {
                const ok = await store.replaceAnswers(answers);
                setFormRevision((r) => r + 1);
                return ok;
              }}
            />
          )}
          {store.conflict && (
            <ConflictNotice
              conflict={store.conflict}
              questions={askedQuestions}
              unknownLabel={catalogue.unknownLabel}
              onKeepMine={() => void store.keepMine()}
              onTakeTheirs={() => {
                store.takeTheirs();
                setFormRevision((r) => r + 1);
              }}
            />
          )}

          <div className="kern-progress">
            <label htmlFor="selbstcheck-fortschritt" className="kern-label">
              {t("progress", { current: stepIndex + 1, total: STEP_COUNT, title: step.title })}
            </label>
            <progress id="selbstcheck-fortschritt" max={STEP_COUNT} value={stepIndex + 1}>
              {stepIndex + 1}/{STEP_COUNT}
            </progress>
            <p className="kern-body kern-body--small kern-body--muted">{t("answered", { answered, total })}</p>
          </div>

          <nav aria-label={t("stepsNav")} className="no-print">
            <ol className="flex flex-wrap gap-kern-space-x-small list-none m-0 p-0">
              {steps.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`kern-btn kern-btn--x-small ${i === stepIndex ? "kern-btn--primary" : "kern-btn--tertiary"}`}
                    aria-current={i === stepIndex ? "step" : undefined}
                    aria-label={t("stepButton", { number: i + 1, title: s.title })}
                    disabled={!ready}
                    onClick={() => goTo(i)}
                  >
                    <span className="kern-label">
                      {i + 1}. {s.title}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          <form noValidate onSubmit={next} className="flex flex-col gap-kern-space-large" aria-labelledby="schritt-titel">
            <div className="space-y-kern-space-x-small">
              <h2 id="schritt-titel" ref={headingRef} tabIndex={-1} className="kern-heading-medium">
                {step.title}
              </h2>
              <p className="kern-body">{step.intro}</p>
            </div>

            {prefilledInStep > 0 && (
              <div className="kern-alert kern-alert--info" data-testid="prefill-note">
                <div className="kern-alert__header">
                  <span className="kern-icon kern-icon--info" aria-hidden="true" />
                  <p className="kern-body font-semibold">{t("prefill.title", { count: prefilledInStep })}</p>
                </div>
                <div className="kern-alert__body">
                  <p className="kern-body">
                    {t("prefill.text")}{" "}
                    {supplyHref && (
                      <Link className="kern-link" href={supplyHref}>
                        {t("prefill.link", { name: town.name })}
                      </Link>
                    )}
                  </p>
                </div>
              </div>
            )}

            {errorEntries.length > 0 && (
              <div ref={summaryRef} tabIndex={-1} role="alert" className="kern-alert kern-alert--danger" data-testid="error-summary">
                <div className="kern-alert__header">
                  <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                  <h3 className="kern-heading-small">{t("errorSummary")}</h3>
                </div>
                <div className="kern-alert__body">
                  <p className="kern-body">{t("errorSummaryText", { count: errorEntries.length })}</p>
                  <ul>
                    {errorEntries.map(([path, message]) => {
                      const q = questionById.get(path)!;
                      return (
                        <li key={path}>
                          <a className="kern-link" href={`#${questionInputId(q)}`}>
                            {q.label}: {message}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              </div>
            )}

            {step.id === "town" && (
              <section aria-labelledby="register-title" className="kern-card">
                <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                  <h3 id="register-title" className="kern-heading-small">
                    {t("townFacts")}
                  </h3>
                  <p className="kern-body kern-body--small">{t("townFactsHint")}</p>
                  <dl className="grid gap-x-kern-space-x-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr]" data-testid="town-facts">
                    {(
                      [
                        ["town.name", town.name],
                        ["town.ags", town.ags],
                        ["town.population", formatNumber(town.population)],
                        ["town.areaKm2", `${formatNumber(town.areaKm2, { maximumFractionDigits: 1 })} km²`],
                        ["town.county", town.county ?? t("notInRegister")],
                        ["town.land", town.land],
                      ] as const
                    ).map(([id, value]) => (
                      <div key={id} className="contents">
                        <dt className="font-semibold">{questionById.get(id)?.label}</dt>
                        <dd className="m-0">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
              </section>
            )}

            <div className="flex flex-col gap-kern-space-x-large" key={`${step.id}-${formRevision}`}>
              {questions.map((q) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  value={answerOf(store.answers, q.id)}
                  error={errors[q.id]}
                  readOnly={locked}
                  prefilledNote={isPrefilled(q.id) ? t("prefill.field") : undefined}
                  onChange={(value) => {
                    void loadChecks(); // ready for "Weiter"
                    store.setAnswer(q.id, value);
                    if (errors[q.id]) setErrors(({ [q.id]: _gone, ...rest }) => rest);
                  }}
                />
              ))}
            </div>

            <div className="flex flex-wrap items-center gap-kern-space-default no-print">
              {stepIndex > 0 && (
                <button type="button" className="kern-btn kern-btn--secondary" disabled={!ready} onClick={() => goTo(stepIndex - 1)}>
                  <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
                  <span className="kern-label">{t("back")}</span>
                </button>
              )}
              <button type="submit" className="kern-btn kern-btn--primary" disabled={!ready}>
                <span className="kern-label">{isLast ? (readOnly ? t("toResult") : t("finish")) : t("next")}</span>
                {!isLast && <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />}
              </button>
              {(store.status === "completed" || readOnly) && !isLast && (
                <Link className="kern-link" href={resultHref}>
                  {t("toResult")}
                </Link>
              )}
            </div>
          </form>

          <div className="flex flex-wrap items-center justify-between gap-kern-space-default no-print">
            <p className="kern-body kern-body--small kern-body--muted" role="status" data-testid="save-state">
              {savedText}
            </p>
            {ready && !readOnly && (
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void reset()}>
                <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                <span className="kern-label">{t("reset")}</span>
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
