import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorBlock } from "@/components/legal/OperatorBlock";
import { operatorDetails } from "@/lib/server/config/legal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("privacyTitle") };
}

const SECTIONS = ["Controller", "Data", "Cookies", "Workshops", "Retention", "Rights"] as const;

/** Privacy notice (Art. 13 DSGVO) as a template: what the app itself stores is stated; the operator adds the rest. */
export default async function PrivacyPage() {
  const t = await getTranslations("legal");
  const details = operatorDetails();
  return (
    <article className="space-y-kern-space-large max-w-[48rem]">
      <h1 className="kern-heading-x-large">{t("privacyTitle")}</h1>
      <p className="kern-body">{t("privacyLead")}</p>
      <OperatorBlock details={details} />
      <p className="kern-body">
        {t("privacyDpo")}{" "}
        {details.dataProtectionContact ?? <em>{t("placeholder", { setting: "OPERATOR_DATA_PROTECTION_CONTACT" })}</em>}
      </p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`datenschutz-${section}`} className="space-y-kern-space-small">
          <h2 id={`datenschutz-${section}`} className="kern-heading-medium">
            {t(`privacy${section}Title`)}
          </h2>
          <p className="kern-body">{t(`privacy${section}Text`)}</p>
        </section>
      ))}
    </article>
  );
}
