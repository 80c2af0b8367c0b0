import { searchParamsObject } from "@/lib/api/respond";
import { json, parseParams, tenantRoute } from "@/lib/api/tenant-route";
import { getMunicipalitySupply } from "@/lib/db/tenant/supply";
import { MunicipalityParamsSchema, SupplyQuerySchema } from "@/lib/schemas/provider-api";

export const dynamic = "force-dynamic";
type Params = { ags: string };

/**
 * GET /api/v1/municipalities/{ags}/supply[?kvFigure=82.5&retirementAge=67] → `{data: {ags, municipality, owner,
 * providerCount, result, assessmentAnswers, assessmentPrefill}}`: `result` is calculateSupply's output for the
 * caller's inventory with the rule parameters valid today (`result.parameters` and `result.versorgungsgrad.ratio`
 * name the version); `assessmentAnswers` is supplyAnswersForAssessment(result); `assessmentPrefill` is shaped like
 * the self-assessment's `supply` and `urgency` groups. Readers of the inventory only.
 */
export const GET = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { ags } = parseParams(params, MunicipalityParamsSchema);
  const query = SupplyQuerySchema.parse(searchParamsObject(request.url));
  return json(await getMunicipalitySupply(ctx, ags, query));
});
