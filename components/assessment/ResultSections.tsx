import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Citation } from "@/lib/domain/citation-core";
import { createFootnotes, FootnoteList, type Footnotes } from "@/components/knowledge/Citations";
import { FACTOR_CATEGORY_LABELS_DE } from "@/lib/domain/id-labels";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { similarCaseStudies, type CaseStudyRef } from "@/lib/domain/recommendation/similar-cases";
import { formatNumber } from "@/lib/domain/format/number";
import type { PlanTakeOver } from "@/components/plan/usePlanTakeOver";
import { ScrollRegion } from "@/components/ScrollRegion";
import { ReadinessRadar } from "./ReadinessRadar";
import { MeasureList } from "./MeasureList";
import { FocusResultHeading, PrintButton } from "./ResultIslands";

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

/**
 * The result's header: eyebrow, heading (the focus target after "Auswerten"), the link back to the answers, printing
 * once there is a result, and what the page adds below (the storage note, the offer of the browser's answers).
 */
export function ResultHeader({
  townName,
  wizardHref,
  wizardLabel,
  done,
  children,
}: {
  townName: string;
  wizardHref: string;
  wizardLabel: string;
  /** A result is shown: print it, and move the focus to the heading after "Auswerten". */
  done: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations("assessment.result");
  return (
    <header className="flex flex-col gap-kern-space-small">
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large" id="ergebnis-titel" tabIndex={-1} data-testid="result-heading">
        {t("title", { name: townName })}
      </h1>
      {done && <FocusResultHeading targetId="ergebnis-titel" />}
      <div className="flex flex-wrap gap-kern-space-default no-print">
        <Link className="kern-btn kern-btn--secondary" href={wizardHref}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">{wizardLabel}</span>
        </Link>
        {done && <PrintButton label={t("print")} />}
      </div>
      {children}
    </header>
  );
}

/** The result is not there yet: loading, no answers yet, answers that do not pass the check, an error. */
export type PendingResult = { kind: "loading" } | { kind: "empty" } | { kind: "invalid" } | { kind: "error"; message: string };
/** A result page's state: pending, or the engine's recommendation (stored answers on the server, browser answers in the client). */
export type ResultState = PendingResult | { kind: "done"; recommendation: Recommendation };

/** What stands where the result will be: loading, no answers yet, answers that do not pass the check, an error. */
export function ResultStatus({ state, empty }: { state: PendingResult; empty: string }) {
  const t = useTranslations("assessment.result");
  if (state.kind === "loading")
    return (
      <p className="kern-body" role="status">
        {t("loading")}
      </p>
    );
  if (state.kind === "empty") return <p className="kern-body">{empty}</p>;
  if (state.kind === "invalid")
    return (
      <p className="kern-alert kern-alert--warning" role="alert">
        {t("invalidAnswers")}
      </p>
    );
  return (
    <p className="kern-alert kern-alert--danger" role="alert">
      {t("error", { message: state.message })}
    </p>
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

/**
 * The sections of a computed result: summary, ranking with reasons, knock-outs, readiness (chart and table), PORT,
 * what would change, next measures, case studies and footnotes. No state of its own: rendered on the server when the
 * organisation's stored answers are evaluated there, and in the browser for answers kept in this browser. The
 * interactive parts are client islands (the radar chart, taking measures into the plan).
 */
export function ResultBody({ rec, caseStudies, plan }: { rec: Recommendation; caseStudies: readonly CaseStudyRef[]; plan: PlanTakeOver | null }) {
  const tp = useTranslations("presentation");
  const t = useTranslations("assessment.result");
  const tEngine = useTranslations("engine");
  const notes = footnotesOf(rec);
  const cases = similarCaseStudies([...caseStudies], rec.top, rec.port.fit);
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
            <MeasureList
              plan={plan}
              measures={rec.nextMeasures.map((m) => ({
                slug: m.slug,
                title: m.title,
                gaps: t("closesGaps", { categories: m.closesGaps.map((g) => FACTOR_CATEGORY_LABELS_DE[g]).join(", ") }),
              }))}
            />
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
