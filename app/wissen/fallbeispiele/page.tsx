import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/server/db/client";
import { listCaseStudies, listSources } from "@/lib/server/db/knowledge";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { MODEL_LABELS_DE } from "@/lib/domain/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("casesTitle") };
}

export default async function CaseStudiesPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [cases, sources] = await Promise.all([listCaseStudies(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  return (
    <div className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("casesTitle")}</h1>
        <p className="kern-body kern-body--large">{t("casesLead")}</p>
      </header>
      <section aria-labelledby="faelle-liste">
        <h2 id="faelle-liste" className="sr-only">
          {t("casesTitle")}
        </h2>
        <ul className="grid gap-kern-space-large md:grid-cols-2 list-none m-0 p-0" data-testid="case-list">
          {cases.map((c) => (
            <li key={c.slug} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                <h3 className="kern-heading-small">
                  <Link className="kern-link" href={`/wissen/fallbeispiele/${c.slug}`}>
                    {c.name}
                  </Link>
                </h3>
                <p className="kern-body kern-body--small kern-body--muted">
                  {c.state} · {t(`caseSource.${c.sourceKind}`)}
                  {c.modelIds.length > 0 && ` · ${c.modelIds.map((id) => MODEL_LABELS_DE[id]).join(", ")}`}
                  {c.port && " · PORT"}
                </p>
                <p className="kern-body">
                  {c.summary}
                  {notes.cite(c.citations)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <FootnoteList notes={notes} />
    </div>
  );
}
