import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CitationText } from "@/components/assessment/CitationText";
import { formatDay, FundingValidityText, PlanItemFields, TOUCH } from "@/components/plan/PlanItemFields";
import { PlanTimeline } from "@/components/plan/PlanTimeline";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import type { ActionPlanRecord, PlanHistoryEntry, PlanItemRecord } from "@/lib/server/db/tenant/action-plans";
import type { OrganisationSummary } from "@/lib/server/db/tenant/organisations";
import type { Member } from "@/lib/server/db/tenant/memberships";
import type { SupplyResult } from "@/lib/domain/supply";
import type { KnowledgeSnapshot } from "@/lib/knowledge/snapshot";
import { matchFunding } from "@/lib/domain/plan/funding";
import { changesSince, planProgress } from "@/lib/domain/plan/progress";
import { planTimeline } from "@/lib/domain/plan/timeline";
import { PLAN_ITEM_STATUSES } from "@/lib/domain/plan/types";
import { formatNumber } from "@/lib/domain/format/number";
import type { Citation } from "@/lib/domain/citation";
import { factorLabel, modelLabel, PLAN_SOURCE_DE, PLAN_STATUS_DE } from "@/lib/domain/csv/plan-export";
import { PlanFilterSchema } from "@/lib/domain/schemas/action-plan";
import { addItemAction, deleteItemAction, moveItemAction, updateItemAction } from "@/app/gemeinde/[ags]/massnahmenplan/actions";

const TRAINING_KEY = "workforce.gp-training-years";
const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const berlinDay = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });

/** Whose plan the page shows: a town's, or a county organisation's own plan for its Kreis (issue 17). */
export interface PlanPageScope {
  /** The plan's key in the API path and the forms: the town's AGS, or the Kreis key. */
  key: string;
  /** This page's path (filters and "since" post back to it). */
  here: string;
  /** Funding programmes are matched by this key (AGS or Kreis key: the Land is its first two digits) and inhabitants. */
  fundingAgs: string;
  inhabitants: number;
  landName: string;
  /** The self-check result to take measures from (towns); null for a county's own plan. */
  resultHref: string | null;
  /** The supply check that feeds the timeline (towns); null for a county's own plan. */
  supplyHref: string | null;
}

export interface PlanPageData {
  organisation: OrganisationSummary;
  plan: ActionPlanRecord;
  canWrite: boolean;
  members: Member[];
  history: PlanHistoryEntry[];
  supply: SupplyResult | null;
  knowledge: KnowledgeSnapshot;
}

/**
 * The Maßnahmenplan for the organisation in use — progress, items by priority, timeline, changes, history — for a
 * town's plan and a county's own plan alike. The forms are uncontrolled (they work without JavaScript); each has a
 * `key` from the state it shows, because a same-page navigation after a post would otherwise keep the old field
 * values in the DOM.
 */
