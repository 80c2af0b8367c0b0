import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/server/db/client";
import { getKnowledgeSeedState, listCaseStudies, listFactors, listMeasures, listModels } from "@/lib/server/db/knowledge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("overviewTitle") };
}

export default async function KnowledgeOverviewPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [models, cases, factors, measures, state] = await Promise.all([
    listModels(prisma),
    listCaseStudies(prisma),
    listFactors(prisma),
    listMeasures(prisma),
    getKnowledgeSeedState(prisma),
  ]);
  const cards = [
    { href: "/wissen/modelle", title: t("navModels"), text: t("overviewModels", { count: models.length }) },
    { href: "/wissen/fallbeispiele", title: t("navCases"), text: t("overviewCases", { count: cases.length }) },
    { href: "/wissen/faktoren", title: t("navFactors"), text: t("overviewFactors", { count: factors.length }) },
    { href: "/wissen/massnahmen", title: t("navMeasures"), text: t("overviewMeasures", { count: measures.length }) },
    { href: "/wissen/rollen", title: t("navRoles"), text: t("overviewRoles") },
    { href: "/wissen/fragen", title: t("navQuestions"), text: t("overviewQuestions") },
    { href: "/wissen/regeln", title: t("navRules"), text: t("overviewRules") },
    { href: "/wissen/quellen", title: t("navSources"), text: t("overviewSources") },
  ];
  return (
    <div className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[48rem]">
        <h1 className="kern-heading-x-large">{t("overviewTitle")}</h1>
        <p className="kern-body kern-body--large">{t("overviewLead")}</p>
        <p className="kern-body kern-body--small kern-body--muted">
          {t("version", { version: state?.version ?? "–" })}
        </p>
      </header>
      <section aria-labelledby="wissen-bereiche">
        <h2 id="wissen-bereiche" className="sr-only">
          {t("overviewSections")}
        </h2>
        <ul className="grid gap-kern-space-large md:grid-cols-2 lg:grid-cols-3 list-none m-0 p-0">
          {cards.map((card) => (
            <li key={card.href} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                <h3 className="kern-heading-small">
                  <Link className="kern-link" href={card.href}>
                    {card.title}
                  </Link>
                </h3>
                <p className="kern-body">{card.text}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
