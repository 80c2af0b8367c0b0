import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { citedList, citedStatements } from "@/components/knowledge/Cited";
import { getPrisma } from "@/lib/server/db/client";
import { getModel, listCaseStudies, listSources } from "@/lib/server/db/knowledge";
import { MODEL_LABELS_DE } from "@/lib/domain/ids";
import { REQUIREMENT_DIMENSIONS } from "@/lib/knowledge/models";
import { ModelIdParamSchema } from "@/lib/knowledge/queries";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const parsed = ModelIdParamSchema.safeParse(await params);
  if (!parsed.success) return null;
  return getModel(await getPrisma(), parsed.data.id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await load(params);
  return { title: model?.title ?? "Modell nicht gefunden" };
}

export default async function ModelPage({ params }: Props) {
  const model = await load(params);
  if (!model) notFound();
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [sources, cases] = await Promise.all([listSources(prisma), listCaseStudies(prisma)]);
  const notes = createFootnotes(sources);
  const gap = t("notInSources");
  const caseName = new Map(cases.map((c) => [c.slug, c.name]));

  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id} className="space-y-kern-space-small">
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {body}
    </section>
  );

  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <p className="kern-body kern-body--muted">
          <Link className="kern-link" href="/wissen/modelle">
            {t("navModels")}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{model.title}</h1>
        {!model.isCarrier && <p className="kern-badge kern-badge--info">{t("careConcept")}</p>}
        <p className="kern-body kern-body--large">
          {model.summary.text}
          {notes.cite(model.summary.citations)}
        </p>
      </header>

      {section("was", t("whatItIs"), citedList(model.whatItIs, notes))}

      {model.portCarriers &&
        section(
          "traeger",
          t("portCarriers"),
          <ul className="kern-body list-disc pl-kern-space-large space-y-kern-space-x-small">
            {model.portCarriers.map((pc) => (
              <li key={pc.carrier}>
                <span className="font-semibold">{MODEL_LABELS_DE[pc.carrier]}</span> (
                {pc.sites.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ", "}
                    <Link className="kern-link" href={`/wissen/fallbeispiele/${s}`}>
                      {caseName.get(s) ?? s}
                    </Link>
                  </span>
                ))}
                ): {pc.text}
                {notes.cite(pc.citations)}
              </li>
            ))}
          </ul>,
        )}

      {section(
        "rechtsformen",
        t("legalForms"),
        <dl className="kern-body space-y-kern-space-small">
          {model.legalForms.map((f) => (
            <div key={f.name}>
              <dt className="font-semibold">{f.name}</dt>
              <dd className="m-0">
                {f.text}
                {notes.cite(f.citations)}
              </dd>
            </div>
          ))}
        </dl>,
      )}

      {model.mvzLegalForms &&
        section(
          "mvz-rechtsformen",
          t("mvzLegalForms"),
          <dl className="kern-body space-y-kern-space-small">
            {model.mvzLegalForms.map((f) => (
              <div key={f.id}>
                <dt className="font-semibold">
                  {f.label_de} – {f.guaranteeRequired ? t("guaranteeRequired") : t("guaranteeNotRequired")}
                </dt>
                <dd className="m-0">
                  {f.text_de}
                  {notes.cite(f.citations)}
                </dd>
              </div>
            ))}
          </dl>,
        )}

      {section("eigentum", t("ownership"), citedList(model.ownership, notes))}
      {section("anstellung", t("employment"), citedList(model.employment, notes))}

      {section(
        "voraussetzungen",
        t("requirements"),
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-labelledby="voraussetzungen">
          <table className="kern-table">
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t("requirementDimension")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("requirementLevel")}
                </th>
                <th scope="col" className="kern-table__header">
                  {t("requirementText")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {REQUIREMENT_DIMENSIONS.map((dim) => {
                const r = model.requirements[dim];
                return (
                  <tr key={dim} className="kern-table__row">
                    <th scope="row" className="kern-table__header align-top">
                      {t(`dimension.${dim}`)}
                    </th>
                    <td className="kern-table__cell align-top">{t(`level.${r.level}`)}</td>
                    <td className="kern-table__cell align-top">
                      {r.text}
                      {notes.cite(r.citations)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>,
      )}

      {section("kosten", t("typicalCosts"), citedStatements(model.typicalCosts, notes, gap))}
      {section("zeit", t("timeToEffect"), citedStatements(model.timeToEffect, notes, gap))}
      {section(
        "steuerung",
        t("control"),
        <p className="kern-body">
          <span className="font-semibold">{t(`controlLevel.${model.control.level}`)}:</span> {model.control.text}
          {notes.cite(model.control.citations)}
        </p>,
      )}
      {section("staerken", t("strengths"), citedList(model.strengths, notes))}
      {section("risiken", t("risks"), citedList(model.risks, notes))}
      {section(
        "faelle",
        t("casesUsingModel"),
        model.caseStudySlugs.length === 0 ? (
          <p className="kern-body">{t("noCases")}</p>
        ) : (
          <ul className="kern-body list-disc pl-kern-space-large">
            {model.caseStudySlugs.map((s) => (
              <li key={s}>
                <Link className="kern-link" href={`/wissen/fallbeispiele/${s}`}>
                  {caseName.get(s) ?? s}
                </Link>
              </li>
            ))}
          </ul>
        ),
      )}
      {section("belege-modell", t("furtherSources"), <p className="kern-body">{t("furtherSourcesText")}{notes.cite(model.citations)}</p>)}

      <FootnoteList notes={notes} />
    </article>
  );
}