export async function PlanPageBody({
  header,
  page,
  query,
  scope,
}: {
  header: ReactNode;
  page: PlanPageData;
  query: Record<string, string | string[] | undefined>;
  scope: PlanPageScope;
}) {
  const t = await getTranslations("plan");
  const here = scope.here;
  const { organisation, plan, canWrite, members, history, supply, knowledge } = page;
  const orgQuery = `?org=${encodeURIComponent(organisation.id)}`;
  const today = new Date().toISOString().slice(0, 10);
  const currentYear = Number(today.slice(0, 4));
  const error = typeof query.fehler === "string" ? query.fehler : null;
  const filterParsed = PlanFilterSchema.safeParse({
    ...(firstParam(query.status) ? { status: firstParam(query.status) } : {}),
    ...(firstParam(query.owner) ? { owner: firstParam(query.owner) } : {}),
    ...(firstParam(query.since) ? { since: firstParam(query.since) } : {}),
  });
  const filter = filterParsed.success ? filterParsed.data : {};
  const progress = planProgress(plan.items, today);
  const overdue = new Set(progress.overdue);
  const owners = [...new Set(plan.items.map((i) => i.ownerLabel).filter((o): o is string => Boolean(o)))].sort((a, b) => a.localeCompare(b, "de"));
  const shown = plan.items.filter((i) => (!filter.status || i.status === filter.status) && (!filter.owner || i.ownerLabel === filter.owner));
  const training = knowledge.ruleParameters.find((p) => p.key === TRAINING_KEY);
  const trainingYears = supply?.parameters.gpTrainingYears.value ?? training?.value ?? 11;
  const timeline = planTimeline(plan.items, supply?.forecast ?? [], supply?.atRisk ?? [], currentYear, trainingYears);
  const defaultSince = (() => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 30);
    return d.toISOString().slice(0, 10);
  })();
  const since = filter.since ?? defaultSince;
  const changes = changesSince(plan.items, new Date(`${since}T00:00:00Z`));
  const landName = scope.landName;
  const fundingFor = (item: PlanItemRecord | null) => {
    const matching = matchFunding(knowledge.fundingProgrammes, { ags: scope.fundingAgs, inhabitants: scope.inhabitants, onDate: today, modelId: item?.modelId ?? null });
    const chosen = knowledge.fundingProgrammes.filter((p) => item?.fundingProgrammeIds.includes(p.id) && !matching.includes(p));
    return [...matching, ...chosen];
  };
  const fundingById = new Map(knowledge.fundingProgrammes.map((p) => [p.id, p]));
  const taken = new Set(plan.items.filter((i) => i.source === "catalogue" || i.source === "engine").map((i) => i.sourceRef));
  const catalogue = knowledge.measures.filter((m) => !taken.has(m.slug));
  const api = `/api/v1/organisations/${organisation.id}/plans/${scope.key}`;
  const hidden = (
    <>
      <input type="hidden" name="orgId" value={organisation.id} />
      <input type="hidden" name="ags" value={scope.key} />
    </>
  );

  return (
    <article className="space-y-kern-space-x-large">
      {header}
      <p className="kern-body" data-testid="plan-organisation">
        {t("orgNote", { organisation: organisation.name })}
      </p>
      {!canWrite ? <p className="kern-alert kern-alert--info p-kern-space-small">{t("readOnly")}</p> : null}
      {error ? (
        <p role="alert" className="kern-alert kern-alert--danger p-kern-space-default" data-testid="plan-error">
          {t("errorPrefix")} {error}
        </p>
      ) : null}

      <section aria-labelledby="progress-title" className="space-y-kern-space-small" data-testid="plan-progress">
        <h2 id="progress-title" className="kern-heading-medium">
          {t("progressTitle")}
        </h2>
        {progress.total === 0 ? (
          <p className="kern-body">{t("progressEmpty")}</p>
        ) : (
          <div className="kern-progress max-w-[36rem]">
            <label htmlFor="plan-fortschritt" className="kern-label">
              {t("progressLabel", { done: progress.done, total: progress.total })} ({t("progressShare", { share: `${formatNumber(Math.round(progress.shareDone * 100))} %` })})
            </label>
            <progress id="plan-fortschritt" max={progress.total} value={progress.done}>
              {progress.done}/{progress.total}
            </progress>
          </div>
        )}
        <p className={`kern-body${progress.overdue.length ? " font-semibold" : ""}`} data-testid="plan-overdue">
          {t("overdueCount", { count: progress.overdue.length })}
        </p>
        <p className="kern-body kern-body--small kern-body--muted">{t("progressNote")}</p>
      </section>

      <section aria-labelledby="downloads-title" className="space-y-kern-space-small no-print">
        <h2 id="downloads-title" className="kern-heading-medium">
          {t("downloadsTitle")}
        </h2>
        <p className="flex flex-wrap gap-kern-space-default">
          <a className="kern-btn kern-btn--secondary" href={`${api}/plan.csv`} download data-testid="plan-csv">
            <span className="kern-label">{t("downloadCsv")}</span>
          </a>
          <a className="kern-btn kern-btn--secondary" href={`${api}/plan.ics`} download data-testid="plan-ics">
            <span className="kern-label">{t("downloadIcs")}</span>
          </a>
        </p>
      </section>

      <section aria-labelledby="items-title" className="space-y-kern-space-default">
        <h2 id="items-title" className="kern-heading-medium">
          {t("itemsTitle")}
        </h2>
        {plan.items.length > 0 ? (
          <form key={`filter-${filter.status ?? ""}-${filter.owner ?? ""}`} method="get" action={here} className="flex flex-wrap items-end gap-kern-space-default no-print" aria-label={t("filterTitle")}>
            <input type="hidden" name="org" value={organisation.id} />
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="filter-status">
                {t("filterStatus")}
              </label>
              <div className="kern-form-input__select-wrapper">
                <select id="filter-status" name="status" className={`kern-form-input__select ${TOUCH}`} defaultValue={filter.status ?? ""}>
                  <option value="">{t("filterAll")}</option>
                  {PLAN_ITEM_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {PLAN_STATUS_DE[s]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="filter-owner">
                {t("filterOwner")}
              </label>
              <div className="kern-form-input__select-wrapper">
                <select id="filter-owner" name="owner" className={`kern-form-input__select ${TOUCH}`} defaultValue={filter.owner ?? ""}>
                  <option value="">{t("filterAll")}</option>
                  {owners.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button type="submit" className={`kern-btn kern-btn--secondary ${TOUCH}`}>
              <span className="kern-label">{t("filterApply")}</span>
            </button>
            {filter.status || filter.owner ? (
              <Link className="kern-link" href={`${here}${orgQuery}`}>
                {t("filterReset")}
              </Link>
            ) : null}
          </form>
        ) : null}
        {plan.items.length === 0 ? (
          <div className="space-y-kern-space-small">
            <p className="kern-body">{scope.resultHref ? t("itemsEmpty") : t("itemsEmptyCounty")}</p>
            {scope.resultHref ? (
              <p>
                <Link className="kern-link" href={`${scope.resultHref}${orgQuery}`}>
                  {t("toResult")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <>
            {filter.status || filter.owner ? <p className="kern-body" role="status">{t("filterShowing", { shown: shown.length, total: plan.items.length })}</p> : null}
            {shown.length === 0 ? <p className="kern-body">{t("itemsFilteredEmpty")}</p> : null}
            <ol className="list-none m-0 p-0 flex flex-col gap-kern-space-default" data-testid="plan-items">
              {shown.map((item) => {
                const late = overdue.has(item.id);
                const index = plan.items.indexOf(item);
                return (
                  <li key={item.id} id={`massnahme-${item.id}`} className={`kern-card${late ? " border-l-4 border-[#b3261e]" : ""}`} data-testid="plan-item" data-status={item.status}>
                    <div className="p-kern-space-default flex flex-col gap-kern-space-small w-full min-w-0">
                      <p className="kern-body kern-body--small kern-body--muted">{t("priority", { n: item.position })}</p>
                      <h3 className="kern-heading-small break-words">{item.title}</h3>
                      <p className="flex flex-wrap gap-kern-space-small">
                        <span className="kern-badge kern-badge--info">
                          {PLAN_STATUS_DE[item.status]} · {t("statusSince", { date: berlinDay.format(item.statusChangedAt) })}
                        </span>
                        {late ? <span className="kern-badge kern-badge--danger" data-testid="overdue-badge">{t("overdue")}</span> : null}
                      </p>
                      <dl className="grid gap-x-kern-space-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr] kern-body">
                        <dt className="font-semibold">{t("owner")}</dt>
                        <dd className="m-0" data-testid="item-owner">{item.ownerLabel ?? t("ownerNone")}</dd>
                        <dt className="font-semibold">{t("start")}</dt>
                        <dd className="m-0">{item.startDate ? formatDay(item.startDate) : t("none")}</dd>
                        <dt className="font-semibold">{t("due")}</dt>
                        <dd className="m-0" data-testid="item-due">{item.dueDate ? formatDay(item.dueDate) : t("none")}</dd>
                        {item.estimatedCostEuro !== null ? (
                          <>
                            <dt className="font-semibold">{t("cost")}</dt>
                            <dd className="m-0">{t("costValue", { amount: formatNumber(item.estimatedCostEuro) })}</dd>
                          </>
                        ) : null}
                        {item.addressesFactor || item.addressesGap ? (
                          <>
                            <dt className="font-semibold">{t("factor")}</dt>
                            <dd className="m-0">{[factorLabel(item.addressesFactor), item.addressesGap].filter(Boolean).join(" – ")}</dd>
                          </>
                        ) : null}
                        {item.modelId ? (
                          <>
                            <dt className="font-semibold">{t("model")}</dt>
                            <dd className="m-0">{modelLabel(item.modelId)}</dd>
                          </>
                        ) : null}
                        {item.fundingProgrammeIds.length > 0 ? (
                          <>
                            <dt className="font-semibold">{t("funding")}</dt>
                            <dd className="m-0">
                              <ul className="list-disc pl-kern-space-large m-0">
                                {item.fundingProgrammeIds.map((id) => {
                                  const p = fundingById.get(id);
                                  return <li key={id}>{p ? <>{p.name} (<FundingValidityText programme={p} today={today} />)</> : id}</li>;
                                })}
                              </ul>
                            </dd>
                          </>
                        ) : null}
                        <dt className="font-semibold">{t("source")}</dt>
                        <dd className="m-0">
                          {item.sourceRef && (item.source === "catalogue" || item.source === "engine") ? (
                            <Link className="kern-link" href={`/wissen/massnahmen/${item.sourceRef}`}>
                              {PLAN_SOURCE_DE[item.source]}
                            </Link>
                          ) : (
                            PLAN_SOURCE_DE[item.source]
                          )}
                        </dd>
                        {item.citations?.length ? (
                          <>
                            <dt className="font-semibold">{t("citation")}</dt>
                            <dd className="m-0 kern-body--small break-words">
                              {item.citations.map((c: Citation, i) => (
                                <p key={i} className="m-0">
                                  <CitationText citation={c} />
                                </p>
                              ))}
                            </dd>
                          </>
                        ) : null}
                        {item.notes ? (
                          <>
                            <dt className="font-semibold">{t("notes")}</dt>
                            <dd className="m-0 whitespace-pre-line break-words">{item.notes}</dd>
                          </>
                        ) : null}
                        <dt className="font-semibold">{t("statusHistory")}</dt>
                        <dd className="m-0 kern-body--small">{item.history.map((h) => `${PLAN_STATUS_DE[h.status]} (${berlinDay.format(h.changedAt)})`).join(" → ")}</dd>
                      </dl>
                      {canWrite ? (
                        <div className="flex flex-wrap gap-kern-space-small no-print">
                          {index > 0 ? (
                            <form action={moveItemAction}>
                              {hidden}
                              <input type="hidden" name="itemId" value={item.id} />
                              <input type="hidden" name="planVersion" value={plan.version} />
                              <input type="hidden" name="direction" value="up" />
                              <button type="submit" className={`kern-btn kern-btn--tertiary ${TOUCH}`} aria-label={t("moveUpLabel", { title: item.title })}>
                                <span className="kern-label">{t("moveUp")}</span>
                              </button>
                            </form>
                          ) : null}
                          {index < plan.items.length - 1 ? (
                            <form action={moveItemAction}>
                              {hidden}
                              <input type="hidden" name="itemId" value={item.id} />
                              <input type="hidden" name="planVersion" value={plan.version} />
                              <input type="hidden" name="direction" value="down" />
                              <button type="submit" className={`kern-btn kern-btn--tertiary ${TOUCH}`} aria-label={t("moveDownLabel", { title: item.title })}>
                                <span className="kern-label">{t("moveDown")}</span>
                              </button>
                            </form>
                          ) : null}
                          <form action={deleteItemAction}>
                            {hidden}
                            <input type="hidden" name="itemId" value={item.id} />
                            <button type="submit" className={`kern-btn kern-btn--tertiary ${TOUCH}`} aria-label={t("deleteLabel", { title: item.title })}>
                              <span className="kern-label">{t("delete")}</span>
                            </button>
                          </form>
                        </div>
                      ) : null}
                      {canWrite ? (
                        <details key={`edit-${item.version}`} className="no-print">
                          <summary className={`kern-link cursor-pointer ${TOUCH} flex items-center`}>{t("editSummary", { title: item.title })}</summary>
                          <form action={updateItemAction} className="space-y-kern-space-default pt-kern-space-default" data-testid="item-form">
                            {hidden}
                            <input type="hidden" name="itemId" value={item.id} />
                            <input type="hidden" name="version" value={item.version} />
                            <PlanItemFields prefix={`edit-${item.id}`} item={item} members={members} funding={fundingFor(item)} landName={landName} today={today} withStatus />
                            <button type="submit" className={`kern-btn kern-btn--primary ${TOUCH}`}>
                              <span className="kern-label">{t("save")}</span>
                            </button>
                          </form>
                        </details>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>

      {canWrite ? (
        <section aria-labelledby="add-section-title" className="space-y-kern-space-default no-print">
          <h2 id="add-section-title" className="kern-heading-medium">
            {t("addTitle")}
          </h2>
          <div className="kern-card">
            <form key={`add-catalogue-${plan.version}`} action={addItemAction} className="p-kern-space-default flex flex-col gap-kern-space-default w-full">
              <h3 className="kern-heading-small">{t("addCatalogueTitle")}</h3>
              {hidden}
              <input type="hidden" name="planVersion" value={plan.version} />
              <input type="hidden" name="source" value="catalogue" />
              {catalogue.length === 0 ? (
                <p className="kern-body">{t("addCatalogueAll")}</p>
              ) : (
                <>
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor="add-catalogue">
                      {t("addCatalogueLabel")}
                    </label>
                    <div className="kern-form-input__select-wrapper">
                      <select id="add-catalogue" name="sourceRef" className={`kern-form-input__select ${TOUCH} w-full max-w-full`}>
                        {catalogue.map((m) => (
                          <option key={m.slug} value={m.slug}>
                            {m.title}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <button type="submit" className={`kern-btn kern-btn--secondary ${TOUCH} self-start`}>
                    <span className="kern-label">{t("addCatalogueSubmit")}</span>
                  </button>
                </>
              )}
            </form>
          </div>
          <div className="kern-card">
            <form key={`add-own-${plan.version}`} action={addItemAction} className="p-kern-space-default flex flex-col gap-kern-space-default w-full" data-testid="add-own">
              <h3 className="kern-heading-small">{t("addOwnTitle")}</h3>
              {hidden}
              <input type="hidden" name="planVersion" value={plan.version} />
              <input type="hidden" name="source" value="own" />
              <PlanItemFields prefix="add" item={null} members={members} funding={fundingFor(null)} landName={landName} today={today} withStatus={false} />
              <button type="submit" className={`kern-btn kern-btn--primary ${TOUCH} self-start`}>
                <span className="kern-label">{t("addOwnSubmit")}</span>
              </button>
            </form>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="timeline-title" className="space-y-kern-space-default" data-testid="plan-timeline">
        <h2 id="timeline-title" className="kern-heading-medium">
          {t("timelineTitle")}
        </h2>
        <p className="kern-body max-w-[48rem]">{t("timelineIntro")}</p>
        {!supply && scope.supplyHref ? (
          <p className="kern-body">
            {t("timelineNoSupply")}{" "}
            <Link className="kern-link" href={`${scope.supplyHref}${orgQuery}`}>
              {t("timelineSupplyLink")}
            </Link>
          </p>
        ) : null}
        <PlanTimeline timeline={timeline} currentYear={currentYear} />
        {training?.citation ? (
          <p className="kern-body kern-body--small">
            {t("timelineTrainingSource")}{" "}
            <CitationText citation={training.citation} />
          </p>
        ) : null}
      </section>

      <section aria-labelledby="changes-title" className="space-y-kern-space-default" data-testid="plan-changes">
        <h2 id="changes-title" className="kern-heading-medium">
          {t("changesTitle")}
        </h2>
        <form key={`since-${since}`} method="get" action={here} className="flex flex-wrap items-end gap-kern-space-default no-print">
          <input type="hidden" name="org" value={organisation.id} />
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="changes-since">
              {t("changesLabel")}
            </label>
            <input id="changes-since" name="since" type="date" className={`kern-form-input__input ${TOUCH}`} defaultValue={since} />
          </div>
          <button type="submit" className={`kern-btn kern-btn--secondary ${TOUCH}`}>
            <span className="kern-label">{t("changesShow")}</span>
          </button>
        </form>
        {changes.length === 0 ? (
          <p className="kern-body">{t("changesNone", { date: formatDay(since) })}</p>
        ) : (
          <>
            <p className="kern-body">{t("changesIntro", { date: formatDay(since) })}</p>
            <ul className="list-disc pl-kern-space-large kern-body">
              {changes.map((c, i) => (
                <li key={`${c.itemId}-${c.kind}-${i}`}>
                  {berlinDay.format(c.at)}: „{c.title}“ –{" "}
                  {c.kind === "neu" ? t("changeNew") : c.kind === "status" ? t("changeStatus", { status: PLAN_STATUS_DE[c.status as keyof typeof PLAN_STATUS_DE] ?? c.status ?? "" }) : t("changeEdited")}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="history-title" className="space-y-kern-space-default" data-testid="plan-history">
        <h2 id="history-title" className="kern-heading-medium">
          {t("historyTitle")}
        </h2>
        {history.length === 0 ? (
          <p className="kern-body">{t("historyEmpty")}</p>
        ) : (
          <ul className="list-none m-0 p-0 flex flex-col gap-kern-space-x-small kern-body">
            {history.map((h, i) => (
              <li key={i} className="break-words">
                <span className="kern-body--muted">{dateTime.format(h.at)}</span> · {h.summary_de}
                {h.actorName ? ` (${t("historyBy", { name: h.actorName })})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
