import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { organisationsForTown } from "@/app/gemeinde/[ags]/selbstcheck/load";
import { getPageContext } from "@/lib/server/auth/page";
import { listPlanSummaries } from "@/lib/server/db/tenant/action-plans";

/** The plan's state on the town page: per organisation of the caller responsible for the town (nothing when signed out). */
export async function PlanStateNote({ municipality }: { municipality: { ags: string; kreisKey: string | null } }) {
  const ctx = await getPageContext();
  if (!ctx.caller) return null;
  const t = await getTranslations("plan");
  const organisations = await organisationsForTown(ctx, municipality, "plan");
  if (organisations.length === 0) return null;
  const today = new Date().toISOString().slice(0, 10);
  const rows = await Promise.all(organisations.map(async (org) => ({ org, summary: (await listPlanSummaries(ctx, org.id, today, municipality.ags))[0] ?? null })));
  return (
    <ul className="list-none m-0 p-0 kern-body kern-body--small" data-testid="town-plan-state">
      {rows.map(({ org, summary }) => (
        <li key={org.id}>
          <Link className="kern-link" href={`/gemeinde/${municipality.ags}/massnahmenplan?org=${encodeURIComponent(org.id)}`}>
            {summary ? t("townState", { organisation: org.name, done: summary.done, total: summary.total, overdue: summary.overdue }) : `${org.name}: ${t("townStateNone")}`}
          </Link>
        </li>
      ))}
    </ul>
  );
}
