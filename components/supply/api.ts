import { computedResult } from "@/lib/domain/api-contracts";
import { MunicipalitySupplyResponseSchema } from "@/lib/domain/supply/contract";
import type { ProviderRecordResponse } from "@/lib/domain/schemas/provider-responses";
import type { MunicipalitySupply } from "@/lib/server/db/tenant/supply";

/** A provider as the API returns it (JSON: dates are strings; the page's first render passes the server's). */
export type ClientProvider = Omit<ProviderRecordResponse, "updatedAt"> & { updatedAt: string | Date };

/** GET /supply, read with the supply contract (lib/domain/supply/contract.ts) and typed as the server computes it. */
export const SupplyResponseContract = computedResult<{ data: MunicipalitySupply }>(MunicipalitySupplyResponseSchema);
