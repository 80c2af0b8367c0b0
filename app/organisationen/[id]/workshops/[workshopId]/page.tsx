import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveCounts } from "@/components/workshop/LiveCounts";
import { can } from "@/lib/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/auth/page";
import { getWorkshop, workshopCounts, workshopForPresenter } from "@/lib/db/tenant/workshops";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/format/number";
import { MODERATOR_TEMPLATES } from "@/lib/workshop/templates";
import { addBlockAction, blockActionAction, rotatePresenterAction } from "../actions";

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
  const loaded = await loadForPage(path, async () => ({ workshop: await getWorkshop(ctx, id, workshopId), counts: await workshopCounts(ctx, id, workshopId) }));
  if (loaded === "forbidden") {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("modListTitle")}</h1>
        <p className="kern-body">{t("modNoPermission")}</p>
      </div>
    );
  }
  const { workshop, counts } = loaded;
  const mayRun = can(ctx.caller, "workshop", "update", id);
  const error = typeof query.fehler === "string" ? query.fehler : null;
  const token = typeof query.praesentation === "string" ? query.praesentation : "";
  const presenterValid = token ? (await workshopForPresenter(ctx.prisma, workshopId, token)) !== null : false;
  const h = await headers();
  const origin = env.APP_URL ?? `http://${h.get("host") ?? "localhost"}`;
  const joinUrl = `${origin.replace(/\/$/, "")}/w`;
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" });
  // The block participants see now (as in lib/db/workshop-participation.ts workshopSnapshot).
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
                  </div>
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
          <a className="kern-link" href={`/api/v1/organisations/${id}/workshops/${workshopId}/results.csv`} data-testid="results-csv">
            {t("ctrlCsv")}
          </a>
        </p>
      </section>
    </div>
  );
}
