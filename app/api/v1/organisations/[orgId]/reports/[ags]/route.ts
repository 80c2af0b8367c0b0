import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { loadTownReport } from "@/lib/server/db/tenant/town-report";
import { pdfResponse } from "@/lib/server/pdf/response";
import { renderTownReportPdf } from "@/lib/server/pdf/town-report";
import { AssessmentParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/**
 * GET /api/v1/organisations/{orgId}/reports/{ags} → the town report as a PDF file (issue 15). Every member of the
 * organisation and a county the town granted access (which gets no workshop results); others 401/404.
 */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, AssessmentParamsSchema);
  const data = await loadTownReport(ctx, orgId, ags);
  return pdfResponse(await renderTownReportPdf(data), `bericht-${data.town.name}-${data.date}.pdf`);
});
