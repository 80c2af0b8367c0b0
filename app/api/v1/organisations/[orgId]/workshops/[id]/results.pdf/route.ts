import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { WorkshopItemParamsSchema } from "@/lib/domain/schemas/workshop";
import { pdfResponse } from "@/lib/server/pdf/response";
import { renderWorkshopResultsPdf } from "@/lib/server/pdf/workshop-results";
import { loadWorkshopPdf } from "@/lib/server/db/tenant/workshop-pdf";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** GET /api/v1/organisations/{orgId}/workshops/{id}/results.pdf → the results as a tagged A4 PDF (issue 14). Every member. */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, WorkshopItemParamsSchema);
  const data = await loadWorkshopPdf(ctx, orgId, id);
  return pdfResponse(await renderWorkshopResultsPdf(data), `workshop-${data.workshop.title}-${data.workshop.date}.pdf`);
});
