import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { getActionPlan, planTargetName } from "@/lib/server/db/tenant/action-plans";
import { planIcs } from "@/lib/domain/csv/plan-export";
import { ActionPlanParamsSchema, planTargetKey } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/** GET …/plans/{ags}/plan.ics: the open items' due dates as all-day events (iCalendar). Every reader. */
export const GET = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, ags } = parseParams(params, ActionPlanParamsSchema);
  const plan = await getActionPlan(ctx, orgId, ags);
  const ics = planIcs(plan.items, await planTargetName(ctx, ags), new URL(request.url).hostname || "versorgungslotse", new Date());
  return new Response(ics, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="massnahmenplan-${planTargetKey(ags)}.ics"` },
  });
});
