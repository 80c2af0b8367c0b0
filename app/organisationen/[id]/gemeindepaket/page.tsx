import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TownPackageImport } from "@/components/report/TownPackageImport";
import { can } from "@/lib/server/auth/guard";
import { loadForPage, requireSignedInPage } from "@/lib/server/auth/page";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { getOrganisation } from "@/lib/server/db/tenant/organisations";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gemeindepaket" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The town package of an organisation: export as JSON, import with a preview (issue 15). */
export default async function TownPackagePage({ params, searchParams }: Props) {
  const { id } = await params;
  const requestedAgs = AgsSchema.safeParse(firstParam((await searchParams).ags));
  const path = `/organisationen/${id}/gemeindepaket${requestedAgs.success ? `?ags=${requestedAgs.data}` : ""}`;
  const ctx = await requireSignedInPage(path);
  const t = await getTranslations("report.pkg");
  const loaded = await loadForPage(path, async () => {
    const organisation = await getOrganisation(ctx, id);
    const ags = organisation.kind === "TOWN" ? organisation.municipalityAgs : requestedAgs.success ? requestedAgs.data : null;
    const town = ags ? await ctx.prisma.municipality.findUnique({ where: { ags }, select: { ags: true, name: true } }) : null;
    return { organisation, town };
  });
  if (loaded === "forbidden") {
    return (
      <div className="space-y-kern-space-default">
        <h1 className="kern-heading-large">{t("metaTitle")}</h1>
        <p className="kern-body">{t("noPermission")}</p>
      </div>
    );
  }
  const { organisation, town } = loaded;
  const mayImport = (["provider", "assessment", "scenario"] as const).every((r) => can(ctx.caller, r, "update", id) && can(ctx.caller, r, "delete", id));
  return (
    <div className="space-y-kern-space-x-large max-w-[48rem]">
      <section aria-labelledby="pkg-title" className="space-y-kern-space-small">
        <p className="kern-body">
          <Link className="kern-link" href={`/organisationen/${id}`}>
            {t("back")}
          </Link>
        </p>
        <h1 id="pkg-title" className="kern-heading-large">
          {t("title", { town: town?.name ?? "–" })}
        </h1>
        <p className="kern-body">{t("intro", { organisation: organisation.name })}</p>
      </section>
      {!town ? (
        <p className="kern-alert kern-alert--info p-kern-space-default">{t("chooseTown")}</p>
      ) : (
        <>
          <section aria-labelledby="pkg-export" className="space-y-kern-space-small">
            <h2 id="pkg-export" className="kern-heading-medium">
              {t("exportTitle")}
            </h2>
            <p className="kern-body">{t("exportText")}</p>
            <a className="kern-btn kern-btn--secondary min-h-[44px]" href={`/api/v1/organisations/${encodeURIComponent(id)}/town-package/${town.ags}`} download data-testid="package-export">
              <span className="kern-label">{t("exportButton")}</span>
            </a>
          </section>
          <section aria-labelledby="pkg-import" className="space-y-kern-space-small">
            <h2 id="pkg-import" className="kern-heading-medium">
              {t("importTitle")}
            </h2>
            {mayImport ? (
              <>
                <p className="kern-body">{t("importText")}</p>
                <TownPackageImport orgId={id} />
              </>
            ) : (
              <p className="kern-body">{t("noPermission")}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
