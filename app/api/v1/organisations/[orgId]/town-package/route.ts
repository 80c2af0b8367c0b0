import { tenantRoute } from "@/lib/server/api/tenant-route";
import { townPackageRoute } from "@/lib/server/api/town-package";
import { importTownPackage } from "@/lib/server/db/tenant/town-package";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/organisations/{orgId}/town-package with the package → replaces the town's inventory, assessment,
 * scenarios and action plan of the organisation in one transaction (editors and admins); a bad file → 400, nothing changed.
 */
export const POST = tenantRoute<{ orgId: string }>(({ ctx, request, params }) => townPackageRoute(ctx, request, params, importTownPackage));
