import { searchParamsObject } from "@/lib/server/api/respond";

/** `org` chooses the organisation in use (withChosenOrganisation); the other query parameters are the route's own. */
const withoutOrg = ({ org: _org, ...rest }: Record<string, string>) => rest;
import { json, parseParams, tenantRoute, withChosenOrganisation } from "@/lib/server/api/tenant-route";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { MunicipalityParamsSchema, SupplyQuerySchema } from "@/lib/domain/schemas/provider-api";

export const dynamic = "force-dynamic";
type Params = { ags: string };

/**
 * GET /api/v1/municipalities/{ags}/supply[?kvFigure=82.5&retirementAge=67] → `{data: {ags, municipality, owner,
 * providerCount, result, assessmentAnswers, assessmentPrefill}}`: `result` is calculateSupply's output for the
 * caller's inventory with the rule parameters valid today (`result.parameters` and `result.versorgungsgrad.ratio`
 * name the version); `assessmentAnswers` is supplyAnswersForAssessment(result); `assessmentPrefill` is shaped like
 * the self-assessment's `supply` and `urgency` groups. Readers of the inventory only.
 */
export const GET = tenantRoute<Params>(async ({ ctx: base, params, request }) => {
  const ctx = withChosenOrganisation(base, request);
  const { ags } = parseParams(params, MunicipalityParamsSchema);
  const query = SupplyQuerySchema.parse(withoutOrg(searchParamsObject(request.url)));
  return json(await getMunicipalitySupply(ctx, ags, query));
});
