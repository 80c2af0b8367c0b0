import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonTable, numberComparisonCitations } from "@/components/comparison/ComparisonTable";
import { ComparisonWorkbench } from "@/components/comparison/ComparisonWorkbench";
import { createFootnotes, FootnoteList } from "@/components/knowledge/Citations";
import { comparisonKnowledgeOf, comparisonStart } from "@/lib/domain/comparison/scenario-set";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { OrganisationChooser } from "@/components/organisation/OrganisationChooser";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { comparisonStartYear, loadComparisonTown, scenarioStoreFor } from "./load";
import "./comparison.css";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadComparisonTown((await params).ags);
  const t = await getTranslations("comparison");
  return { title: loaded ? t("title", { name: loaded.municipality.name }) : t("notFound") };
}

export default async function ComparisonPage({ params, searchParams }: Props) {
  const loaded = await loadComparisonTown((await params).ags);
  if (!loaded) notFound();
  const { municipality, town, facts } = loaded;
  const t = await getTranslations("comparison");
  const storeChoice = await scenarioStoreFor(municipality.ags, municipality.kreis?.key ?? null, firstParam((await searchParams).org));
  if (storeChoice.kind === "choose") {
    return (
      <article className="space-y-kern-space-large">
        <h1 className="kern-heading-large">{t("title", { name: municipality.name })}</h1>
        <OrganisationChooser townName={municipality.name} candidates={storeChoice.candidates} basePath={`/gemeinde/${municipality.ags}/vergleich`} />
      </article>
    );
  }
  const knowledge = await getKnowledgeSnapshot();
  const notes = createFootnotes(knowledge.sources);
  const numbers = numberComparisonCitations(notes, knowledge);
  const clientKnowledge = comparisonKnowledgeOf(knowledge, town.landCode);
  const startYear = comparisonStartYear();

  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-x-small">
        <p className="kern-body kern-body--muted no-print">
          <Link className="kern-link" href={`/gemeinde/${municipality.ags}`}>
            {municipality.officialName}
          </Link>
        </p>
        <h1 className="kern-heading-large">{t("title", { name: municipality.name })}</h1>
        <p className="kern-body kern-body--large max-w-[48rem]">{t("lead")}</p>
      </header>
      <ComparisonWorkbench
        ags={municipality.ags}
        town={town}
        facts={facts}
        startYear={startYear}
        storeChoice={storeChoice}
        knowledge={clientKnowledge}
        start={comparisonStart(clientKnowledge, town, startYear)}
        table={<ComparisonTable knowledge={knowledge} numbers={numbers} />}
      />
      <div className="cmp-later cmp-later--tall">
        <FootnoteList notes={notes} headingId="quellen" />
      </div>
    </article>
  );
}
