import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveCounts } from "@/components/workshop/LiveCounts";
import { can } from "@/lib/server/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { getWorkshop, ideasForModeration, workshopCounts, workshopForPresenter } from "@/lib/server/db/tenant/workshops";
import { acceptsPaperCounts, paperKeys } from "@/lib/domain/workshop/paper";
import { PaperCountsSchema } from "@/lib/domain/schemas/workshop";
import { env } from "@/lib/server/config/env";
import { formatNumber } from "@/lib/domain/format/number";
import { MODERATOR_TEMPLATES } from "@/lib/domain/workshop/templates";
import { addBlockAction, blockActionAction, moderateIdeaAction, moveBlockAction, paperCountsAction, rotatePresenterAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Workshop-Steuerung" };

type Props = { params: Promise<{ id: string; workshopId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Which buttons a block offers in its state (reset always, once it has been opened). */
const ACTIONS = {
  DRAFT: ["open"],
  OPEN: ["close", "reset"],
  CLOSED: ["reveal", "open", "reset"],
  REVEALED: ["open", "reset"],
} as const;
const ACTION_LABEL = { open: "ctrlOpen", close: "ctrlClose", reveal: "ctrlReveal", reset: "ctrlReset" } as const;

export default async function WorkshopControlPage({ params, searchParams }: Props) {
  const { id, workshopId } = await params;
  const query = await searchParams;
  const path = `/organisationen/${id}/workshops/${workshopId}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("workshop");
  const loaded = await loadForPage(path, async () => ({
    workshop: await getWorkshop(ctx, id, workshopId),
    counts: await workshopCounts(ctx, id, workshopId),
    ideas: await ideasForModeration(ctx, id, workshopId),
    paper: await ctx.prisma.workshopBlock.findMany({ where: { workshopId }, select: { id: true, paperCounts: true } }),
  }));
  if (loaded === "forbidden") {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("modListTitle")}</h1>
        <p className="kern-body">{t("modNoPermission")}</p>
      </div>
    );
  }
  const { workshop, counts, ideas } = loaded;
  const paperOf = new Map(loaded.paper.map((p) => [p.id, PaperCountsSchema.safeParse(p.paperCounts).data ?? {}]));
  const ideaBlocks = workshop.blocks.filter((b) => b.config.type === "ideas");
  const mayRun = can(ctx.caller, "workshop", "update", id);
  const error = typeof query.fehler === "string" ? query.fehler : null;
  const token = typeof query.praesentation === "string" ? query.praesentation : "";
  const presenterValid = token ? (await workshopForPresenter(ctx.prisma, workshopId, token)) !== null : false;
  const h = await headers();
  const origin = env.APP_URL ?? `http://${h.get("host") ?? "localhost"}`;
  const joinUrl = `${origin.replace(/\/$/, "")}/w`;
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" });
  // The block participants see now (as in lib/server/db/workshop-participation.ts workshopSnapshot).
  const current = workshop.blocks.find((b) => b.status === "OPEN") ?? [...workshop.blocks].reverse().find((b) => b.status === "REVEALED" || b.status === "CLOSED") ?? null;
  const hidden = (
    <>
      <input type="hidden" name="orgId" value={id} />
      <input type="hidden" name="workshopId" value={workshopId} />
      {presenterValid ? <input type="hidden" name="praesentation" value={token} /> : null}
    </>
  );

  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="ctrl-title" className="space-y-kern-space-small">
        <p className="kern-body">
          <Link className="kern-link" href={`/organisationen/${id}/workshops`}>
            {t("modBackList")}
          </Link>
        </p>
        <h1 id="ctrl-title" className="kern-heading-large">
          {workshop.title}
        </h1>
        <p className="kern-body">
          {day.format(new Date(`${workshop.date}T00:00:00Z`))} · {t(`status${workshop.status}`)}
        </p>
        {error ? (
          <div role="alert" className="kern-alert kern-alert--danger" data-testid="ws-error">
            <div className="kern-alert__body">
              <p className="kern-body">
                {t("errorPrefix")} {error}
              </p>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ctrl-code" className="space-y-kern-space-small">
        <h2 id="ctrl-code" className="kern-heading-medium">
          {t("ctrlCodeLabel")}
        </h2>
        <p className="font-mono font-bold tracking-[0.2em] text-6xl" data-testid="join-code">
          {workshop.code}
        </p>
        <p className="kern-body">{t("ctrlJoinHint", { url: joinUrl })}</p>
        <LiveCounts code={workshop.code} participants={counts.participants} current={current ? { prompt: current.config.prompt, answered: counts.answered[current.id] ?? 0 } : null} />
      </section>

      <section aria-labelledby="ctrl-presenter" className="space-y-kern-space-small">
        <h2 id="ctrl-presenter" className="kern-heading-medium">
          {t("ctrlPresenterTitle")}
        </h2>
        {presenterValid ? (
          <>
            <p className="kern-body">
              <a className="kern-link" href={`/praesentation/${workshopId}?token=${encodeURIComponent(token)}`} target="_blank" rel="noopener" data-testid="presenter-link">
                {t("ctrlPresenterLink")}
              </a>
            </p>
            <p className="kern-body kern-body--small">{t("ctrlPresenterHint")}</p>
          </>
        ) : null}
        {mayRun ? (
          <form action={rotatePresenterAction}>
            {hidden}
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t("ctrlPresenterNew")}</span>
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="ctrl-agenda" className="space-y-kern-space-default">
        <h2 id="ctrl-agenda" className="kern-heading-medium">
          {t("ctrlAgendaTitle")}
        </h2>
        {workshop.blocks.length === 0 ? <p className="kern-body">{t("ctrlNoBlocks")}</p> : null}
        <ol className="space-y-kern-space-default list-none m-0 p-0">
          {workshop.blocks.map((block) => (
            <li key={block.id} id={`block-${block.id}`} className="kern-card" data-testid="block">
              <div className="p-kern-space-default flex flex-col gap-kern-space-small w-full">
                <h3 className="kern-heading-small">
                  {block.position}. {block.config.prompt}
                </h3>
                <p className="kern-body" data-testid="block-status">
                  {t(`blockStatus${block.status}`)} · {t("ctrlAnswered", { count: counts.answered[block.id] ?? 0, value: formatNumber(counts.answered[block.id] ?? 0) })}
                </p>
                {mayRun ? (
                  <div className="flex flex-wrap gap-kern-space-small">
                    {ACTIONS[block.status].map((action) => (
                      <form key={action} action={blockActionAction}>
                        {hidden}
                        <input type="hidden" name="blockId" value={block.id} />
                        <input type="hidden" name="action" value={action} />
                        <button type="submit" className={`kern-btn ${action === "reset" ? "kern-btn--tertiary" : "kern-btn--primary"}`} aria-label={`${t(ACTION_LABEL[action])}: ${block.position}. ${block.config.prompt}`}>
                          <span className="kern-label">{t(ACTION_LABEL[action])}</span>
                        </button>
                      </form>
                    ))}
                    {(["up", "down"] as const).map((direction) =>
                      (direction === "up" ? block.position > 1 : block.position < workshop.blocks.length) ? (
                        <form key={direction} action={moveBlockAction}>
                          {hidden}
                          <input type="hidden" name="blockId" value={block.id} />
                          <input type="hidden" name="direction" value={direction} />
                          <button type="submit" className="kern-btn kern-btn--secondary" aria-label={`${t(direction === "up" ? "ctrlMoveUp" : "ctrlMoveDown")}: ${block.position}. ${block.config.prompt}`}>
                            <span className="kern-label">{t(direction === "up" ? "ctrlMoveUp" : "ctrlMoveDown")}</span>
                          </button>
                        </form>
                      ) : null,
                    )}
                  </div>
                ) : null}
                {block.config.type === "dotVote" ? <p className="kern-body kern-body--small">{t("dotsRule", { dots: block.config.dots, stacking: String(block.config.stacking) })}</p> : null}
                {mayRun && block.config.type === "ideas" ? (
                  <IdeaModeration ideas={ideas.filter((i) => i.blockId === block.id)} hidden={hidden} blockLabel={`${block.position}.`} t={t} />
                ) : null}
                {mayRun && acceptsPaperCounts(block.config) ? (
                  <details className="kern-body" data-testid="paper-counts">
                    <summary className="min-h-11 cursor-pointer py-2">{t("paperTitle")}</summary>
                    <form action={paperCountsAction} className="space-y-kern-space-small pt-kern-space-small">
                      {hidden}
                      <input type="hidden" name="blockId" value={block.id} />
                      <p className="kern-body kern-body--small">{t(block.config.type === "dotVote" ? "paperHintDots" : "paperHint")}</p>
                      <div className="grid gap-kern-space-small sm:grid-cols-2">
                        {paperKeys(block.config).map((k) => (
                          <div key={k.key} className="kern-form-input">
                            <label className="kern-label" htmlFor={`paper-${block.id}-${k.key}`}>
                              {k.label}
                            </label>
                            <input
                              id={`paper-${block.id}-${k.key}`}
                              name={`n:${k.key}`}
                              type="number"
                              inputMode="numeric"
                              min={0}
                              max={10000}
                              className="kern-form-input__input"
                              defaultValue={paperOf.get(block.id)?.[k.key] ?? 0}
                            />
                          </div>
                        ))}
                      </div>
                      <button type="submit" className="kern-btn kern-btn--secondary">
                        <span className="kern-label">{t("paperSave")}</span>
                      </button>
                    </form>
                  </details>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>

      {mayRun ? (
        <section aria-labelledby="ctrl-add" className="space-y-kern-space-default max-w-[40rem]">
          <h2 id="ctrl-add" className="kern-heading-medium">
            {t("ctrlAddTitle")}
          </h2>
          <form action={addBlockAction} className="space-y-kern-space-default">
            {hidden}
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="ctrl-template">
                {t("ctrlTemplateLabel")}
              </label>
              <div className="kern-form-input__select-wrapper">
                <select id="ctrl-template" name="template" className="kern-form-input__select" defaultValue="ratings">
                  {MODERATOR_TEMPLATES.map((key) => (
                    <option key={key} value={key}>
                      {t(`template${key}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="ctrl-statement">
                {t("ctrlStatementLabel")}
              </label>
              <input id="ctrl-statement" name="statement" className="kern-form-input__input" maxLength={300} defaultValue={t("ctrlStatementDefault")} />
            </div>
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t("ctrlDotsLegend")}</legend>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="ctrl-ideas-block">
                  {t("ctrlIdeasBlock")}
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select id="ctrl-ideas-block" name="ideasBlockId" className="kern-form-input__select" defaultValue={ideaBlocks.at(-1)?.id ?? ""}>
                    <option value="">{t("ctrlIdeasNone")}</option>
                    {ideaBlocks.map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.position}. {b.config.prompt}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="ctrl-dots">
                  {t("ctrlDots")}
                </label>
                <input id="ctrl-dots" name="dots" type="number" inputMode="numeric" min={1} max={20} defaultValue={3} className="kern-form-input__input" />
              </div>
              <div className="kern-form-check">
                <input id="ctrl-stacking" name="stacking" type="checkbox" className="kern-form-check__checkbox" />
                <label className="kern-label" htmlFor="ctrl-stacking">
                  {t("ctrlStacking")}
                </label>
              </div>
            </fieldset>
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t("ctrlCustomLegend")}</legend>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="ctrl-prompt">
                  {t("ctrlPrompt")}
                </label>
                <input id="ctrl-prompt" name="prompt" className="kern-form-input__input" maxLength={300} />
              </div>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="ctrl-options">
                  {t("ctrlOptions")}
                </label>
                <textarea id="ctrl-options" name="options" rows={4} className="kern-form-input__input" />
              </div>
              <div className="grid gap-kern-space-small sm:grid-cols-2">
                {(["min", "max", "minLabel", "maxLabel"] as const).map((name) => (
                  <div key={name} className="kern-form-input">
                    <label className="kern-label" htmlFor={`ctrl-${name}`}>
                      {t(`ctrlScale_${name}`)}
                    </label>
                    <input
                      id={`ctrl-${name}`}
                      name={name}
                      className="kern-form-input__input"
                      {...(name === "min" || name === "max" ? { type: "number", inputMode: "numeric" as const, min: 0, max: 10, defaultValue: name === "min" ? 1 : 5 } : { maxLength: 60 })}
                    />
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("ctrlAdd")}</span>
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="ctrl-results" className="space-y-kern-space-small">
        <h2 id="ctrl-results" className="kern-heading-medium">
          {t("results")}
        </h2>
        <p className="kern-body">
          <Link className="kern-link" href={`/organisationen/${id}/workshops/${workshopId}/ergebnisse`} data-testid="results-page-link">
            {t("ctrlResultsPage")}
          </Link>
        </p>
        <p className="kern-body">
          <a className="kern-link" href={`/api/v1/organisations/${id}/workshops/${workshopId}/results.csv`} data-testid="results-csv">
            {t("ctrlCsv")}
          </a>
        </p>
      </section>
    </div>
  );
}

type T = (key: string, values?: Record<string, string | number>) => string;
type IdeaRow = { id: string; text: string; hidden: boolean; mergedIntoId: string | null; cluster: string | null };

/** The idea wall's moderation: hide/show, merge a duplicate into another idea, put it under a cluster heading. */
function IdeaModeration({ ideas, hidden, blockLabel, t }: { ideas: IdeaRow[]; hidden: React.ReactNode; blockLabel: string; t: T }) {
  if (ideas.length === 0) return <p className="kern-body kern-body--small">{t("ideasNone")}</p>;
  const textOf = new Map(ideas.map((i) => [i.id, i.text]));
  const targets = ideas.filter((i) => !i.hidden && !i.mergedIntoId);
  return (
    <details className="kern-body" open data-testid="idea-moderation">
      <summary className="min-h-11 cursor-pointer py-2">{t("ideasModerate", { count: ideas.length })}</summary>
      <ul className="list-none m-0 p-0 space-y-kern-space-default">
        {ideas.map((idea, n) => {
          const name = `${blockLabel} ${t("ideaN", { n: n + 1 })}`;
          const state = idea.mergedIntoId ? t("ideaMergedInto", { text: (textOf.get(idea.mergedIntoId) ?? "").slice(0, 60) }) : idea.hidden ? t("ideaHidden") : t("ideaVisible");
          return (
            <li key={idea.id} className="border-l-4 border-kern-layout-border pl-kern-space-small space-y-kern-space-x-small" data-testid="idea-item">
              <p className="kern-body break-words">
                <strong>{idea.text}</strong>
              </p>
              <p className="kern-body kern-body--small" data-testid="idea-state">
                {state}
                {idea.cluster ? ` · ${t("ideaCluster", { cluster: idea.cluster })}` : ""}
              </p>
              <div className="flex flex-wrap gap-kern-space-small items-end">
                <form action={moderateIdeaAction}>
                  {hidden}
                  <input type="hidden" name="ideaId" value={idea.id} />
                  <input type="hidden" name="op" value={idea.hidden ? "show" : "hide"} />
                  <button type="submit" className="kern-btn kern-btn--secondary" aria-label={`${t(idea.hidden ? "ideaShow" : "ideaHide")}: ${name}`}>
                    <span className="kern-label">{t(idea.hidden ? "ideaShow" : "ideaHide")}</span>
                  </button>
                </form>
                {idea.mergedIntoId ? (
                  <form action={moderateIdeaAction}>
                    {hidden}
                    <input type="hidden" name="ideaId" value={idea.id} />
                    <input type="hidden" name="op" value="unmerge" />
                    <button type="submit" className="kern-btn kern-btn--secondary" aria-label={`${t("ideaUnmerge")}: ${name}`}>
                      <span className="kern-label">{t("ideaUnmerge")}</span>
                    </button>
                  </form>
                ) : targets.some((x) => x.id !== idea.id) ? (
                  <form action={moderateIdeaAction} className="flex flex-wrap gap-kern-space-x-small items-end">
                    {hidden}
                    <input type="hidden" name="ideaId" value={idea.id} />
                    <input type="hidden" name="op" value="merge" />
                    <div className="kern-form-input">
                      <label className="kern-label" htmlFor={`merge-${idea.id}`}>
                        {t("ideaMergeLabel", { name })}
                      </label>
                      <div className="kern-form-input__select-wrapper">
                        <select id={`merge-${idea.id}`} name="into" className="kern-form-input__select">
                          {targets
                            .filter((x) => x.id !== idea.id)
                            .map((x) => (
                              <option key={x.id} value={x.id}>
                                {x.text.slice(0, 60)}
                              </option>
                            ))}
                        </select>
                      </div>
                    </div>
                    <button type="submit" className="kern-btn kern-btn--secondary" aria-label={`${t("ideaMerge")}: ${name}`}>
                      <span className="kern-label">{t("ideaMerge")}</span>
                    </button>
                  </form>
                ) : null}
                <form action={moderateIdeaAction} className="flex flex-wrap gap-kern-space-x-small items-end">
                  {hidden}
                  <input type="hidden" name="ideaId" value={idea.id} />
                  <input type="hidden" name="op" value="cluster" />
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={`cluster-${idea.id}`}>
                      {t("ideaClusterLabel", { name })}
                    </label>
                    <input id={`cluster-${idea.id}`} name="cluster" maxLength={80} className="kern-form-input__input" defaultValue={idea.cluster ?? ""} />
                  </div>
                  <button type="submit" className="kern-btn kern-btn--secondary" aria-label={`${t("ideaClusterSave")}: ${name}`}>
                    <span className="kern-label">{t("ideaClusterSave")}</span>
                  </button>
                </form>
              </div>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
