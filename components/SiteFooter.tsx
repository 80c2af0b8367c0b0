import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const tl = await getTranslations("legal");
  return (
    <footer className="bg-kern-neutral-050 border-t border-kern-layout-border mt-kern-space-x-large">
      <div className="kern-container py-kern-space-large text-kern-16 space-y-kern-space-x-small">
        <p className="kern-body kern-body--small">{t("about")}</p>
        <p className="kern-body kern-body--small" data-testid="data-attribution">
          {t("dataAttribution")}. {t("licence")}.
        </p>
        <nav aria-label={tl("footerLinks")}>
          <ul className="flex flex-wrap gap-x-kern-space-large gap-y-kern-space-x-small list-none m-0 p-0 kern-body kern-body--small">
            <li>
              <Link href="/impressum" className="kern-link">{tl("footerImprint")}</Link>
            </li>
            <li>
              <Link href="/datenschutz" className="kern-link">{tl("footerPrivacy")}</Link>
            </li>
            <li>
              <Link href="/barrierefreiheit" className="kern-link">{tl("footerAccessibility")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
