import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { getMeasure, listSources } from "@/lib/server/db/knowledge";
import { FACTOR_CATEGORY_LABELS_DE } from "@/lib/domain/ids";
import { SlugParamSchema } from "@/lib/knowledge/queries";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const parsed = SlugParamSchema.safeParse(await params);
  if (!parsed.success) return null;
  return getMeasure(await getPrisma(), parsed.data.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await load(params);
  return { title: m?.title ?? "Maßnahme nicht gefunden" };
}

export default async function MeasurePage({ params }: Props) {
  const m = await load(params);
  if (!m) notFound();
  const t = await getTranslations("knowledge");
  const sources = await listSources(await getPrisma());
  const notes = createFootnotes(sources);
  const summaryRefs = notes.cite(m.citations);
  const facts: Array<[string, React.ReactNode]> = [
    [
      t("filter.field"),
      <>
        <Link className="kern-link" href={`/wissen/massnahmen?field=${encodeURIComponent(m.field)}`}>
          {m.field}
        </Link>
        {m.fieldAssignedBy === "editor" && <span className="kern-body--small"> ({t("fieldAssignedByEditor")})</span>}
      </>,
    ],
    [
      t("filter.sector"),
      m.sectors.map((s, i) => (
        <span key={s}>
          {i > 0 && ", "}
          <Link className="kern-link" href={`/wissen/massnahmen?sector=${encodeURIComponent(s)}`}>
            {s}
          </Link>
        </span>
      )),
    ],
    [
      t("tags"),
      m.tags.length === 0
        ? "–"
        : m.tags.map((tag, i) => (
            <span key={tag}>
              {i > 0 && " "}
              <Link className="kern-link" href={`/wissen/massnahmen?tag=${encodeURIComponent(tag)}`}>
                #{tag}
              </Link>
            </span>
          )),
    ],
    [t("filter.catalogue"), t(`catalogue.${m.catalogue}`)],
    [
      t("originTowns"),
      <>
        {m.origin.municipalities.length > 0 ? m.origin.municipalities.join(", ") : t("originUnknown")}
        <span className="block kern-body--small kern-body--muted">{m.origin.note}</span>
      </>,
    ],
    [t("closesGaps"), m.closesGaps.map((g) => FACTOR_CATEGORY_LABELS_DE[g]).join(", ")],
  ];
  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <p className="kern-body kern-body--muted">
          <Link className="kern-link" href="/wissen/massnahmen">
            {t("navMeasures")}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{m.title}</h1>
        <p className="kern-body kern-body--large">
          {m.summary}
          {summaryRefs}
        </p>
      </header>
      <section aria-labelledby="steckbrief" className="space-y-kern-space-small">
        <h2 id="steckbrief" className="kern-heading-medium">
          {t("factBox")}
        </h2>
        <dl className="grid gap-x-kern-space-large gap-y-kern-space-x-small sm:grid-cols-[max-content_1fr] kern-body">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="m-0">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="erste-schritte" className="space-y-kern-space-small">
        <h2 id="erste-schritte" className="kern-heading-medium">
          {t("firstSteps")}
        </h2>
        {m.firstSteps.length > 0 ? (
          <ol className="kern-body list-decimal pl-kern-space-large space-y-kern-space-x-small">
            {m.firstSteps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        ) : (
          <p className="kern-body">{t("noFirstSteps")}</p>
        )}
        {m.firstStepsNote && <p className="kern-body kern-body--small">{m.firstStepsNote}</p>}
        <p className="kern-body kern-body--small">
          {t("firstStepsSource")}
          {notes.cite(m.citations.slice(0, 1))}
        </p>
      </section>
      <FootnoteList notes={notes} />
    </article>
  );
}
