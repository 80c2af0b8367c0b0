import { z } from "zod";
import { FactorCategorySchema, SlugSchema } from "../domain/ids";
import { CitationsSchema } from "../domain/citation";

/** The five Themenschwerpunkte of the KommKom catalogue, as printed. */
export const MEASURE_FIELDS = [
  "Marketing",
  "Infrastruktur",
  "Aus-, Fort- & Weiterbildung",
  "Digitalisierung",
  "Vernetzung",
] as const;
export const MeasureFieldSchema = z.enum(MEASURE_FIELDS);
export type MeasureField = z.infer<typeof MeasureFieldSchema>;

export const SECTORS = ["Medizin", "Pflege", "Therapie", "Pharmazie", "Sektorenübergreifend"] as const;
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const MeasureCatalogueSchema = z.enum(["kommkom", "heinsberg"]);
export type MeasureCatalogue = z.infer<typeof MeasureCatalogueSchema>;

export const MeasureSchema = z.object({
  slug: SlugSchema,
  catalogue: MeasureCatalogueSchema,
  field: MeasureFieldSchema,
  /** "source": the catalogue prints the field; "editor": assigned by us (Heinsberg measures). */
  fieldAssignedBy: z.enum(["source", "editor"]),
  /** Title as printed (KommKom) or a short German title (Heinsberg). */
  title: z.string().min(1),
  summary: z.string().min(1),
  sectors: z.array(SectorSchema).min(1),
  /** "#" tags as printed (line-break hyphenation removed). Heinsberg: none. */
  tags: z.array(z.string().min(1)),
  origin: z.object({
    municipalities: z.array(z.string().min(1)),
    note: z.string().min(1),
  }),
  /** First steps ("Anknüpfungspunkte") as printed; empty when the source prints none. */
  firstSteps: z.array(z.string().min(1)),
  firstStepsNote: z.string().min(1).optional(),
  /** Readiness gaps this measure helps close (the engine proposes measures for the weakest categories). */
  closesGaps: z.array(FactorCategorySchema).min(1),
  citations: CitationsSchema,
});
export type Measure = z.infer<typeof MeasureSchema>;

// ------------------------------------------------------------------------------------------------
// KommKom catalogue: 33 measures (7 Marketing, 8 Infrastruktur, 7 Aus-, Fort- & Weiterbildung,
// 6 Digitalisierung, 5 Vernetzung), in the order of the brochure.
// ------------------------------------------------------------------------------------------------

/** Number of KommKom measures (one titled page each), counted in the source's table of contents. */
export const KOMMKOM_MEASURE_COUNT = 33;

