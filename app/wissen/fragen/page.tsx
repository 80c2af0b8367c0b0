import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { getGuidingQuestions, listSources } from "@/lib/server/db/knowledge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("questionsTitle") };
}

export default async function QuestionsPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [questions, sources] = await Promise.all([getGuidingQuestions(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <h1 className="kern-heading-x-large">{t("questionsTitle")}</h1>
        <p className="kern-body kern-body--large">{t("questionsLead")}</p>
      </header>
      {questions.map((q, i) => (
        <section key={q.slug} id={q.slug} aria-labelledby={`frage-${q.slug}`} className="space-y-kern-space-small">
          <h2 id={`frage-${q.slug}`} className="kern-heading-medium">
            {i + 1}. {q.question}
            {notes.cite(q.citations)}
          </h2>
          <ul className="kern-body list-disc pl-kern-space-large space-y-kern-space-x-small">
            {q.answer.map((a, j) => (
              <li key={j}>
                {a.text}
                {notes.cite(a.citations)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <FootnoteList notes={notes} />
    </article>
  );
}
