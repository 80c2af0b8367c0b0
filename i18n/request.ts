import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

/** German is the default; English is offered second. The choice lives in a cookie (no locale in the URL). */
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = resolveLocale(store.get(LOCALE_COOKIE)?.value);
  return { locale, messages: (await import(`../messages/${locale}.json`)).default, timeZone: "Europe/Berlin" };
});
