import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { workshopResults } from "@/lib/server/db/tenant/workshops";
import { WorkshopItemParamsSchema } from "@/lib/domain/schemas/workshop";
import { workshopResultsCsv } from "@/lib/server/use-cases/workshop-results-csv";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** GET /api/v1/organisations/{orgId}/workshops/{id}/results.csv → the results as CSV (`;`, UTF-8 with BOM). Every member. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  const { workshop, participants, blocks } = await workshopResults(ctx, orgId, id);
  const csv = workshopResultsCsv(
    { title: workshop.title, date: workshop.date, participants, exportedAt: new Date() },
    blocks.map((b) => ({ position: b.position, config: b.config, openedAt: b.openedAt, closedAt: b.closedAt, n: b.n, paper: b.paper, result: b.overall, byRole: b.byRole })),
  );
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="workshop-${workshop.date}.csv"` } });
});
