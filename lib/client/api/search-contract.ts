/** The municipality search's answer contract, loaded on the first search (see lib/client/api.ts: keeps zod out of every page). */
export const loadSearchContract = () => import("@/lib/domain/api-contracts").then((contracts) => contracts.MunicipalitySearchResponseSchema);
