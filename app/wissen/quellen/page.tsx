import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { listSources } from "@/lib/server/db/knowledge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("sourcesTitle") };
}

export default async function SourcesPage() {
  const t = await getTranslations("knowledge");
  const sources = await listSources(await getPrisma());
  const notes = createFootnotes(sources);
  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <h1 className="kern-heading-x-large">{t("sourcesTitle")}</h1>
        <p className="kern-body kern-body--large">{t("sourcesLead", { count: sources.length })}</p>
      </header>
      <ol className="list-none m-0 p-0 space-y-kern-space-x-large" data-testid="sources">
        {sources.map((s, i) => (
          <li key={s.file}>
            <section id={s.file} aria-labelledby={`quelle-${i}`} className="space-y-kern-space-small scroll-mt-kern-space-x-large">
              <h2 id={`quelle-${i}`} className="kern-heading-medium">
                {s.title}
              </h2>
              <dl className="grid gap-x-kern-space-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr] kern-body">
                <dt className="font-semibold">{t("sourceFile")}</dt>
                <dd className="m-0">
                  <code>{s.file}</code>
                </dd>
                <dt className="font-semibold">{t("sourceContents")}</dt>
                <dd className="m-0">{s.contents}</dd>
                <dt className="font-semibold">{t("sourceDate")}</dt>
                <dd className="m-0">{s.date}</dd>
                <dt className="font-semibold">{t("sourcePublisher")}</dt>
                <dd className="m-0">
                  {s.publisher}
                  {notes.cite(s.citations)}
                </dd>
              </dl>
              {s.caveats.length > 0 && (
                <div className="space-y-kern-space-x-small">
                  <h3 className="kern-heading-small">{t("sourceCaveats")}</h3>
                  <ul className="kern-body list-disc pl-kern-space-large">
                    {s.caveats.map((c, j) => (
                      <li key={j}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          </li>
        ))}
      </ol>
      <FootnoteList notes={notes} />
    </article>
  );
}
