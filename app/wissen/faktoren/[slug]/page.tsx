import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { citedList } from "@/components/knowledge/Cited";
import { getPrisma } from "@/lib/server/db/client";
import { getFactor, listSources } from "@/lib/server/db/knowledge";
import { FACTOR_CATEGORY_LABELS_DE, MODEL_IDS, MODEL_LABELS_DE } from "@/lib/domain/ids";
import { SlugParamSchema } from "@/lib/knowledge/queries";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const parsed = SlugParamSchema.safeParse(await params);
  if (!parsed.success) return null;
  return getFactor(await getPrisma(), parsed.data.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const f = await load(params);
  return { title: f?.title ?? "Faktor nicht gefunden" };
}

export default async function FactorPage({ params }: Props) {
  const f = await load(params);
  if (!f) notFound();
  const t = await getTranslations("knowledge");
  const sources = await listSources(await getPrisma());
  const notes = createFootnotes(sources);
  const effects = MODEL_IDS.filter((id) => f.modelEffects[id] !== undefined);
  return (
    <article className="space-y-kern-space-x-large max-w-[56rem]">
      <header className="space-y-kern-space-small">
        <p className="kern-body kern-body--muted">
          <Link className="kern-link" href="/wissen/faktoren">
            {t("navFactors")}
          </Link>
        </p>
        <h1 className="kern-heading-x-large">{f.title}</h1>
        <p className="kern-body kern-body--muted">
          {t(`factorKindSingular.${f.kind}`)} · {FACTOR_CATEGORY_LABELS_DE[f.category]} · {t(`origin.${f.origin}`)}
        </p>
        <p className="kern-body kern-body--large">{f.description}</p>
      </header>
      <section aria-labelledby="belege-faktor" className="space-y-kern-space-small">
        <h2 id="belege-faktor" className="kern-heading-medium">
          {t("evidence")}
        </h2>
        {citedList(f.evidence, notes)}
      </section>
      <section aria-labelledby="wirkung" className="space-y-kern-space-small">
        <h2 id="wirkung" className="kern-heading-medium">
          {t("modelEffects")}
        </h2>
        <p className="kern-body">{t("modelEffectsLead")}</p>
        {effects.length === 0 ? (
          <p className="kern-body">{t("noModelEffects")}</p>
        ) : (
          <div className="kern-table-responsive" tabIndex={0} role="region" aria-labelledby="wirkung">
            <table className="kern-table">
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t("model")}</th>
                  <th scope="col" className="kern-table__header">{t("effect")}</th>
                  <th scope="col" className="kern-table__header">{t("reason")}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {effects.map((id) => (
                  <tr key={id} className="kern-table__row">
                    <th scope="row" className="kern-table__header align-top">
                      <Link className="kern-link" href={`/wissen/modelle/${id}`}>
                        {MODEL_LABELS_DE[id]}
                      </Link>
                    </th>
                    <td className="kern-table__cell align-top">{t(`effectLabel.${f.modelEffects[id]!}`)}</td>
                    <td className="kern-table__cell align-top">{f.modelEffectReasons[id]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <FootnoteList notes={notes} />
    </article>
  );
}
