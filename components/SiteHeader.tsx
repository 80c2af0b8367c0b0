import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./LanguageSwitch";
import { UserMenu } from "./auth/UserMenu";

export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="bg-kern-darkblue-700 text-kern-white no-print">
      <div className="kern-container flex flex-wrap items-center justify-between gap-kern-space-default py-kern-space-default">
        <Link href="/" className="text-kern-white no-underline">
          <span className="block text-kern-24 font-semibold">{t("common.appName")}</span>
          <span className="block text-kern-16">{t("common.tagline")}</span>
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-kern-space-large list-none m-0 p-0">
            <li>
              <Link className="text-kern-white underline-offset-4 hover:underline" href="/">
                {t("nav.home")}
              </Link>
            </li>
            <li>
              <Link className="text-kern-white underline-offset-4 hover:underline" href="/gemeinden">
                {t("nav.search")}
              </Link>
            </li>
            <li>
              <Link className="text-kern-white underline-offset-4 hover:underline" href="/wissen">
                {t("nav.knowledge")}
              </Link>
            </li>
          </ul>
        </nav>
        <UserMenu />
        <LanguageSwitch current={locale} label={t("common.languageSwitch")} />
      </div>
    </header>
  );
}
