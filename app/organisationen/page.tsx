import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateOrganisationForm } from "@/components/organisation/CreateOrganisationForm";
import { requireSignedInPage } from "@/lib/server/auth/page";
import { listKreise } from "@/lib/server/db/kreise";
import { listOrganisations } from "@/lib/server/db/tenant/organisations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("listTitle") };
}

export default async function OrganisationsPage() {
  const ctx = await requireSignedInPage("/organisationen");
  const t = await getTranslations("organisation");
  const [organisations, kreise] = await Promise.all([listOrganisations(ctx), listKreise(ctx.prisma)]);
  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="orgs-title" className="space-y-kern-space-default">
        <h1 id="orgs-title" className="kern-heading-large">
          {t("listTitle")}
        </h1>
        <p className="kern-body max-w-[48rem]">{t("listLead")}</p>
        {organisations.length === 0 ? (
          <p className="kern-body">{t("listEmpty")}</p>
        ) : (
          <ul className="grid gap-kern-space-default md:grid-cols-2 list-none m-0 p-0" data-testid="organisation-list">
            {organisations.map((organisation) => (
              <li key={organisation.id} className="kern-card">
                <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
                  <h2 className="kern-heading-small">
                    <Link className="kern-link" href={`/organisationen/${organisation.id}`}>
                      {organisation.name}
                    </Link>
                  </h2>
                  <p className="kern-body kern-body--small">
                    {t(`kind${organisation.kind}`)} ·{" "}
                    {organisation.role ? t("yourRole", { role: t(`role${organisation.role}`) }) : t("countyAccess")}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title" className="space-y-kern-space-default">
        <h2 id="create-title" className="kern-heading-medium">
          {t("createTitle")}
        </h2>
        <p className="kern-body">{t("createLead")}</p>
        <CreateOrganisationForm kreise={kreise} />
      </section>
    </div>
  );
}
