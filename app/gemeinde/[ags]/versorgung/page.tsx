import { ReportDownload } from "@/components/report/ReportDownload";
import { NoOrganisationNotice } from "@/components/organisation/NoOrganisationNotice";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SupplyWorkspace } from "@/components/supply/SupplyWorkspace";
import { AccessError, can, loadCaller } from "@/lib/server/auth/guard";
import { getSessionUser } from "@/lib/server/auth/session";
import { PROVIDER_CSV_COLUMNS } from "@/lib/domain/csv/providers";
import { getPrisma } from "@/lib/server/db/client";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { ConflictError } from "@/lib/server/db/tenant/errors";
import { listProviders, type ProviderOwnerCandidate } from "@/lib/server/db/tenant/providers";
import { IdSchema } from "@/lib/domain/schemas/tenant";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { supplyAssumptionsOf } from "@/lib/server/use-cases/supply-assumptions";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

type Props = { params: Promise<{ ags: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const parsed = AgsSchema.safeParse((await params).ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await load(params);
  const t = await getTranslations("supply");
  return { title: municipality ? t("metaTitle", { name: municipality.name }) : "Gemeinde nicht gefunden" };
}

/**
 * Versorgungscheck: the town's provider inventory and the supply figures computed from it (signed in only), with
 * the assumptions of the address (`?kvFigure=…&retirementAge=…`, checked like the supply API checks them).
 */
export default async function SupplyPage({ params, searchParams }: Props) {
  const municipality = await load(params);
  if (!municipality) notFound();
  const t = await getTranslations("supply");
  const prisma = await getPrisma();
  const user = await getSessionUser(await headers());
  const here = `/gemeinde/${municipality.ags}/versorgung`;

  const header = (
    <header className="space-y-kern-space-x-small">
      <p className="kern-body kern-body--muted">
        <Link className="kern-link" href={`/gemeinde/${municipality.ags}`}>
          {t("backToTown", { name: municipality.name })}
        </Link>
      </p>
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large">{t("title", { name: municipality.name })}</h1>
      <p className="kern-body kern-body--large max-w-[48rem]">{t("lead")}</p>
    </header>
  );

  if (!user) {
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <section aria-labelledby="signin-title" className="kern-card max-w-[48rem]">
          <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
            <h2 id="signin-title" className="kern-heading-medium">
              {t("signInTitle")}
            </h2>
            <p className="kern-body">{t("signInText")}</p>
            <p className="kern-body font-semibold">{t("signInWhat")}</p>
            <ul className="list-disc pl-kern-space-large kern-body">
              <li>{t("signInPoint1")}</li>
              <li>{t("signInPoint2")}</li>
              <li>{t("signInPoint3")}</li>
              <li>{t("signInPoint4")}</li>
            </ul>
            <p className="flex flex-wrap gap-kern-space-default">
              <Link className="kern-btn kern-btn--primary" href={`/anmelden?next=${encodeURIComponent(here)}`}>
                <span className="kern-label">{t("signInLink")}</span>
              </Link>
              <Link className="kern-btn kern-btn--secondary" href={`/registrieren?next=${encodeURIComponent(here)}`}>
                <span className="kern-label">{t("signUpLink")}</span>
              </Link>
            </p>
          </div>
        </section>
      </article>
    );
  }

  const query = await searchParams;
  const orgParam = query.org;
  // The assumptions are part of the address (a GET form, also without JavaScript); invalid ones are shown at their
  // field and the figures keep the defaults.
  const assumptions = supplyAssumptionsOf(query);
  const chosen = IdSchema.safeParse(Array.isArray(orgParam) ? orgParam[0] : orgParam);
  const ctx = { prisma, caller: await loadCaller(prisma, user), ...(chosen.success ? { organisationId: chosen.data } : {}) };
  let data;
  try {
    const [inventory, supply] = await Promise.all([listProviders(ctx, municipality.ags), getMunicipalitySupply(ctx, municipality.ags, assumptions.query)]);
    data = { inventory, supply };
  } catch (error) {
    if (error instanceof ConflictError && error.details.reason === "choose_organisation") {
      // Several of the caller's organisations hold data for this town: the caller chooses, nothing is inferred.
      const candidates = error.details.candidates as ProviderOwnerCandidate[];
      return (
        <article className="space-y-kern-space-x-large">
          {header}
          <section aria-labelledby="choose-title" className="kern-card max-w-[48rem]" data-testid="choose-organisation">
            <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
              <h2 id="choose-title" className="kern-heading-medium">
                {t("chooseTitle")}
              </h2>
              <p className="kern-body">{t("chooseText", { name: municipality.name })}</p>
              <ul className="list-disc pl-kern-space-large kern-body">
                {candidates.map((c) => (
                  <li key={c.organisationId}>
                    <Link className="kern-link" href={`${here}?org=${encodeURIComponent(c.organisationId)}`}>
                      {c.organisationName}
                    </Link>{" "}
                    ({c.verified ? t("chooseVerified") : t("chooseUnverified")}
                    {c.via === "county-grant" ? `, ${t("chooseViaGrant")}` : ""})
                  </li>
                ))}
              </ul>
            </div>
          </section>
        </article>
      );
    }
    if (!(error instanceof AccessError && error.status === 404)) throw error;
    return (
      <article className="space-y-kern-space-x-large">
        {header}
        <NoOrganisationNotice title={t("noOrgTitle")} text={t("noOrgText", { name: municipality.name })} linkText={t("noOrgLink")} />
      </article>
    );
  }
  const { inventory, supply } = data;
  const canEdit = can(ctx.caller, "provider", "create", inventory.owner.organisationId);

  return (
    <article className="space-y-kern-space-x-large">
      {header}
      <p className="kern-body" data-testid="supply-owner">
        {t("ownerNote", { organisation: inventory.owner.organisationName })}
        {inventory.owner.via === "county-grant" ? ` ${t("ownerViaGrant")}` : ""}
      </p>
      {!canEdit && <p className="kern-alert kern-alert--info p-kern-space-small">{t("readOnly")}</p>}
      <SupplyWorkspace
        ags={municipality.ags}
        townName={municipality.name}
        canEdit={canEdit}
        providers={inventory.providers}
        supply={supply}
        csvColumns={PROVIDER_CSV_COLUMNS.map((c) => ({ header: c.header, required: c.required, description: c.description_de }))}
        action={here}
        org={chosen.success ? chosen.data : null}
        assumptions={assumptions}
      />
      <ReportDownload ags={municipality.ags} orgId={inventory.owner.organisationId} orgName={inventory.owner.organisationName} showPackage={canEdit} />
    </article>
  );
}
