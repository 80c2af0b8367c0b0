import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { getModelComparison, listModels, listSources } from "@/lib/server/db/knowledge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("modelsTitle") };
}

export default async function ModelsPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [models, comparison, sources] = await Promise.all([listModels(prisma), getModelComparison(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("modelsTitle")}</h1>
        <p className="kern-body kern-body--large">{t("modelsLead")}</p>
      </header>

      <section aria-labelledby="modelle-liste" className="space-y-kern-space-default">
        <h2 id="modelle-liste" className="kern-heading-medium">
          {t("modelsListTitle")}
        </h2>
        <ul className="grid gap-kern-space-large md:grid-cols-2 list-none m-0 p-0">
          {models.map((m) => (
            <li key={m.id} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                <h3 className="kern-heading-small">
                  <Link className="kern-link" href={`/wissen/modelle/${m.id}`}>
                    {m.title}
                  </Link>
                </h3>
                <p className="kern-body">
                  {m.summary.text}
                  {notes.cite(m.summary.citations)}
                </p>
                {!m.isCarrier && <p className="kern-badge kern-badge--info">{t("careConcept")}</p>}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="vergleich" className="space-y-kern-space-default">
        <h2 id="vergleich" className="kern-heading-medium">
          {t("comparisonTitle")}
        </h2>
        <p className="kern-body">{t("comparisonLead")}</p>
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-labelledby="vergleich">
          <table className="kern-table" data-testid="model-comparison">
            <caption className="sr-only">{t("comparisonTitle")}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("comparisonAspect")}
                </th>
                {comparison.models.map((m) => (
                  <th key={m.id} scope="col" className="kern-table__header">
                    <Link className="kern-link" href={`/wissen/modelle/${m.id}`}>
                      {m.title}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {comparison.rows.map((row) => (
                <tr key={row.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header align-top">
                    {row.label_de}
                  </th>
                  {row.cells.map(({ modelId, cell }) => (
                    <td key={modelId} className="kern-table__cell align-top">
                      {cell.text_de}
                      {notes.cite(cell.citations)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <FootnoteList notes={notes} />
    </article>
  );
}
