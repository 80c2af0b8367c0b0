"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Citation } from "@/lib/domain/citation";
import { createFootnotes, FootnoteList, type Footnotes } from "@/components/knowledge/Citations";
import { FACTOR_CATEGORY_LABELS_DE } from "@/lib/domain/ids";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { answeredCount, fieldErrors, toAssessmentInput, type TownFacts } from "@/lib/domain/assessment/answers";
import { createPersistence, type PersistenceChoice } from "@/lib/client/assessment-persistence";
import { callApi } from "@/lib/client/api";
import { RecommendationContract } from "@/lib/domain/recommendation/contract";
import { similarCaseStudies, type CaseStudyRef } from "@/lib/domain/recommendation/similar-cases";
import { formatNumber } from "@/lib/domain/format/number";
import { ReadinessRadar } from "./ReadinessRadar";
import { BrowserAnswersOffer, SignInToSave } from "./BrowserAnswers";
import { useAssessmentStore } from "./useAssessmentStore";
import { usePlanTakeOver, type PlanTakeOver } from "@/components/plan/usePlanTakeOver";
import { PlanTakeOverAll, PlanTakeOverButton } from "@/components/plan/PlanTakeOver";
import { ScrollRegion } from "@/components/ScrollRegion";
import { takeResultFocusRequest } from "./focus-result";

interface Props {
  town: TownFacts;
  persistence: PersistenceChoice;
  caseStudies: CaseStudyRef[];
  wizardHref: string;
  /** Taking proposed measures into the organisation's action plan (issue 15); null when the caller may not. */
  planTakeOver?: PlanTakeOver | null;
}

type ResultState =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "invalid" }
  | { kind: "error"; message: string }
  | { kind: "done"; recommendation: Recommendation };

const signed = (value: number) => formatNumber(value, { signDisplay: "always", maximumFractionDigits: 1 });
const one = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/** Numbers every cited passage in the order the page shows them (the one footnote registry of the app). */
function footnotesOf(rec: Recommendation): Footnotes {
  const notes = createFootnotes();
  for (const ko of rec.knockOuts) notes.add(ko.citations);
  for (const model of rec.ranking) for (const c of model.contributions) notes.add(c.citations);
  for (const criterion of rec.port.criteria) notes.add(criterion.citations);
  if (rec.port.carrierNote) notes.add(rec.port.carrierNote.citations);
  return notes;
}

