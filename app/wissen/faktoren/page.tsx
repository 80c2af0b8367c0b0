import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { listFactors, listSources } from "@/lib/server/db/knowledge";
import { FACTOR_CATEGORIES, FACTOR_CATEGORY_LABELS_DE } from "@/lib/domain/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("factorsTitle") };
}

export default async function FactorsPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [factors, sources] = await Promise.all([listFactors(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  const groups = (["success", "risk"] as const).map((kind) => ({
    kind,
    categories: FACTOR_CATEGORIES.map((category) => ({
      category,
      factors: factors.filter((f) => f.kind === kind && f.category === category),
    })).filter((g) => g.factors.length > 0),
  }));
  return (
    <div className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("factorsTitle")}</h1>
        <p className="kern-body kern-body--large">{t("factorsLead")}</p>
      </header>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`faktoren-${g.kind}`} className="space-y-kern-space-default">
          <h2 id={`faktoren-${g.kind}`} className="kern-heading-medium">
            {t(`factorKind.${g.kind}`)}
          </h2>
          {g.categories.map((c) => (
            <div key={c.category} className="space-y-kern-space-x-small">
              <h3 className="kern-heading-small">{FACTOR_CATEGORY_LABELS_DE[c.category]}</h3>
              <ul className="kern-body list-disc pl-kern-space-large space-y-kern-space-x-small">
                {c.factors.map((f) => (
                  <li key={f.slug}>
                    <Link className="kern-link font-semibold" href={`/wissen/faktoren/${f.slug}`}>
                      {f.title}
                    </Link>
                    {": "}
                    {f.description}
                    {notes.cite(f.evidence[0]!.citations)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <FootnoteList notes={notes} />
    </div>
  );
}
