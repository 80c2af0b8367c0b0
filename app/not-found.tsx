import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-kern-space-default">
      <h1 className="kern-heading-large">{t("notFoundTitle")}</h1>
      <p className="kern-body">{t("notFoundText")}</p>
      <p>
        <Link href="/gemeinden" className="kern-link">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