/** The result of the self-check: the engine runs on the server (POST /api/v1/recommendations); this only shows it. */
export function AssessmentResult({ town, persistence: choice, caseStudies, wizardHref, planTakeOver = null }: Props) {
  const t = useTranslations("assessment.result");
  const orgId = choice.kind === "server" ? choice.orgId : null;
  const orgName = choice.kind === "server" ? choice.orgName : "";
  const readOnly = choice.kind === "server" && choice.readOnly;
  // Stable per town and organisation (the hook reloads when the adapter changes).
  const persistence = useMemo(
    () => createPersistence(orgId ? { kind: "server", orgId, orgName, readOnly } : { kind: "browser" }, town),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- town facts are fixed for a given AGS
    [orgId, orgName, readOnly, town.ags],
  );
  const [state, setState] = useState<ResultState>({ kind: "loading" });

  const store = useAssessmentStore(persistence, (stored) => {
    if (!stored || (answeredCount(stored.answers) === 0 && stored.status !== "completed")) {
      setState({ kind: "empty" });
      return;
    }
    if (Object.keys(fieldErrors(stored.answers, town)).length > 0) {
      setState({ kind: "invalid" });
      return;
    }
    void callApi("/api/v1/recommendations", RecommendationContract, { method: "POST", body: toAssessmentInput(stored.answers, town) }).then((result) =>
      setState(result.ok ? { kind: "done", recommendation: result.data } : { kind: "error", message: result.message }),
    );
  });

  // After "Auswerten": the focus goes to the result's heading once the result is shown.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.kind === "done" && takeResultFocusRequest()) headingRef.current?.focus();
  }, [state.kind]);

  const header = (
    <header className="flex flex-col gap-kern-space-small">
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large" ref={headingRef} tabIndex={-1} data-testid="result-heading">
        {t("title", { name: town.name })}
      </h1>
      <div className="flex flex-wrap gap-kern-space-default no-print">
        <Link className="kern-btn kern-btn--secondary" href={wizardHref}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">{readOnly ? t("viewAnswers") : state.kind === "empty" ? t("startWizard") : t("editAnswers")}</span>
        </Link>
        {state.kind === "done" && (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => window.print()}>
            <span className="kern-label">{t("print")}</span>
          </button>
        )}
      </div>
      {persistence.kind === "browser" && state.kind !== "loading" && (
        <div className="kern-alert kern-alert--info no-print">
          <div className="kern-alert__body">
            <SignInToSave />
          </div>
        </div>
      )}
      {persistence.kind === "server" && !readOnly && store.phase === "ready" && (
        <div className="no-print">
          <BrowserAnswersOffer
            ags={town.ags}
            organisationName={orgName}
            organisationAnswers={store.answers}
            onTake={(answers) => store.replaceAnswers(answers)}
            // The result is computed from what is stored: load it again with the answers taken in.
            onTaken={() => window.location.reload()}
          />
        </div>
      )}
    </header>
  );

  if (store.phase === "error") {
    return (
      <div className="flex flex-col gap-kern-space-large">
        {header}
        <p className="kern-alert kern-alert--danger" role="alert">
          {t("error", { message: store.error ?? "" })}
        </p>
      </div>
    );
  }
  if (state.kind !== "done") {
    return (
      <div className="flex flex-col gap-kern-space-large max-w-[48rem]">
        {header}
        {state.kind === "loading" && (
          <p className="kern-body" role="status">
            {t("loading")}
          </p>
        )}
        {state.kind === "empty" && (
          <p className="kern-body">{t(persistence.kind === "browser" ? "noAnswers" : "noAnswersServer", { name: town.name })}</p>
        )}
        {state.kind === "invalid" && (
          <p className="kern-alert kern-alert--warning" role="alert">
            {t("invalidAnswers")}
          </p>
        )}
        {state.kind === "error" && (
          <p className="kern-alert kern-alert--danger" role="alert">
            {t("error", { message: state.message })}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-kern-space-x-large">
      {header}
      <ResultBody rec={state.recommendation} caseStudies={caseStudies} plan={readOnly ? null : planTakeOver} />
    </div>
  );
}

function Refs({ citations, notes }: { citations: readonly Citation[]; notes: Footnotes }) {
  return notes.cite(citations);
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titel`} className="flex flex-col gap-kern-space-default result-section">
      <h2 id={`${id}-titel`} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** "Beantworten Sie zuerst …": the unanswered decisive questions (absent in results stored before engine v2). */
function AnswerFirst({ confidence }: { confidence: Recommendation["confidence"] }) {
  const t = useTranslations("engine");
  const first = confidence.answerFirst ?? [];
  if (first.length === 0) return null;
  return (
    <div data-testid="answer-first">
      <p className="kern-body font-semibold">{t("answerFirstTitle")}</p>
      <ol className="kern-list">
        {first.map((f) => (
          <li key={f.field} className="kern-body">
            {f.question}{" "}
            <span className="kern-body--small kern-body--muted">
              ({f.changesTopShare === null ? t("answerFirstWeight", { weight: formatNumber(f.weight, { maximumFractionDigits: 1 }) }) : t("answerFirstShare", { share: formatNumber(f.changesTopShare * 100, { maximumFractionDigits: 0 }) })})
            </span>
          </li>
        ))}
      </ol>
      {confidence.decisiveShare !== null && confidence.decisiveShare !== undefined && (
        <p className="kern-body kern-body--small kern-body--muted">{t("decisiveShare", { share: formatNumber(confidence.decisiveShare * 100, { maximumFractionDigits: 0 }) })}</p>
      )}
    </div>
  );
}

function ResultBody({ rec, caseStudies, plan }: { rec: Recommendation; caseStudies: CaseStudyRef[]; plan: PlanTakeOver | null }) {
  const tp = useTranslations("presentation");
  const t = useTranslations("assessment.result");
  const tEngine = useTranslations("engine");
  const notes = useMemo(() => footnotesOf(rec), [rec]);
  const cases = similarCaseStudies(caseStudies, rec.top, rec.port.fit);
  const takeOver = usePlanTakeOver(plan);
  const statusBadge = { met: "kern-badge--success", "not-met": "kern-badge--danger", unknown: "kern-badge--info" } as const;

  return (
    <>
      <Section id="zusammenfassung" title={t("summaryTitle")}>
        <div className="kern-card" data-testid="summary">
          <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
            <p className="kern-body kern-body--muted">{t("topModel")}</p>
            <p className="kern-heading-medium" data-testid="top-model">
              {rec.topLabel ?? t("noTop")}
            </p>
            <p className="kern-body">{rec.summary}</p>
            <p className="kern-body">
              <span className="font-semibold">{t("confidenceLevel", { level: rec.confidence.level })}</span> –{" "}
              {t("confidenceAnswered", {
                answered: rec.confidence.answered,
                total: rec.confidence.total,
                share: one(rec.confidence.answeredShare * 100),
              })}{" "}
              {rec.confidence.note}
            </p>
            <AnswerFirst confidence={rec.confidence} />
            <p className="kern-body kern-body--small kern-body--muted" data-testid="rule-set-version">
              {t("ruleSetVersion", { version: rec.ruleSetVersion })} {t("ruleSetNote")}
            </p>
          </div>
        </div>
      </Section>

      <Section id="rangfolge" title={t("rankingTitle")}>
        <p className="kern-body">{t("rankingIntro")}</p>
        {rec.ranking.some((r) => r.excluded) && <p className="kern-body">{tp("excludedLast")}</p>}
        <ol className="list-none m-0 p-0 flex flex-col gap-kern-space-large" data-testid="ranking">
          {rec.ranking.map((model) => (
            <li key={model.model} className="kern-card" data-testid={`model-${model.model}`}>
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                <div className="flex flex-wrap items-baseline gap-x-kern-space-default gap-y-kern-space-2x-small">
                  <h3 className="kern-heading-small">
                    {t("rank", { rank: model.rank })}: {model.label}
                  </h3>
                  <span className="kern-body font-semibold">{t("score", { score: one(model.score) })}</span>
                  {model.excluded && <span className="kern-badge kern-badge--danger">{t("excluded")}</span>}
                </div>
                <div
                  className="h-[20px] w-full max-w-[36rem] bg-kern-darkblue-050 border border-kern-layout-border [print-color-adjust:exact]"
                  aria-hidden="true"
                >
                  <div
                    className={`h-full [print-color-adjust:exact] ${model.excluded ? "bg-kern-darkblue-200 bg-[repeating-linear-gradient(45deg,transparent_0_6px,rgba(255,255,255,.6)_6px_10px)]" : "bg-kern-action-default"}`}
                    style={{ width: `${Math.max(0, Math.min(100, model.score))}%` }}
                  />
                </div>
                {model.knockOuts.map((ko) => (
                  <p key={ko.ruleId} className="kern-body text-kern-feedback-danger">
                    <span className="font-semibold">{t("excludedBecause", { reason: ko.reason })}</span>
                    <Refs citations={ko.citations} notes={notes} />
                  </p>
                ))}
                <details className="result-details" open={model.rank === 1}>
                  <summary className="kern-link cursor-pointer">
                    {t("reasonsSummary", { model: model.label, count: model.contributions.length })}
                  </summary>
                  {model.contributions.length === 0 ? (
                    <p className="kern-body mt-kern-space-small">{t("noReasons")}</p>
                  ) : (
                    <ul className="mt-kern-space-small flex flex-col gap-kern-space-small list-none p-0" data-testid="contributions">
                      {model.contributions.map((c) => (
                        <li key={c.ruleId} className="grid grid-cols-[8rem_1fr] gap-kern-space-small">
                          <span className={`kern-badge ${c.points >= 0 ? "kern-badge--success" : "kern-badge--danger"} justify-self-start whitespace-nowrap`}>
                            {t("pointsSigned", { count: c.points, points: signed(c.points) })}
                          </span>
                          <span className="kern-body">
                            {c.explanation}
                            <Refs citations={c.citations} notes={notes} />
                            {c.answerLabel && (
                              <span className="block kern-body--small kern-body--muted">{t("answer", { answer: c.answerLabel })}</span>
                            )}
                            {c.convention && (
                              <span className="block kern-body--small kern-body--muted" data-testid="convention">
                                {tEngine("conventionLabel")}: {c.convention}
                              </span>
                            )}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="ausschluss" title={t("knockOutsTitle")}>
        {rec.knockOuts.length === 0 ? (
          <p className="kern-body">{t("noKnockOuts")}</p>
        ) : (
          <ul className="flex flex-col gap-kern-space-small" data-testid="knock-outs">
            {rec.knockOuts.map((ko) => (
              <li key={ko.ruleId} className="kern-body">
                <span className="font-semibold">{rec.ranking.find((m) => m.model === ko.model)?.label}:</span> {ko.reason}
                <Refs citations={ko.citations} notes={notes} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="bereitschaft" title={t("readinessTitle")}>
        <p className="kern-body">{t("readinessIntro")}</p>
        <div className="flex flex-col gap-kern-space-large">
          <figure className="m-0">
            <ReadinessRadar data={rec.readiness.map((r) => ({ label: r.label, score: r.score }))} />
            <figcaption className="kern-body kern-body--small kern-body--muted">{t("readinessChart")}</figcaption>
          </figure>
          <ScrollRegion label={t("readinessTable")} className="max-w-[48rem]">
            <table className="kern-table kern-table--small" data-testid="readiness-table">
              <caption className="kern-body font-semibold text-left">{t("readinessTable")}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t("colCategory")}
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    {t("colScore")}
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    {t("colAnswered")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rec.readiness.map((r) => (
                  <tr key={r.category} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">
                      {r.label}
                    </th>
                    <td className="kern-table__cell kern-table__cell--numeric">{one(r.score)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{t("answeredOf", { answered: r.answered, total: r.total })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      </Section>

      <Section id="port" title={t("portTitle")}>
        <div className="flex flex-wrap items-center gap-kern-space-small" data-testid="port-fit">
          <span className={`kern-badge ${rec.port.fit === "fits" ? "kern-badge--success" : rec.port.fit === "partly" ? "kern-badge--warning" : "kern-badge--info"}`}>
            {rec.port.fitLabel}
          </span>
          {rec.port.carrierLabel && <span className="kern-body">{t("portCarrier", { carrier: rec.port.carrierLabel })}</span>}
          <span className="kern-body">{t("portShare", { share: one(rec.port.share * 100) })}</span>
        </div>
        {rec.port.carrierNote && (
          <p className="kern-body">
            {rec.port.carrierNote.note}
            <Refs citations={rec.port.carrierNote.citations} notes={notes} />
          </p>
        )}
        <ScrollRegion label={t("portCriteria")}>
          <table className="kern-table kern-table--small">
            <caption className="kern-body font-semibold text-left">{t("portCriteria")}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("portColCriterion")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("portColStatus")}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t("portColWeight")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rec.port.criteria.map((criterion) => (
                <tr key={criterion.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell font-normal">
                    <span className="font-semibold">{criterion.label}</span>
                    {criterion.core && <span className="kern-body--small kern-body--muted"> ({t("portCore")})</span>}
                    <span className="block kern-body--small">
                      {criterion.text}
                      <Refs citations={criterion.citations} notes={notes} />
                    </span>
                  </th>
                  <td className="kern-table__cell">
                    <span className={`kern-badge ${statusBadge[criterion.status]}`}>{t(`portStatus.${criterion.status}`)}</span>
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{criterion.weight}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="aenderung" title={t("whatWouldChangeTitle")}>
        {rec.whatWouldChange && rec.whatWouldChange.length > 0 ? (
          <>
            <p className="kern-body">{t("whatWouldChangeIntro")}</p>
            <ul className="flex flex-col gap-kern-space-small" data-testid="what-would-change">
              {rec.whatWouldChange.map((change) => (
                <li key={`${change.field}-${String(change.to)}`} className="kern-body">
                  <span className="font-semibold">{change.question}</span>{" "}
                  {t("changeTo", { from: change.fromLabel, to: change.toLabel, model: change.newTopLabel ?? t("allExcludedModel") })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="kern-body">{t("nothingWouldChange")}</p>
        )}
      </Section>

      <Section id="massnahmen" title={t("measuresTitle")}>
        {rec.nextMeasures.length === 0 ? (
          <p className="kern-body">{t("noMeasures")}</p>
        ) : (
          <>
            <p className="kern-body">{t("measuresIntro")}</p>
            {plan ? <PlanTakeOverAll plan={plan} slugs={rec.nextMeasures.map((m) => m.slug)} state={takeOver} /> : null}
            <ul className="flex flex-col gap-kern-space-small" data-testid="measures">
              {rec.nextMeasures.map((m) => (
                <li key={m.slug} className="kern-body">
                  <Link className="kern-link" href={`/wissen/massnahmen/${m.slug}`}>
                    {m.title}
                  </Link>
                  <span className="block kern-body--small kern-body--muted">
                    {t("closesGaps", { categories: m.closesGaps.map((g) => FACTOR_CATEGORY_LABELS_DE[g]).join(", ") })}
                  </span>
                  {plan ? <PlanTakeOverButton slug={m.slug} title={m.title} state={takeOver} /> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      {cases.length > 0 && (
        <Section id="fallbeispiele" title={t("caseStudiesTitle")}>
          <p className="kern-body">{t("caseStudiesIntro", { port: rec.port.fit !== "not" ? "yes" : "no" })}</p>
          <ul className="grid gap-kern-space-default md:grid-cols-3 list-none m-0 p-0" data-testid="case-studies">
            {cases.map((c) => (
              <li key={c.slug} className="kern-card">
                <div className="p-kern-space-default flex flex-col gap-kern-space-x-small w-full">
                  <h3 className="kern-heading-small">
                    <Link className="kern-link" href={`/wissen/fallbeispiele/${c.slug}`}>
                      {c.name}
                    </Link>
                  </h3>
                  <p className="kern-body kern-body--small">{c.summary}</p>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <FootnoteList notes={notes} headingId="quellen-titel" title={t("footnotesTitle")} intro={t("footnotesIntro")} />
    </>
  );
}
