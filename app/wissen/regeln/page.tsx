import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FootnoteList, createFootnotes } from "@/components/knowledge/Citations";
import { getPrisma } from "@/lib/server/db/client";
import { listFunding, listRuleParameters, listSources } from "@/lib/server/db/knowledge";
import { FUNDING_PURPOSE_LABELS_DE, LAND_CODES, isUnverified } from "@/lib/domain/funding-programmes";
import { PARAMETER_UNIT_LABELS_DE } from "@/lib/domain/rule-parameters";
import { formatEuro, formatNumber } from "@/lib/domain/format/number";
import { ScrollRegion } from "@/components/ScrollRegion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("rulesTitle") };
}

const date = (iso: string) => new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

/** The marker beside a figure that could not be checked against the programme's guideline. */
function Unverified({ label }: { label: string }) {
  return (
    <span className="block kern-body--small">
      <span className="kern-badge">{label}</span>
    </span>
  );
}

/** Rule parameters (versioned, with validity) and state funding programmes, as seeded — nothing of it lives in code. */
export default async function RulesPage() {
  const t = await getTranslations("knowledge");
  const prisma = await getPrisma();
  const [parameters, funding, sources] = await Promise.all([listRuleParameters(prisma), listFunding(prisma), listSources(prisma)]);
  const notes = createFootnotes(sources);
  return (
    <article className="space-y-kern-space-x-large">
      <header className="space-y-kern-space-small max-w-[56rem]">
        <h1 className="kern-heading-x-large">{t("rulesTitle")}</h1>
        <p className="kern-body kern-body--large">{t("rulesLead")}</p>
      </header>

      <section aria-labelledby="regeln-parameter" className="space-y-kern-space-small">
        <h2 id="regeln-parameter" className="kern-heading-medium">
          {t("rulesParameters")}
        </h2>
        <ScrollRegion label={t("rulesParameters")}>
          <table className="kern-table kern-table--small" data-testid="rule-parameters">
            <caption className="sr-only">{t("rulesParameters")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("rulesColParameter")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("rulesColValue")}</th>
                <th scope="col" className="kern-table__header">{t("rulesColValidity")}</th>
                <th scope="col" className="kern-table__header">{t("rulesColVersion")}</th>
                <th scope="col" className="kern-table__header">{t("rulesColStatus")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {parameters.map((p) => (
                <tr key={`${p.key}@${p.version}`} className="kern-table__row">
                  <th scope="row" className="kern-table__cell font-normal text-left">
                    {p.label}
                    {notes.cite([p.citation])}
                    {p.note && <span className="block kern-body--small kern-body--muted">{p.note}</span>}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatNumber(p.value, { maximumFractionDigits: 3 })} {PARAMETER_UNIT_LABELS_DE[p.unit]}
                  </td>
                  <td className="kern-table__cell">
                    {t("rulesValidFrom", { from: date(p.validFrom) })}
                    {p.validUntil ? ` ${t("rulesValidUntil", { until: date(p.validUntil) })}` : ""}
                  </td>
                  <td className="kern-table__cell">{p.version}</td>
                  <td className="kern-table__cell">{t(`rulesStatus.${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="regeln-foerderung" className="space-y-kern-space-small">
        <h2 id="regeln-foerderung" className="kern-heading-medium">
          {t("rulesFunding")}
        </h2>
        <p className="kern-body max-w-[56rem]">{t("rulesFundingLead")}</p>
        <ScrollRegion label={t("rulesFunding")}>
          <table className="kern-table kern-table--small" data-testid="funding-programmes">
            <caption className="sr-only">{t("rulesFunding")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("rulesColLand")}</th>
                <th scope="col" className="kern-table__header">{t("rulesColProgramme")}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t("rulesColAmount")}</th>
                <th scope="col" className="kern-table__header">{t("rulesColConditions")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {funding.map((f) => (
                <tr key={f.id} className="kern-table__row">
                  <td className="kern-table__cell">{LAND_CODES[f.landCode]}</td>
                  <th scope="row" className="kern-table__cell font-normal text-left">
                    {f.name}
                    {notes.cite(f.citations)}
                    <span className="block kern-body--small">{f.purposes.map((p) => FUNDING_PURPOSE_LABELS_DE[p]).join(", ")}</span>
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric" data-testid={`funding-amount-${f.id}`}>
                    {f.amountMaxEur === null ? t("rulesAmountUnknown") : `${t("rulesUpTo")} ${formatEuro(f.amountMaxEur)}`}
                    {f.amountMaxEur !== null && isUnverified(f, "amount") && <Unverified label={t("rulesUnverified")} />}
                  </td>
                  <td className="kern-table__cell" data-testid={`funding-conditions-${f.id}`}>
                    <ul className="list-disc pl-kern-space-default m-0">
                      <li>
                        {f.validFrom === null ? t("rulesStartUnknown") : t("rulesRunsFrom", { from: date(f.validFrom) })}
                        {f.validUntil && `, ${t("rulesValidUntil", { until: date(f.validUntil) })}`}
                        {"; "}
                        {f.accessed ? t("rulesAccessed", { date: date(f.accessed) }) : t("rulesNotAccessed")}
                      </li>
                      {f.maxPopulation && (
                        <li>
                          {t("rulesMaxPopulation", { count: formatNumber(f.maxPopulation) })}
                          {isUnverified(f, "maxPopulation") && <Unverified label={t("rulesUnverified")} />}
                        </li>
                      )}
                      {f.conditions_de.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                      <li>{f.note_de}</li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <FootnoteList notes={notes} />
    </article>
  );
}
