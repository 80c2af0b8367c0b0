import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getActionPlan } from "@/lib/server/db/tenant/action-plans";
import { planCsv } from "@/lib/domain/csv/plan-export";
import { ActionPlanParamsSchema, planTargetKey } from "@/lib/domain/schemas/action-plan";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/** GET …/plans/{ags}/plan.csv: the plan for Excel (German: `;`, UTF-8 with BOM), in priority order. Every reader. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, ActionPlanParamsSchema);
  const plan = await getActionPlan(ctx, orgId, ags);
  const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const names = new Map(knowledge.fundingProgrammes.map((p) => [p.id, p.name]));
  const csv = planCsv(plan.items, names, new Date().toISOString().slice(0, 10));
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="massnahmenplan-${planTargetKey(ags)}.csv"` },
  });
});
