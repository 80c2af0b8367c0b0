import { z } from "zod";
import { SlugSchema } from "../domain/ids";
import { CitationsSchema } from "../domain/citation";

// ------------------------------------------------------------------------------------------------
// (a) The eleven possible municipal roles (Oberender AG list, PORT study section 2.4)
// ------------------------------------------------------------------------------------------------

export const OBERENDER_ROLE_SLUGS = [
  "initiierung",
  "gesellschafter",
  "eigentuemer-gebaeude",
  "unterstuetzung-immobilie-investor",
  "unterstuetzung-bedarfsermittlung",
  "kooperation-gfp",
  "vernetzung",
  "unterstuetzung-verein",
  "nutzung-fuer-eigene-angebote",
  "ueberlassung-raeumlichkeiten",
  "erreichbarkeit",
] as const;
export const OberenderRoleSlugSchema = z.enum(OBERENDER_ROLE_SLUGS);
export type OberenderRoleSlug = z.infer<typeof OberenderRoleSlugSchema>;

export const MunicipalRoleSchema = z.object({
  slug: OberenderRoleSlugSchema,
  position: z.number().int().min(1).max(11),
  /** Text as printed in the list (without the list's trailing comma/period). */
  printed: z.string().min(1),
  /** Short German label for the UI. */
  label: z.string().min(1),
  citations: CitationsSchema,
});
export type MunicipalRole = z.infer<typeof MunicipalRoleSchema>;

// ------------------------------------------------------------------------------------------------
// (b) Abbildung 1 (chapter 3.3): five sites × eight columns, four cell values
// ------------------------------------------------------------------------------------------------

export const ROLE_MATRIX_CELL_VALUES = ["X", "(X)", "-", ""] as const;
export const RoleMatrixCellSchema = z.enum(ROLE_MATRIX_CELL_VALUES);
export type RoleMatrixCell = z.infer<typeof RoleMatrixCellSchema>;

export const RoleMatrixColumnSchema = z.object({
  key: SlugSchema,
  /** Column heading verbatim (line-break hyphenation removed; footnote marker dropped). */
  heading: z.string().min(1),
  /** Oberender roles the column corresponds to (empty = none). */
  roles: z.array(OberenderRoleSlugSchema),
  note: z.string().min(1).optional(),
});
export type RoleMatrixColumn = z.infer<typeof RoleMatrixColumnSchema>;

export const RoleMatrixRowSchema = z.object({
  /** Row label as printed. */
  site: z.string().min(1),
  caseStudySlug: SlugSchema,
  cells: z.array(RoleMatrixCellSchema).length(8),
});
export type RoleMatrixRow = z.infer<typeof RoleMatrixRowSchema>;

export const RoleMatrixSchema = z.object({
  title: z.string().min(1),
  columns: z.array(RoleMatrixColumnSchema).length(8),
  rows: z.array(RoleMatrixRowSchema).length(5),
  /** Oberender roles without a column in Abbildung 1. */
  rolesWithoutColumn: z.array(OberenderRoleSlugSchema),
  legend: z.string().min(1),
  citations: CitationsSchema,
});
export type RoleMatrix = z.infer<typeof RoleMatrixSchema>;

