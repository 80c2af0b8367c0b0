import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { AgsSchema } from "./municipality";
import { ProviderPatchSchema } from "./provider";

/**
 * Request schemas of the provider and supply API (`/api/v1/municipalities/{ags}/providers|supply`). The provider
 * itself is `ProviderSchema` / `ProviderPatchSchema` from ./provider (one schema per concept); these only add the
 * route parameters, the version for optimistic concurrency and the supply query.
 */
export const MunicipalityParamsSchema = z.object({ ags: AgsSchema });

export const ProviderIdSchema = safeText().trim().min(1, "Die Kennung der Einrichtung fehlt.").max(64, "Die Kennung der Einrichtung ist zu lang.");
export const ProviderParamsSchema = z.object({ ags: AgsSchema, id: ProviderIdSchema });

const VersionSchema = z
  .number({ error: "version fehlt: senden Sie die Version der Einrichtung, die Sie gelesen haben." })
  .int("version muss eine ganze Zahl sein.")
  .min(1, "version muss mindestens 1 sein.");

/** PATCH body: the fields to change (doctors, if given, replace the list) and the version the client read. */
export const UpdateProviderSchema = ProviderPatchSchema.extend({ version: VersionSchema });
export type UpdateProviderInput = z.infer<typeof UpdateProviderSchema>;

/** DELETE query: `?version=` optional; when given, a stale version is refused with 409. */
export const DeleteProviderQuerySchema = z.object({
  version: z.coerce.number({ error: "version muss eine Zahl sein." }).int("version muss eine ganze Zahl sein.").min(1).optional(),
});

/** CSV import body: `{csv, mode}` — `preview` shows what would change, `apply` replaces the inventory (all or none). */
export const ProvidersCsvImportSchema = z.strictObject({
  csv: safeText({ error: "csv fehlt: den Inhalt der CSV-Datei als Text senden." }).max(2_000_000, "Die Datei ist zu groß (höchstens 2 MB)."),
  mode: z.enum(["preview", "apply"], { error: "mode muss „preview“ oder „apply“ sein." }).default("preview"),
});

const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : typeof v === "string" ? Number(v.trim().replace(",", ".")) : v), schema.optional());

/** GET /supply query: the KV's published Versorgungsgrad (instead of the computed one) and a retirement age. */
export const SupplyQuerySchema = z.object({
  kvFigure: optionalNumber(
    z.number({ error: "kvFigure muss eine Zahl sein (Versorgungsgrad in Prozent)." }).min(0, "kvFigure darf nicht negativ sein.").max(300, "kvFigure darf höchstens 300 % sein."),
  ),
  retirementAge: optionalNumber(
    z.number({ error: "retirementAge muss eine Zahl sein." }).int("retirementAge muss eine ganze Zahl sein.").min(55, "retirementAge muss mindestens 55 sein.").max(85, "retirementAge darf höchstens 85 sein."),
  ),
});
export type SupplyQuery = z.infer<typeof SupplyQuerySchema>;
