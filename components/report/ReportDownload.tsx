import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * "Bericht herunterladen": the town report PDF of the organisation in use (server-rendered link, works without
 * JavaScript), and the way to the town package. Shown to signed-in members and granted counties only.
 */
export async function ReportDownload({ ags, orgId, orgName, showPackage = true }: { ags: string; orgId: string; orgName: string; showPackage?: boolean }) {
  const t = await getTranslations("report");
  return (
    <section aria-labelledby="report-title" className="kern-card max-w-[48rem] p-kern-space-default space-y-kern-space-small" data-testid="report-download">
      <h2 id="report-title" className="kern-heading-small">
        {t("title")}
      </h2>
      <p className="kern-body">
        {t("text")} {t("organisation", { organisation: orgName })}
      </p>
      <div className="flex flex-wrap gap-kern-space-small">
        <a className="kern-btn kern-btn--primary min-h-[44px]" href={`/api/v1/organisations/${encodeURIComponent(orgId)}/reports/${ags}`} download>
          <span className="kern-label">{t("download")}</span>
        </a>
        {showPackage && (
          <Link className="kern-btn kern-btn--secondary min-h-[44px]" href={`/organisationen/${encodeURIComponent(orgId)}/gemeindepaket?ags=${ags}`}>
            <span className="kern-label">{t("package")}</span>
          </Link>
        )}
      </div>
    </section>
  );
}
