"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const KNOWLEDGE_SECTIONS = [
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

export type KnowledgeNavLabels = Record<(typeof KNOWLEDGE_SECTIONS)[number][1] | "navLabel", string>;

/**
 * Section navigation of the knowledge pages; the current section is marked with aria-current. The labels come from
 * the server (app/wissen/layout.tsx), so the knowledge messages stay out of the client payload.
 */
export function KnowledgeNav({ labels }: { labels: KnowledgeNavLabels }) {
  const pathname = usePathname();
  return (
    <nav aria-label={labels.navLabel} className="no-print">
      <ul className="flex flex-wrap gap-x-kern-space-large gap-y-kern-space-x-small list-none m-0 p-0 kern-body">
        {KNOWLEDGE_SECTIONS.map(([href, key]) => {
          const current = href === "/wissen" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link className={`kern-link${current ? " font-semibold" : ""}`} href={href} aria-current={current ? "page" : undefined}>
                {labels[key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
