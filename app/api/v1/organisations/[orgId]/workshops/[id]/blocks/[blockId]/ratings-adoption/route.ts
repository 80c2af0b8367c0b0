import { z } from "zod";
import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { adoptWorkshopRatings, ratingsAdoption } from "@/lib/server/db/tenant/workshop-to-assessment";
import { RatingsAdoptionSchema } from "@/lib/domain/schemas/workshop";
import { IdSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; id: string; blockId: string };
const ParamsSchema = z.object({ orgId: IdSchema, id: IdSchema, blockId: IdSchema });

/** GET …/blocks/{blockId}/ratings-adoption → 200 `{data}`: the room's ratings, the answers they would change, the assessment version (editors and admins). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, id, blockId } = parseParams(params, ParamsSchema);
  return json(await ratingsAdoption(ctx, orgId, id, blockId));
});

/** POST `{version, fields}` → 200 `{data: assessment}`; a stale version → 409 `{error: {current, submitted}}`. */
export const POST = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, id, blockId } = parseParams(params, ParamsSchema);
  const body = await readBody(request, RatingsAdoptionSchema);
  return json(await adoptWorkshopRatings(ctx, orgId, id, blockId, body));
});
