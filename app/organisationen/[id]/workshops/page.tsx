import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/server/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { getOrganisation } from "@/lib/server/db/tenant/organisations";
import { listWorkshops } from "@/lib/server/db/tenant/workshops";
import { createWorkshopAction } from "./actions";
import { ScrollRegion } from "@/components/ScrollRegion";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Workshops" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkshopsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const path = `/organisationen/${id}/workshops`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("workshop");
  const loaded = await loadForPage(path, async () => ({ organisation: await getOrganisation(ctx, id), workshops: await listWorkshops(ctx, id) }));
  if (loaded === "forbidden") {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("modListTitle")}</h1>
        <p className="kern-body">{t("modNoPermission")}</p>
      </div>
    );
  }
  const { organisation, workshops } = loaded;
  const mayCreate = can(ctx.caller, "workshop", "create", id);
  const error = typeof query.fehler === "string" ? query.fehler : null;
  const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" });
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="ws-title" className="space-y-kern-space-small">
        <p className="kern-body">
          <Link className="kern-link" href={`/organisationen/${id}`}>
            {t("modBack")}
          </Link>
        </p>
        <h1 id="ws-title" className="kern-heading-large">
          {t("modListTitle")}
        </h1>
        <p className="kern-body">{t("modListIntro", { name: organisation.name })}</p>
        {error ? (
          <p role="alert" className="kern-alert kern-alert--danger p-kern-space-default" data-testid="ws-error">
            {t("errorPrefix")} {error}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="ws-list" className="space-y-kern-space-default">
        <h2 id="ws-list" className="kern-heading-medium">
          {t("modListTitle")}
        </h2>
        {workshops.length === 0 ? (
          <p className="kern-body">{t("modNone")}</p>
        ) : (
          <ScrollRegion label={t("modListTitle")}>
          <table className="kern-table" data-testid="workshops">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__cell">{t("modColTitle")}</th>
                <th scope="col" className="kern-table__cell">{t("modColDate")}</th>
                <th scope="col" className="kern-table__cell">{t("modColCode")}</th>
                <th scope="col" className="kern-table__cell">{t("modColStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {workshops.map((w) => (
                <tr key={w.id} className="kern-table__row">
                  <td className="kern-table__cell">
                    <Link className="kern-link" href={`/organisationen/${id}/workshops/${w.id}`}>
                      {w.title}
                    </Link>
                  </td>
                  <td className="kern-table__cell">{day.format(new Date(`${w.date}T00:00:00Z`))}</td>
                  <td className="kern-table__cell font-mono">{w.code}</td>
                  <td className="kern-table__cell">{t(`status${w.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ScrollRegion>
        )}
      </section>

      {mayCreate ? (
        <section aria-labelledby="ws-create" className="space-y-kern-space-default max-w-[40rem]">
          <h2 id="ws-create" className="kern-heading-medium">
            {t("modCreateTitle")}
          </h2>
          <form action={createWorkshopAction} className="space-y-kern-space-default">
            <input type="hidden" name="orgId" value={id} />
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="ws-title-input">
                {t("modTitleLabel")}
              </label>
              <input id="ws-title-input" name="title" className="kern-form-input__input" required maxLength={200} />
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="ws-ags">
                {t("modTownLabel")}
              </label>
              <input id="ws-ags" name="ags" className="kern-form-input__input" required inputMode="numeric" pattern="[0-9]{8}" defaultValue={organisation.municipalityAgs ?? ""} aria-describedby="ws-ags-hint" />
              <p id="ws-ags-hint" className="kern-hint">
                {organisation.municipalityAgs ? t("modAgsOwn", { name: organisation.name, ags: organisation.municipalityAgs }) : t("modAgsHint")}
              </p>
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="ws-date">
                {t("modDateLabel")}
              </label>
              <input id="ws-date" name="date" type="date" className="kern-form-input__input" required defaultValue={today} />
            </div>
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("modCreate")}</span>
            </button>
          </form>
        </section>
      ) : (
        <p className="kern-body">{t("modNoPermission")}</p>
      )}
    </div>
  );
}
