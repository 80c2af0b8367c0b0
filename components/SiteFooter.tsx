import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="bg-kern-neutral-050 border-t border-kern-layout-border mt-kern-space-x-large">
      <div className="kern-container py-kern-space-large text-kern-16 space-y-kern-space-x-small">
        <p className="kern-body kern-body--small">{t("about")}</p>
        <p className="kern-body kern-body--small" data-testid="data-attribution">
          {t("dataAttribution")}. {t("licence")}.
        </p>
      </div>
    </footer>
  );
}
