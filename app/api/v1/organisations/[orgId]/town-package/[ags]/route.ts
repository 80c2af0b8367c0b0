import { parseParams, tenantRoute } from "@/lib/server/api/tenant-route";
import { exportTownPackage } from "@/lib/server/db/tenant/town-package";
import { AssessmentParamsSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/** GET /api/v1/organisations/{orgId}/town-package/{ags} → the town package as a JSON file (readers of inventory, assessment and scenarios). */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, AssessmentParamsSchema);
  const pkg = await exportTownPackage(ctx, orgId, ags);
  return new Response(JSON.stringify(pkg, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="gemeindepaket-${ags}-${pkg.exportedAt.slice(0, 10)}.json"`,
    },
  });
});
