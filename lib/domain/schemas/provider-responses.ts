import { z } from "zod";
import { ProviderKindSchema, ProviderSchema, ProviderShape } from "./provider";

/**
 * Response contracts of the provider and supply API (issue 13): what lib/client/api/index.ts parses the answers of
 * these routes with. The provider in an answer is the concept's own ProviderSchema plus what the database adds; the
 * CSV preview's types are derived here. Apart from the request schemas (./provider-api.ts), so the pages do not load
 * the request rules and their messages.
 */

/**
 * A stored provider as the API returns it (JSON: `updatedAt` is a string). The address may be empty: rows from before
 * the address was required are returned with "" (lib/server/db/tenant/providers.ts toRecord).
 */
export const ProviderRecordSchema = z.object({
  ...ProviderShape,
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  id: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProviderRecordResponse = z.output<typeof ProviderRecordSchema>;

/** GET /providers → the inventory; POST /providers, GET|PATCH /providers/{id} → one provider. */
export const ProviderInventoryResponseSchema = z.object({ data: z.object({ ags: z.string(), providers: z.array(ProviderRecordSchema) }) });
export const ProviderResponseSchema = z.object({ data: ProviderRecordSchema });

/** One bad row of a CSV file (line 1 = header); a refused import lists them in `error.rows`. */
export const ProviderCsvErrorSchema = z.object({ line: z.number().int(), column: z.string().optional(), message: z.string() });
export type ProviderCsvError = z.infer<typeof ProviderCsvErrorSchema>;
export const ProviderCsvErrorsSchema = z.array(ProviderCsvErrorSchema);

export const ProviderChangeKindSchema = z.enum(["added", "changed", "unchanged", "removed"]);
export type ProviderChangeKind = z.infer<typeof ProviderChangeKindSchema>;
export const ProviderChangeSchema = z.object({
  change: ProviderChangeKindSchema,
  name: z.string(),
  kind: ProviderKindSchema,
  doctorsBefore: z.number(),
  doctorsAfter: z.number(),
});
export type ProviderChange = z.infer<typeof ProviderChangeSchema>;

/** What importing a CSV file would change (preview) or changed (apply). */
export const ProvidersCsvPreviewSchema = z.object({
  ok: z.literal(true),
  providers: z.array(ProviderSchema),
  changes: z.array(ProviderChangeSchema),
  summary: z.object({
    added: z.number(),
    changed: z.number(),
    unchanged: z.number(),
    removed: z.number(),
    providersBefore: z.number(),
    providersAfter: z.number(),
    doctorsBefore: z.number(),
    doctorsAfter: z.number(),
  }),
});
export type ProvidersCsvPreview = z.output<typeof ProvidersCsvPreviewSchema>;
export const ProvidersCsvResponseSchema = z.object({ data: ProvidersCsvPreviewSchema });

/** The county-wide file (issue 17): the preview per town the file names. */
export const CountyCsvTownPreviewSchema = z.object({ ags: z.string(), preview: ProvidersCsvPreviewSchema });
export type CountyCsvTownPreview = z.output<typeof CountyCsvTownPreviewSchema>;
export const CountyCsvResponseSchema = z.object({ data: z.object({ ok: z.literal(true), towns: z.array(CountyCsvTownPreviewSchema) }) });
