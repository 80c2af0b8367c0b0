import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { FontLoader } from "@/components/FontLoader";
import { SiteFooter } from "@/components/SiteFooter";
import { PrintSupport } from "@/components/PrintSupport";
import { SiteHeader } from "@/components/SiteHeader";
import { formatDate } from "@/lib/domain/format/date";
import { FONTS_CACHED_SCRIPT } from "@/lib/client/fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: `${t("appName")} – ${t("tagline")}`, template: `%s · ${t("appName")}` },
    description: t("tagline"),
    icons: { icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const tp = await getTranslations("presentation");
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The inline script may add `fonts-cached` before React hydrates (components/FontLoader.tsx).
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: FONTS_CACHED_SCRIPT }} />
      </head>
      <body className="min-h-screen flex flex-col">
        <a href="#inhalt" className="skip-link kern-link">
          {t("skipToContent")}
        </a>
        {/* Client components get only the messages they use (components/ClientMessages.tsx). */}
        <ClientMessages>
          <SiteHeader />
          {/* Printed pages name the tool and the day (page numbers come from the @page rules in globals.css). */}
          <p className="print-only print-stamp kern-body kern-body--small">
            {t("appName")} · {tp("printedOn", { date: formatDate(new Date()) })}
          </p>
          {locale === "en" && (
            <p className="kern-container german-content-notice kern-body kern-body--small no-print" lang="en" data-testid="german-content-notice">
              {tp("germanContent")}
            </p>
          )}
          <main id="inhalt" tabIndex={-1} className="kern-container flex-1 py-kern-space-x-large">
            {children}
          </main>
          <SiteFooter />
          <PrintSupport />
          <FontLoader />
        </ClientMessages>
      </body>
    </html>
  );
}
