"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const SECTIONS = [
  ["/wissen", "navOverview"],
  ["/wissen/modelle", "navModels"],
  ["/wissen/fallbeispiele", "navCases"],
  ["/wissen/faktoren", "navFactors"],
  ["/wissen/massnahmen", "navMeasures"],
  ["/wissen/rollen", "navRoles"],
  ["/wissen/fragen", "navQuestions"],
  ["/wissen/regeln", "navRules"],
  ["/wissen/quellen", "navSources"],
] as const;

/** Section navigation of the knowledge pages; the current section is marked with aria-current. */
export function KnowledgeNav() {
  const t = useTranslations("knowledge");
  const pathname = usePathname();
  return (
    <nav aria-label={t("navLabel")} className="no-print">
      <ul className="flex flex-wrap gap-x-kern-space-large gap-y-kern-space-x-small list-none m-0 p-0 kern-body">
        {SECTIONS.map(([href, key]) => {
          const current = href === "/wissen" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link className={`kern-link${current ? " font-semibold" : ""}`} href={href} aria-current={current ? "page" : undefined}>
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
