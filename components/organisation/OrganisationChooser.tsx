import Link from "next/link";
import { getTranslations } from "next-intl/server";

export interface ChooserCandidate {
  id: string;
  name: string;
  verifiedAt: Date | null;
}

/**
 * "Mit welcher Organisation arbeiten Sie?": shown when several of the caller's organisations could hold a town's
 * data; each link carries `?org=` (lib/server/db/tenant/organisation-in-use.ts). Nothing is inferred.
 */
export async function OrganisationChooser({ townName, candidates, basePath }: { townName: string; candidates: ChooserCandidate[]; basePath: string }) {
  const t = await getTranslations("organisation.chooser");
  return (
    <section aria-labelledby="choose-organisation-title" className="kern-card max-w-[48rem]" data-testid="choose-organisation">
      <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
        <h2 id="choose-organisation-title" className="kern-heading-medium">
          {t("title")}
        </h2>
        <p className="kern-body">{t("text", { name: townName })}</p>
        <ul className="list-disc pl-kern-space-large kern-body">
          {candidates.map((c) => (
            <li key={c.id}>
              <Link className="kern-link" href={`${basePath}?org=${encodeURIComponent(c.id)}`}>
                {c.name}
              </Link>{" "}
              ({c.verifiedAt ? t("verified") : t("unverified")})
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
