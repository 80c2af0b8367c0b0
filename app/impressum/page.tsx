import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorBlock } from "@/components/legal/OperatorBlock";
import { operatorDetails } from "@/lib/server/config/legal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal");
  return { title: t("imprintTitle") };
}

/** Imprint (§ 5 DDG): the operator's details come from the OPERATOR_* settings. */
export default async function ImprintPage() {
  const t = await getTranslations("legal");
  return (
    <article className="space-y-kern-space-large max-w-[48rem]">
      <h1 className="kern-heading-x-large">{t("imprintTitle")}</h1>
      <p className="kern-body">{t("imprintLead")}</p>
      <OperatorBlock details={operatorDetails()} />
      <section aria-labelledby="impressum-daten" className="space-y-kern-space-small">
        <h2 id="impressum-daten" className="kern-heading-medium">{t("imprintDataTitle")}</h2>
        <p className="kern-body">{t("imprintDataText")}</p>
      </section>
    </article>
  );
}
