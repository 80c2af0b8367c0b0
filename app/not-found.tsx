import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MunicipalitySearch } from "@/components/MunicipalitySearch";

/** A 404 that helps: say what happened, offer the municipality search and the tools. */
export default async function NotFound() {
  const t = await getTranslations("errors");
  const links = [
    { href: "/", label: t("backHome") },
    { href: "/gemeinden", label: t("notFoundSearchPage") },
    { href: "/wissen", label: t("notFoundKnowledge") },
    { href: "/organisationen", label: t("notFoundOrganisations") },
  ];
  return (
    <div className="space-y-kern-space-large max-w-[48rem]">
      <h1 className="kern-heading-large">{t("notFoundTitle")}</h1>
      <p className="kern-body">{t("notFoundText")}</p>
      <section aria-labelledby="nf-search" className="space-y-kern-space-small">
        <h2 id="nf-search" className="kern-heading-small">{t("notFoundSearchTitle")}</h2>
        <MunicipalitySearch />
      </section>
      <nav aria-labelledby="nf-links" className="space-y-kern-space-small">
        <h2 id="nf-links" className="kern-heading-small">{t("notFoundLinksTitle")}</h2>
        <ul className="kern-list kern-body">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="kern-link">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
