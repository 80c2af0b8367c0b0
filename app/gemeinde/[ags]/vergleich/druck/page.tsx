import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonTable, numberComparisonCitations } from "@/components/comparison/ComparisonTable";
import { createFootnotes, FootnoteList } from "@/components/knowledge/Citations";
import { comparisonKnowledgeOf } from "@/lib/domain/comparison/scenario-set";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { CouncilPaperBody } from "@/components/comparison/CouncilPaperBody";
import { comparisonStartYear, loadComparisonTown, scenarioStoreFor } from "../load";
import "../comparison.css";
import "./print.css";
import { formatNumber } from "@/lib/domain/format/number";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<{ szenario?: string | string[]; org?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadComparisonTown((await params).ags);
  const t = await getTranslations("comparison");
  return { title: loaded ? t("print.title", { name: loaded.municipality.name }) : t("notFound") };
}

/** The comparison as a council paper (Beschlussvorlage) for A4: situation, options, costs, recommendation, sources. */
export default async function ComparisonPrintPage({ params, searchParams }: Props) {
  const loaded = await loadComparisonTown((await params).ags);
  if (!loaded) notFound();
  const { municipality, town, facts } = loaded;
  const scenario = (await searchParams).szenario;
  const scenarioId = typeof scenario === "string" && scenario.length <= 64 ? scenario : null;
  const t = await getTranslations("comparison");
  const tr = await getTranslations("report");
  const org = (await searchParams).org;
  const chosen = scenarioId ? await scenarioStoreFor(municipality.ags, municipality.kreis?.key ?? null, typeof org === "string" ? org : undefined) : null;
  // Several organisations and none named: the scenario is looked for in none (the workbench's print link names it).
  const storeChoice = chosen?.kind === "choose" ? null : chosen;
  const knowledge = await getKnowledgeSnapshot();
  const notes = createFootnotes(knowledge.sources);
  const numbers = numberComparisonCitations(notes, knowledge);
  const today = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date());

  return (
    <article className="council-paper space-y-kern-space-large">
      <header className="space-y-kern-space-x-small">
        <p className="kern-body kern-body--small">
          {t("print.kind")} · {municipality.officialName} · {today}
        </p>
        <h1 className="kern-heading-large">{t("print.heading", { name: municipality.name })}</h1>
        {scenarioId && storeChoice?.kind === "server" && (
          <p className="print:hidden">
            <a
              className="kern-btn kern-btn--secondary min-h-[44px]"
              href={`/api/v1/organisations/${encodeURIComponent(storeChoice.orgId)}/scenarios/${encodeURIComponent(scenarioId)}/council-paper`}
              download
              data-testid="council-paper-pdf"
            >
              <span className="kern-label">{tr("councilPaper")}</span>
            </a>
          </p>
        )}
      </header>

      <CouncilPaperBody
        ags={municipality.ags}
        town={town}
        facts={facts}
        startYear={comparisonStartYear()}
        knowledge={comparisonKnowledgeOf(knowledge, town.landCode)}
        scenarioId={scenarioId}
        orgId={storeChoice?.kind === "server" ? storeChoice.orgId : null}
        situation={
          <section aria-labelledby="situation-title" className="space-y-kern-space-small">
            <h2 id="situation-title" className="kern-heading-medium">
              {t("print.situation")}
            </h2>
            <p className="kern-body">
              {t("print.situationFacts", {
                name: municipality.name,
                population: formatNumber(municipality.population),
                county: municipality.kreis?.name ?? "–",
                land: municipality.land.name,
              })}
            </p>
            <p className="kern-body">{t("print.situationText")}</p>
          </section>
        }
        options={
          <section aria-labelledby="options-title" className="space-y-kern-space-small">
            <h2 id="options-title" className="kern-heading-medium">
              {t("print.options")}
            </h2>
            <p className="kern-body">{t("print.optionsText")}</p>
            <ComparisonTable knowledge={knowledge} numbers={numbers} headingLevel={3} />
          </section>
        }
        sources={<FootnoteList notes={notes} headingId="quellen" />}
      />
    </article>
  );
}
