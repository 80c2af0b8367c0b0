import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { operatorDetails } from "@/lib/server/config/legal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("a11yTitle") };
}

const LIMITATIONS = ["limitationEnglish", "limitationCharts", "limitationPdf"] as const;

/**
 * Erklärung zur Barrierefreiheit, following the structure the EU model statement (Durchführungsbeschluss (EU)
 * 2018/1523) and § 12b BGG / BITV 2.0 require: status, known limitations, how it was assessed, feedback contact and
 * the enforcement procedure.
 */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("legal");
  const details = operatorDetails();
  return (
    <article className="space-y-kern-space-large max-w-[48rem]">
      <h1 className="kern-heading-x-large">{t("a11yTitle")}</h1>
      <p className="kern-body">{t("a11yLead", { operator: details.name ?? t("operatorUnnamed") })}</p>
      <section aria-labelledby="bf-stand" className="space-y-kern-space-small">
        <h2 id="bf-stand" className="kern-heading-medium">{t("a11yStatusTitle")}</h2>
        <p className="kern-body">{t("a11yStatusText")}</p>
      </section>
      <section aria-labelledby="bf-grenzen" className="space-y-kern-space-small">
        <h2 id="bf-grenzen" className="kern-heading-medium">{t("a11yLimitationsTitle")}</h2>
        <ul className="kern-list kern-body">
          {LIMITATIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bf-methode" className="space-y-kern-space-small">
        <h2 id="bf-methode" className="kern-heading-medium">{t("a11yMethodTitle")}</h2>
        <p className="kern-body">{t("a11yMethodText")}</p>
      </section>
      <section aria-labelledby="bf-feedback" className="space-y-kern-space-small">
        <h2 id="bf-feedback" className="kern-heading-medium">{t("a11yFeedbackTitle")}</h2>
        <p className="kern-body">{t("a11yFeedbackText")}</p>
        <p className="kern-body">
          {details.email ? (
            <a className="kern-link" href={`mailto:${details.email}`}>
              {details.email}
            </a>
          ) : (
            <em>{t("placeholder", { setting: "OPERATOR_EMAIL" })}</em>
          )}
        </p>
      </section>
      <section aria-labelledby="bf-schlichtung" className="space-y-kern-space-small">
        <h2 id="bf-schlichtung" className="kern-heading-medium">{t("a11yEnforcementTitle")}</h2>
        <p className="kern-body">{t("a11yEnforcementText")}</p>
      </section>
    </article>
  );
}
