import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { ratingsAdoption } from "@/lib/server/db/tenant/workshop-to-assessment";
import { getAssessmentQuestions } from "@/lib/server/db/knowledge-snapshot";
import { questionLabelOf } from "@/lib/domain/assessment/questions";
import { FACTOR_CATEGORY_LABELS_DE } from "@/lib/domain/ids";
import { formatNumber } from "@/lib/domain/format/number";
import { adoptRatingsAction } from "../../../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bewertungen übernehmen" };

type Props = { params: Promise<{ id: string; workshopId: string; blockId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * The editor's confirmation screen for a ratings block (issue 14): the room's ratings beside the self-check's profile,
 * the answers they would change, a checkbox per answer and one confirmation (a plain form post). Editors and admins of
 * the workshop's organisation only; everyone else reads a sentence saying so.
 */
export default async function RatingsAdoptionPage({ params, searchParams }: Props) {
  const { id, workshopId, blockId } = await params;
  const results = `/organisationen/${id}/workshops/${workshopId}/ergebnisse`;
  const path = `${results}/bewertungen/${blockId}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("workshop");
  const query = await searchParams;
  const error = one(query.fehler) ?? null;
  const loaded = await loadForPage(path, async () => {
    try {
      return await ratingsAdoption(ctx, id, workshopId, blockId);
    } catch (e) {
      if (e instanceof Error && e.name === "TenantInputError") return { refused: e.message };
      throw e;
    }
  });
  const header = (
    <>
      <p className="kern-body">
        <Link className="kern-link" href={results}>
          {t("adoptBack")}
        </Link>
      </p>
      <h1 id="adopt-title" className="kern-heading-large">
        {t("adoptTitle")}
      </h1>
    </>
  );
  if (loaded === "forbidden" || "refused" in loaded) {
    return (
      <section aria-labelledby="adopt-title" className="space-y-kern-space-default">
        {header}
        <p className="kern-body" data-testid="adopt-refused">
          {loaded === "forbidden" ? t("adoptNoPermission") : loaded.refused}
        </p>
      </section>
    );
  }
  const { workshop, block, categories, changes, version } = loaded;
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${workshop.date}T00:00:00Z`));
  const done = one(query.uebernommen);
  const conflictVersion = one(query.konflikt);
  const chosen = (one(query.auswahl) ?? "").split(",").filter(Boolean);
  // The conflict names the answers the editor had chosen, in the current snapshot's words.
  const questions = conflictVersion ? await getAssessmentQuestions(ctx.prisma) : null;
  const score = (n: number | null) => (n === null ? "–" : formatNumber(n));

  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="adopt-title" className="space-y-kern-space-default">
        {header}
        <p className="kern-body" data-testid="adopt-source">
          {t("adoptSource", { n: block.position, prompt: block.prompt, title: workshop.title, date: day })}
        </p>
        <p className="kern-body">{t("adoptIntro")}</p>
        {done ? (
          <div className="kern-alert kern-alert--success" role="status" data-testid="adopt-done">
            <div className="kern-alert__body">
              <p className="kern-body">
                {t("adoptDone", { count: Number(done), value: formatNumber(Number(done)), version: one(query.version) ?? "", rules: one(query.regeln) ?? "" })}{" "}
                <Link className="kern-link" href={`/organisationen/${id}/selbsteinschaetzung/${workshop.ags}`}>
                  {t("adoptSelfCheck")}
                </Link>
              </p>
            </div>
          </div>
        ) : null}
        {conflictVersion ? (
          <div className="kern-alert kern-alert--danger" role="alert" data-testid="adopt-conflict">
            <div className="kern-alert__body">
              <p className="kern-title">{t("adoptConflictTitle")}</p>
              <p className="kern-body">{t("adoptConflictMine", { version: conflictVersion })}</p>
              <ul className="kern-list">
                {chosen.map((f) => (
                  <li key={f}>{questions ? questionLabelOf(questions, f) : f}</li>
                ))}
              </ul>
              <p className="kern-body">{t("adoptConflictNow", { version })}</p>
            </div>
          </div>
        ) : null}
        {error ? (
          <div className="kern-alert kern-alert--danger" role="alert">
            <div className="kern-alert__body">
              <p className="kern-body">{error}</p>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="adopt-categories" className="space-y-kern-space-small">
        <h2 id="adopt-categories" className="kern-heading-medium">
          {t("adoptCategoriesTitle")}
        </h2>
        <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-labelledby="adopt-categories">
          <table className="kern-table" data-testid="adopt-categories">
            <caption className="kern-title sr-only">{t("adoptCategoriesTitle")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("adoptCategory")}</th>
                <th scope="col" className="kern-table__header">{t("adoptRoom")}</th>
                <th scope="col" className="kern-table__header">{t("adoptRoomN")}</th>
                <th scope="col" className="kern-table__header">{t("adoptRoomScore")}</th>
                <th scope="col" className="kern-table__header">{t("adoptEngine")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {categories.map((c) => (
                <tr key={c.category} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{c.label}</th>
                  <td className="kern-table__cell">{c.roomMean === null ? "–" : formatNumber(c.roomMean, { maximumFractionDigits: 1 })}</td>
                  <td className="kern-table__cell">{formatNumber(c.roomN)}</td>
                  <td className="kern-table__cell">{score(c.proposedScore)}</td>
                  <td className="kern-table__cell">{score(c.engineScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="kern-body kern-body--small">{t("adoptScaleNote")}</p>
      </section>

      <section aria-labelledby="adopt-changes" className="space-y-kern-space-default">
        <h2 id="adopt-changes" className="kern-heading-medium">
          {t("adoptChangesTitle")}
        </h2>
        {changes.length === 0 ? (
          <p className="kern-body" data-testid="adopt-none">
            {t("adoptChangesNone")}
          </p>
        ) : (
          <form action={adoptRatingsAction} className="space-y-kern-space-default">
            <input type="hidden" name="orgId" value={id} />
            <input type="hidden" name="workshopId" value={workshopId} />
            <input type="hidden" name="blockId" value={blockId} />
            <input type="hidden" name="version" value={version} />
            <fieldset className="kern-fieldset">
              <legend className="kern-label">{t("adoptLegend")}</legend>
              <div className="kern-fieldset__body">
                {changes.map((c, i) => (
                  <div key={c.field} className="kern-form-check" data-testid="adopt-change">
                    <input className="kern-form-check__checkbox" type="checkbox" id={`adopt-${i}`} name="field" value={c.field} defaultChecked aria-describedby={`adopt-${i}-for`} />
                    <label className="kern-label" htmlFor={`adopt-${i}`}>
                      {t("adoptChange", { question: c.question, from: c.currentLabel, to: c.proposedLabel, fromScore: formatNumber(c.currentScore), toScore: formatNumber(c.proposedScore), target: formatNumber(c.target) })}
                    </label>
                    <p id={`adopt-${i}-for`} className="kern-body kern-body--small w-full">
                      {t("adoptFor", { categories: c.categories.map((k) => FACTOR_CATEGORY_LABELS_DE[k]).join(", ") })}
                    </p>
                  </div>
                ))}
              </div>
            </fieldset>
            <p className="kern-body kern-body--small">
              {t("adoptNumbersNote")} {t("adoptVersion", { version })}
            </p>
            <button type="submit" className="kern-btn kern-btn--primary" data-testid="adopt-submit">
              <span className="kern-label">{t("adoptSubmit")}</span>
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
