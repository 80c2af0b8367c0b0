import { tenantRoute } from "@/lib/server/api/tenant-route";
import { townPackageRoute } from "@/lib/server/api/town-package";
import { previewTownPackage } from "@/lib/server/db/tenant/town-package";

export const dynamic = "force-dynamic";

/** POST /api/v1/organisations/{orgId}/town-package/preview with the package → what an import would replace; changes nothing. */
export const POST = tenantRoute<{ orgId: string }>(({ ctx, request, params }) => townPackageRoute(ctx, request, params, previewTownPackage));
