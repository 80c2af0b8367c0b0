import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { citedStatements } from "@/components/knowledge/Cited";
import { getPrisma } from "@/lib/server/db/client";
import { getCaseStudy, getCaseStudyPlaces, getRoles, listSources } from "@/lib/server/db/knowledge";
import { MODEL_LABELS_DE } from "@/lib/domain/ids";
import { SlugParamSchema } from "@/lib/knowledge/queries";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const parsed = SlugParamSchema.safeParse(await params);
  if (!parsed.success) return null;
  return getCaseStudy(await getPrisma(), parsed.data.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load(params);
  return { title: c?.name ?? "Fallbeispiel nicht gefunden" };
}

export default async function CaseStudyPage({ params }: Props) {
  const c = await load(params);
  if (!c) notFound();
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [sources, places, { roles }] = await Promise.all([listSources(prisma), getCaseStudyPlaces(prisma, c), getRoles(prisma)]);
  const notes = createFootnotes(sources);
  const gap = t("notInSources");
  const roleLabel = new Map(roles.map((r) => [r.slug as string, r.label]));

  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id} className="space-y-kern-space-small">
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {body}
    </section>
  );

  const summaryRefs = notes.cite(c.citations);
  const facts: Array<[string, React.ReactNode]> = [
    [
      t("factModel"),
      <>
        {c.modelIds.length === 0
          ? t("factNoCarrier")
          : c.modelIds.map((id, i) => (
              <span key={id}>
                {i > 0 && ", "}
                <Link className="kern-link" href={`/wissen/modelle/${id}`}>
                  {MODEL_LABELS_DE[id]}
                </Link>
              </span>
            ))}
        {c.port && (
          <>
            {" + "}
            <Link className="kern-link" href="/wissen/modelle/port">
              {MODEL_LABELS_DE.port}
            </Link>
          </>
        )}
        {c.modelNote && <span className="block kern-body--small">{c.modelNote}</span>}
      </>,
    ],
    [
      t("factYears"),
      c.years.map((y, i) => (
        <span key={i} className="block">
          {y.text}
          {notes.cite(y.citations)}
        </span>
      )),
    ],
    [
      t("factCosts"),
      <>
        {c.costs.statements.map((s, i) => (
          <span key={i} className="block">
            {s.text}
            {notes.cite(s.citations)}
          </span>
        ))}
        {c.costs.gap && <span className="block kern-body--muted">{c.costs.gap}</span>}
      </>,
    ],
    [t("factCounty"), places.kreis ? `${places.kreis.name} (${places.kreis.key})` : "–"],
    [t("factState"), places.land?.name ?? c.state],
    [t("factSource"), t(`caseSource.${c.sourceKind}`)],
  ];

  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <p className="kern-body kern-body--muted">
          <Link className="kern-link" href="/wissen/fallbeispiele">
            {t("navCases")}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{c.name}</h1>
        <p className="kern-body kern-body--large">
          {c.summary}
          {summaryRefs}
        </p>
      </header>

      <aside aria-labelledby="steckbrief" className="kern-card" data-testid="case-facts">
        <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
          <h2 id="steckbrief" className="kern-heading-small">
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
          {places.municipalities.length > 0 && (
            <ul className="list-none m-0 p-0 space-y-kern-space-x-small">
              {places.municipalities.map((m) => (
                <li key={m.ags}>
                  <Link className="kern-link font-semibold" href={`/gemeinde/${m.ags}`}>
                    {t("municipalityLink", { name: m.officialName, ags: m.ags })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </aside>

      {section(
        "rollen",
        t("rolesTaken"),
        <ul className="kern-body list-disc pl-kern-space-large space-y-kern-space-x-small">
          {c.municipalRoles.map((r, i) => (
            <li key={i}>
              <span className="font-semibold">{r.role === "other" ? t("otherRole") : (roleLabel.get(r.role) ?? r.role)}:</span> {r.text}
              {notes.cite(r.citations)}
            </li>
          ))}
        </ul>,
      )}
      {section("gelungen", t("whatWorked"), citedStatements(c.whatWorked, notes, gap))}
      {section("schwierig", t("whatDidNot"), citedStatements(c.whatDidNot, notes, gap))}

      {c.disagreements.length > 0 &&
        section(
          "widersprueche",
          t("disagreements"),
          <div className="space-y-kern-space-large">
            <p className="kern-body">{t("disagreementsLead")}</p>
            {c.disagreements.map((d, i) => (
              <div key={i} className="space-y-kern-space-small" data-testid="disagreement">
                <h3 className="kern-heading-small">{d.topic}</h3>
                <div className="grid gap-kern-space-default md:grid-cols-2">
                  {d.sides.map((side, j) => (
                    <div key={j} className="border border-kern-layout-border p-kern-space-default kern-body">
                      <p className="font-semibold">{t("disagreementSide", { number: j + 1 })}</p>
                      <p>
                        {side.text}
                        {notes.cite(side.citations)}
                      </p>
                    </div>
                  ))}
                </div>
                <p className="kern-body kern-body--small">
                  <span className="font-semibold">{t("disagreementHandling")}:</span> {d.handling}
                </p>
              </div>
            ))}
          </div>,
        )}

      <FootnoteList notes={notes} />
    </article>
  );
}
