import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { loadCouncilPaper } from "@/lib/server/db/tenant/town-report";
import { renderCouncilPaperPdf } from "@/lib/server/pdf/council-paper";
import { pdfResponse } from "@/lib/server/pdf/response";
import { ScenarioParamsSchema } from "@/lib/domain/schemas/scenario";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string };

/** GET /api/v1/organisations/{orgId}/scenarios/{id}/council-paper → the comparison's council paper as a PDF (readers of the scenario). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id } = parseParams(params, ScenarioParamsSchema);
  const data = await loadCouncilPaper(ctx, orgId, id);
  return pdfResponse(await renderCouncilPaperPdf(data), `beschlussvorlage-${data.town.name}-${data.date}.pdf`);
});
