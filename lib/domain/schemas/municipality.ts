import { z } from "zod";
import { SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_TOO_LONG } from "@/lib/domain/search/normalize";
import { safeText } from "@/lib/domain/text";

import { AgsSchema } from "@/lib/domain/ags";

/** The eight-digit Amtlicher Gemeindeschlüssel (lib/domain/ags.ts). */
export { AgsSchema };

export const MUNICIPALITY_SEARCH_MAX_LIMIT = 50;

/** Query of the municipality search (API and search page). */
export const MunicipalitySearchQuerySchema = z.object({
  q: safeText({ error: "Der Suchbegriff q fehlt." })
    .trim()
    .min(1, "Der Suchbegriff q darf nicht leer sein.")
    .max(SEARCH_QUERY_MAX_LENGTH, SEARCH_QUERY_TOO_LONG),
  limit: z.coerce
    .number({ error: "limit muss eine Zahl sein." })
    .int("limit muss eine ganze Zahl sein.")
    .min(1, "limit muss mindestens 1 sein.")
    .max(MUNICIPALITY_SEARCH_MAX_LIMIT, `limit darf höchstens ${MUNICIPALITY_SEARCH_MAX_LIMIT} sein.`)
    .default(10),
});
export type MunicipalitySearchQuery = z.infer<typeof MunicipalitySearchQuerySchema>;
