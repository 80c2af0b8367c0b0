import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BlockResultView } from "@/components/workshop/BlockResultView";
import { RatingsRadar } from "@/components/workshop/RatingsRadar";
import { RoleGroups } from "@/components/workshop/RoleGroups";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { rankedMeasures, townReadiness } from "@/lib/server/db/tenant/workshop-outcomes";
import { can } from "@/lib/server/auth/guard";
import { rankedMeasureKey } from "@/lib/server/db/tenant/workshop-to-plan";
import { takeMeasuresIntoPlanAction } from "../../actions";
import { moderationLog, workshopResults } from "@/lib/server/db/tenant/workshops";
import { formatNumber } from "@/lib/domain/format/number";
import type { ModerationDetail } from "@/lib/domain/workshop/moderation-detail";
import { blockRule } from "@/lib/server/use-cases/workshop-results-csv";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Workshop-Ergebnisse" };

type Props = { params: Promise<{ id: string; workshopId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const LOG_ACTIONS = ["block.add", "block.open", "block.close", "block.reveal", "block.reset", "block.move", "idea.moderate", "paper.counts", "retention.aggregate"] as const;

/**
 * The results page of a workshop (issue 14): every block overall and by role group (groups under 5 are not broken
 * out), the rules used, the collective radar beside the engine's profile, the numbers the CSV export has, and the
 * moderation log. Every member of the organisation may read it.
 */
export default async function WorkshopResultsPage({ params, searchParams }: Props) {
  const { id, workshopId } = await params;
  const path = `/organisationen/${id}/workshops/${workshopId}/ergebnisse`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("workshop");
  const loaded = await loadForPage(path, async () => {
    const results = await workshopResults(ctx, id, workshopId);
    return {
      ...results,
      log: await moderationLog(ctx, id, workshopId),
      readiness: await townReadiness(ctx, id, results.workshop.ags),
      ranked: can(ctx.caller, "plan", "create", id) ? await rankedMeasures(ctx, id, workshopId) : [],
    };
  });
  if (loaded === "forbidden") {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("resTitle")}</h1>
        <p className="kern-body">{t("modNoPermission")}</p>
      </div>
    );
  }
  const { workshop, participants, blocks, log, readiness, ranked } = loaded;
  const mayAdopt = can(ctx.caller, "assessment", "update", id);
  const query = await searchParams;
  const error = typeof query.fehler === "string" ? query.fehler : null;
  const profile = new Map(readiness?.map((r) => [r.category as string, r.score]) ?? []);
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Berlin" });
  const position = new Map(blocks.map((b) => [b.id, b.position]));
  const logText = (action: string, d: ModerationDetail) => {
    const block = d.blockId && position.has(d.blockId) ? ` ${t("logBlock", { n: position.get(d.blockId)! })}` : "";
    // A block restored from a town package keeps its aggregate the way retention does (marked `restored`).
    const restored = action === "retention.aggregate" && d.restored === true;
    const known = restored ? t("log_restored") : (LOG_ACTIONS as readonly string[]).includes(action) ? t(`log_${action.replace(".", "_")}`) : action;
    const extra = action === "idea.moderate" ? (d.hidden === true ? t("logHidden") : d.hidden === false ? t("logShown") : d.mergedIntoId ? t("logMerged") : d.mergedIntoId === null ? t("logUnmerged") : d.cluster !== undefined ? t("logCluster", { cluster: d.cluster ?? "–" }) : "") : "";
    return `${known}${block}${extra ? ` (${extra})` : ""}`;
  };

  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="res-title" className="space-y-kern-space-small">
        <p className="kern-body">
          <Link className="kern-link" href={`/organisationen/${id}/workshops/${workshopId}`}>
            {t("resBack")}
          </Link>
        </p>
        <h1 id="res-title" className="kern-heading-large">
          {t("resTitle")}: {workshop.title}
        </h1>
        <p className="kern-body" data-testid="res-meta">
          {day.format(new Date(`${workshop.date}T00:00:00Z`))} · {t("resParticipants", { count: formatNumber(participants) })}
        </p>
        <p className="kern-body kern-body--small">{t("resGroupRule")}</p>
        <p className="kern-body">
          <a className="kern-link" href={`/api/v1/organisations/${id}/workshops/${workshopId}/results.csv`} data-testid="res-csv">
            {t("ctrlCsv")}
          </a>
        </p>
        <p className="kern-body">
          <a className="kern-link" href={`/api/v1/organisations/${id}/workshops/${workshopId}/results.pdf`} data-testid="res-pdf">
            {t("resPdf")}
          </a>
        </p>
      </section>

      {blocks.length === 0 ? <p className="kern-body">{t("ctrlNoBlocks")}</p> : null}
      {blocks.map((b) => {
        const rule = blockRule(b.config);
        return (
          <section key={b.id} aria-labelledby={`res-${b.id}`} className="space-y-kern-space-default" data-testid="res-block">
            <h2 id={`res-${b.id}`} className="kern-heading-medium">
              {b.position}. {b.config.prompt}
            </h2>
            <p className="kern-body" data-testid="res-block-meta">
              {t(`blockStatus${b.status}`)} · {t("ctrlAnswered", { count: b.n, value: formatNumber(b.n) })}
              {b.paper > 0 ? ` · ${t("resPaper", { count: formatNumber(b.paper) })}` : ""}
              {b.openedAt ? ` · ${t("resOpened", { at: time.format(b.openedAt) })}` : ""}
              {b.closedAt ? ` · ${t("resClosed", { at: time.format(b.closedAt) })}` : ""}
            </p>
            {rule ? <p className="kern-body kern-body--small">{t("resRule", { rule })}</p> : null}
            {b.n + b.paper === 0 && b.overall.type !== "ideas" ? (
              <p className="kern-body">{t("presNoResults")}</p>
            ) : (
              <>
                <h3 className="kern-heading-small">{t("resOverall", { count: b.n + b.paper })}</h3>
                <BlockResultView config={b.config} results={b.overall} variant="page" />
                {b.overall.type === "ratings" && b.config.type === "ratings" ? (
                  <div className="space-y-kern-space-small">
                    <h3 className="kern-heading-small">{t("radarTitle")}</h3>
                    <RatingsRadar
                      variant="page"
                      rows={b.config.categories.map((c) => ({ key: c.key, label: c.label, mean: b.overall.type === "ratings" ? (b.overall.result.categories[c.key]?.mean ?? null) : null, engine: profile.get(c.key) ?? null }))}
                    />
                    {!readiness ? <p className="kern-body kern-body--small">{t("radarNoAssessment")}</p> : null}
                    {readiness && mayAdopt && (b.status === "CLOSED" || b.status === "REVEALED") ? (
                      <p className="kern-body">
                        <Link className="kern-link" href={`${path}/bewertungen/${b.id}`} data-testid="res-adopt">
                          {t("adoptLink")}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                ) : null}
                {b.byRole.length > 0 ? (
                  <div className="space-y-kern-space-small">
                    <h3 className="kern-heading-small">{t("resByRole")}</h3>
                    <RoleGroups config={b.config} groups={b.byRole} variant="page" headingLevel={4} />
                  </div>
                ) : b.overall.type !== "ideas" && b.n > 0 ? (
                  <p className="kern-body kern-body--small" data-testid="res-groups-suppressed">
                    {t("resGroupsSuppressed")}
                  </p>
                ) : null}
              </>
            )}
          </section>
        );
      })}

      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{error}</p>
          </div>
        </div>
      ) : null}

      {ranked.length > 0 ? (
        <section aria-labelledby="res-plan" className="space-y-kern-space-default" data-testid="res-to-plan">
          <h2 id="res-plan" className="kern-heading-medium">
            {t("toPlanTitle")}
          </h2>
          <p className="kern-body">{t("toPlanIntro")}</p>
          <form action={takeMeasuresIntoPlanAction} className="space-y-kern-space-default">
            <input type="hidden" name="orgId" value={id} />
            <input type="hidden" name="workshopId" value={workshopId} />
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t("toPlanLegend")}</legend>
              <div className="kern-fieldset__body">
                {ranked.map((m, i) => {
                  const key = rankedMeasureKey(m);
                  return (
                    <div key={key} className="kern-form-check">
                      <input className="kern-form-check__checkbox" type="checkbox" id={`to-plan-${i}`} name="measure" value={key} defaultChecked={i < 5} />
                      <label className="kern-label" htmlFor={`to-plan-${i}`}>
                        {m.title} ({t("toPlanVotes", { count: m.votes, value: formatNumber(m.votes) })}
                        {m.source === "idea" ? `, ${t("toPlanIdea")}` : ""})
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("toPlanSubmit")}</span>
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="res-log" className="space-y-kern-space-default">
        <h2 id="res-log" className="kern-heading-medium">
          {t("logTitle")}
        </h2>
        {log.length === 0 ? (
          <p className="kern-body">{t("logNone")}</p>
        ) : (
          <div className="max-w-full overflow-x-auto">
            <table className="kern-table" data-testid="moderation-log">
              <caption className="kern-title sr-only">{t("logTitle")}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t("logWhen")}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t("logWho")}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t("logWhat")}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {log.map((entry) => (
                  <tr key={entry.id} className="kern-table__row">
                    <td className="kern-table__cell">{time.format(entry.createdAt)}</td>
                    <td className="kern-table__cell">{entry.actor ?? "–"}</td>
                    <td className="kern-table__cell">{logText(entry.action, entry.detail)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
