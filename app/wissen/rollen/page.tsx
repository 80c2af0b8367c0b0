import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { ScrollRegion } from "@/components/ScrollRegion";
import { getPrisma } from "@/lib/server/db/client";
import { getRoles, listSources } from "@/lib/server/db/knowledge";
import type { RoleMatrixCell } from "@/lib/knowledge/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("rolesTitle") };
}

const CELL_KEYS: Record<RoleMatrixCell, string> = { X: "x", "(X)": "xLimited", "-": "dash", "": "blank" };

export default async function RolesPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [{ roles, matrix }, sources] = await Promise.all([getRoles(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  const roleLabel = new Map(roles.map((r) => [r.slug as string, r.label]));

  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("rolesTitle")}</h1>
        <p className="kern-body kern-body--large">{t("rolesLead")}</p>
      </header>

      <section aria-labelledby="oberender" className="space-y-kern-space-small max-w-[56rem]">
        <h2 id="oberender" className="kern-heading-medium">
          {t("oberenderTitle")}
        </h2>
        <p className="kern-body">{t("oberenderLead")}</p>
        <ol className="kern-body list-decimal pl-kern-space-large space-y-kern-space-x-small" data-testid="oberender-roles">
          {roles.map((r) => (
            <li key={r.slug} id={`rolle-${r.slug}`}>
              <span className="font-semibold">{r.label}</span> – „{r.printed}“
              {notes.cite(r.citations)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="abbildung-1" className="space-y-kern-space-default">
        <h2 id="abbildung-1" className="kern-heading-medium">
          {matrix.title}
        </h2>
        <p className="kern-body max-w-[56rem]">
          {t("matrixLead")}
          {notes.cite(matrix.citations)}
        </p>
        <ScrollRegion label={matrix.title}>
          <table className="kern-table" data-testid="role-matrix">
            <caption className="sr-only">{matrix.title}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("matrixSite")}
                </th>
                {matrix.columns.map((c) => (
                  <th key={c.key} scope="col" className="kern-table__header align-bottom">
                    {c.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {matrix.rows.map((row) => (
                <tr key={row.site} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    <Link className="kern-link" href={`/wissen/fallbeispiele/${row.caseStudySlug}`}>
                      {row.site}
                    </Link>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={matrix.columns[i]!.key} className="kern-table__cell text-center font-semibold" data-cell={cell}>
                      {cell === "" ? null : <span aria-hidden="true">{cell}</span>}
                      <span className="sr-only">{t(`cellMeaning.${CELL_KEYS[cell]}`)}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>

        <div className="space-y-kern-space-x-small max-w-[56rem]">
          <h3 className="kern-heading-small">{t("legend")}</h3>
          <dl className="grid gap-x-kern-space-large gap-y-kern-space-x-small grid-cols-[max-content_1fr] kern-body" data-testid="matrix-legend">
            {(["X", "(X)", "-", ""] as const).map((v) => (
              <div key={CELL_KEYS[v]} className="contents">
                <dt className="font-semibold text-center min-w-[3rem] border border-kern-layout-border">{v === "" ? t("blankCell") : v}</dt>
                <dd className="m-0">{t(`cellMeaning.${CELL_KEYS[v]}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="kern-body kern-body--small">{matrix.legend}</p>
        </div>

        <div className="space-y-kern-space-x-small max-w-[56rem]">
          <h3 className="kern-heading-small">{t("matrixColumnsTitle")}</h3>
          <ul className="kern-body list-disc pl-kern-space-large space-y-kern-space-x-small">
            {matrix.columns.map((c) => (
              <li key={c.key}>
                <span className="font-semibold">{c.heading}</span>:{" "}
                {c.roles.length > 0 ? c.roles.map((r) => roleLabel.get(r) ?? r).join(", ") : "–"}
                {c.note && <span className="block kern-body--small">{c.note}</span>}
              </li>
            ))}
          </ul>
          <p className="kern-body">
            <span className="font-semibold">{t("rolesWithoutColumn")}:</span>{" "}
            {matrix.rolesWithoutColumn.map((r) => roleLabel.get(r) ?? r).join(", ")}
          </p>
        </div>
      </section>

      <FootnoteList notes={notes} />
    </article>
  );
}
