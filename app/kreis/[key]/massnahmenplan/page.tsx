import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { PlanPageGate } from "@/components/plan/PlanPageGate";
import { PlanPageBody } from "@/components/plan/PlanPageBody";
import { getPrisma } from "@/lib/server/db/client";
import { getKreisRegister } from "@/lib/server/db/county";
import { firstParam } from "@/lib/server/db/tenant/organisation-in-use";
import { KreisKeySchema } from "@/lib/domain/schemas/tenant";
import { loadCountyPlanPage } from "./load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const registerOf = cache(async (key: string) => {
  const parsed = KreisKeySchema.safeParse(key);
  if (!parsed.success) return null;
  return getKreisRegister(await getPrisma(), parsed.data);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = await registerOf((await params).key);
  const t = await getTranslations("plan");
  return { title: register ? t("countyTitle", { name: register.kreis.name }) : "Kreis nicht gefunden" };
}

/**
 * /kreis/{key}/massnahmenplan: the county organisation's own measures plan for its Kreis (issue 17) — the same plan
 * resource, page body and forms as a town's plan, with the Kreis as its scope.
 */
export default async function CountyPlanPage({ params, searchParams }: Props) {
  const register = await registerOf((await params).key);
  if (!register) notFound();
  const { kreis, municipalities } = register;
  const query = await searchParams;
  const t = await getTranslations("plan");
  const here = `/kreis/${kreis.key}/massnahmenplan`;
  const page = await loadCountyPlanPage(kreis.key, firstParam(query.org));

  const header = (
    <header className="space-y-kern-space-x-small">
      <p className="kern-body kern-body--muted">
        <Link className="kern-link" href={`/kreis/${kreis.key}`}>
          {t("countyBack", { name: kreis.name })}
        </Link>
      </p>
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large">{t("countyTitle", { name: kreis.name })}</h1>
      <p className="kern-body kern-body--large max-w-[48rem]">{t("countyLead")}</p>
    </header>
  );

  if (page.kind !== "ok") {
    return <PlanPageGate header={header} page={page} here={here} placeName={kreis.name} noOrganisation={{ title: t("countyNoOrgTitle"), text: t("countyNoOrgText", { name: kreis.name }) }} />;
  }
  const scope = {
    key: kreis.key,
    here,
    fundingAgs: kreis.key,
    inhabitants: municipalities.reduce((sum, m) => sum + m.population, 0),
    landName: kreis.landName,
    resultHref: null,
    supplyHref: null,
  };
  return <PlanPageBody header={header} page={page} query={query} scope={scope} />;
}
