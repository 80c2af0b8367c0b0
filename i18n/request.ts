import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { NAMESPACES } from "./namespaces";

/** German is the default; English is offered second. The choice lives in a cookie (no locale in the URL). */
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = resolveLocale(store.get(LOCALE_COOKIE)?.value);
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return { locale, messages: Object.fromEntries(entries), timeZone: "Europe/Berlin" };
});
