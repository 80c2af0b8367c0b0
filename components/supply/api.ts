import type { z } from "zod";
import type { ProviderRecordResponse } from "@/lib/domain/schemas/provider-responses";
import type { MunicipalitySupply } from "@/lib/server/db/tenant/supply";

/** A provider as the API returns it (JSON: dates are strings; the page's first render passes the server's). */
export type ClientProvider = Omit<ProviderRecordResponse, "updatedAt"> & { updatedAt: string | Date };

/**
 * The answer contracts of the supply check's API calls, loaded with the first call (lib/client/api: a contract
 * loader), so zod and the schemas are not part of the page's first-load JavaScript (issue 19).
 */
/**
 * GET /supply, read with the full supply schema (lib/domain/supply/contract.ts), whose output is the server's type.
 * The page itself renders the figures on the server (SupplyWorkspace.tsx); API clients and
 * tests/integration/api-contracts.test.ts read the route with it.
 */
export const loadSupplyContract = (): Promise<z.ZodType<{ data: MunicipalitySupply }>> =>
  import("@/lib/domain/supply/contract").then((m) => m.MunicipalitySupplyResponseSchema);
export const loadProviderContract = () => import("@/lib/domain/schemas/provider-responses").then((m) => m.ProviderResponseSchema);
export const loadCsvContract = () => import("@/lib/domain/schemas/provider-responses").then((m) => m.ProvidersCsvResponseSchema);
export const loadNoContent = () => import("@/lib/domain/api-contracts").then((m) => m.NoContentSchema);
