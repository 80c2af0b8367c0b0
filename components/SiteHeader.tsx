import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./LanguageSwitch";
import { UserMenu } from "./auth/UserMenu";

/**
 * The site header. On a phone it is one compact row: the app name and a "Menü" button (a native <details>, so it
 * opens without JavaScript and by keyboard); from 48rem on the menu's content is always shown in one row and the
 * button is hidden (`.site-menu` in globals.css).
 */
export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  const link = "text-kern-white underline-offset-4 hover:underline";
  return (
    <header className="bg-kern-darkblue-700 text-kern-white no-print">
      <div className="kern-container site-header py-kern-space-small md:py-kern-space-default">
        <Link href="/" className="site-header__brand text-kern-white no-underline">
          <span className="block text-kern-20 md:text-kern-24 font-semibold">{t("common.appName")}</span>
          <span className="site-header__tagline text-kern-16">{t("common.tagline")}</span>
        </Link>
        <details className="site-menu" data-testid="site-menu">
          <summary className="site-menu__button">
            <span aria-hidden="true" className="site-menu__icon" />
            {t("presentation.menu")}
          </summary>
          <div className="site-menu__content">
            <nav aria-label={t("nav.label")}>
              <ul className="site-menu__list">
                <li>
                  <Link className={link} href="/">
                    {t("nav.home")}
                  </Link>
                </li>
                <li>
                  <Link className={link} href="/gemeinden">
                    {t("nav.search")}
                  </Link>
                </li>
                <li>
                  <Link className={link} href="/wissen">
                    {t("nav.knowledge")}
                  </Link>
                </li>
              </ul>
            </nav>
            <UserMenu />
            <LanguageSwitch current={locale} label={t("common.languageSwitch")} />
          </div>
        </details>
      </div>
    </header>
  );
}
