import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_BASE_NAMESPACES } from "@/i18n/namespaces";

/**
 * Hands client components the messages they translate with — and only those: every namespace given here travels in
 * the page's inline payload. The root layout passes the namespaces the whole site's islands use
 * (CLIENT_BASE_NAMESPACES); a route's layout that has more islands wraps its children in
 * `<ClientMessages namespaces={[…]}>` (a nested provider replaces the outer one, so the base namespaces are added
 * here). tests/unit/client-messages.test.ts checks that every client component finds its namespace.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...new Set([...CLIENT_BASE_NAMESPACES, ...namespaces])].map((n) => [n, messages[n]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
