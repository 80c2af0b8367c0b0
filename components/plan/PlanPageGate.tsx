import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { NoOrganisationNotice } from "@/components/organisation/NoOrganisationNotice";
import { OrganisationChooser } from "@/components/organisation/OrganisationChooser";
import type { OrganisationSummary } from "@/lib/server/db/tenant/organisations";

/** What a plan page's loader found before there is a plan to show (town's and county's plan pages alike). */
export type PlanPageBeforePlan = { kind: "signed-out" } | { kind: "none" } | { kind: "choose"; candidates: OrganisationSummary[] };

/**
 * A plan page that cannot show a plan yet: sign in (and come back to `here`), choose the organisation in use, or
 * "no organisation for this place". One markup for the town's and the county's plan page.
 */
export async function PlanPageGate({
  header,
  page,
  here,
  placeName,
  noOrganisation,
}: {
  header: ReactNode;
  page: PlanPageBeforePlan;
  here: string;
  placeName: string;
  noOrganisation: { title: string; text: string };
}) {
  const t = await getTranslations("plan");
  return (
    <article className="space-y-kern-space-x-large">
      {header}
      {page.kind === "signed-out" && (
        <section aria-labelledby="signin-title" className="kern-card max-w-[48rem]">
          <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
            <h2 id="signin-title" className="kern-heading-medium">
              {t("signInTitle")}
            </h2>
            <p className="kern-body">{t("signInText")}</p>
            <p>
              <Link className="kern-btn kern-btn--primary" href={`/anmelden?next=${encodeURIComponent(here)}`}>
                <span className="kern-label">{t("signInLink")}</span>
              </Link>
            </p>
          </div>
        </section>
      )}
      {page.kind === "choose" && <OrganisationChooser townName={placeName} candidates={page.candidates} basePath={here} />}
      {page.kind === "none" && <NoOrganisationNotice title={noOrganisation.title} text={noOrganisation.text} linkText={t("noOrgLink")} />}
    </article>
  );
}
