import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { MEASURE_FIELDS, SECTORS, type Measure } from "@/lib/knowledge/measures";
import { FACTOR_CATEGORIES, SlugSchema } from "@/lib/domain/ids";

/**
 * Filters and ids of the knowledge API and the /wissen pages. Values are the German labels as printed in the
 * sources (field "Infrastruktur", sector "Pflege", tag "Wohnraum"); an unknown value is a 400 that names the field
 * and lists what is allowed. An empty parameter (a GET form's "alle") means "no filter".
 */

/** All "#" tags of a snapshot's measures catalogue, sorted (German collation). */
export function measureTags(measures: readonly Pick<Measure, "tags">[]): string[] {
  return [...new Set(measures.flatMap((m) => m.tags))].sort((a, b) => a.localeCompare(b, "de"));
}
export const MEASURE_CATALOGUES = ["kommkom", "heinsberg"] as const;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.preprocess(
    emptyToUndefined,
    z
      .enum(values, {
        error: () => `Unbekannter Wert für „${name}“. Erlaubt: ${values.join(", ")}.`,
      })
      .optional(),
  );
}

/** The measure filter for a catalogue with these tags (the snapshot's, see measureTags). */
export function measureFilterSchema(tags: readonly string[]) {
  return MeasureFilterBase.extend({
    tag: tags.length > 0 ? oneOf("tag", tags as unknown as [string, ...string[]]) : MeasureFilterBase.shape.tag,
  });
}

const MeasureFilterBase = z.object({
  field: oneOf("field", MEASURE_FIELDS),
  sector: oneOf("sector", SECTORS),
  tag: z.preprocess(emptyToUndefined, z.string().max(60).optional()),
  catalogue: oneOf("catalogue", MEASURE_CATALOGUES),
  q: z.preprocess(
    emptyToUndefined,
    safeText({ error: "Der Suchbegriff „q“ muss Text sein." })
      .trim()
      .max(100, "Der Suchbegriff „q“ darf höchstens 100 Zeichen lang sein.")
      .optional(),
  ),
});
export type MeasureFilter = z.infer<typeof MeasureFilterBase>;

export const FactorFilterSchema = z.object({
  kind: oneOf("kind", ["success", "risk"] as const),
  category: oneOf("category", FACTOR_CATEGORIES),
});
export type FactorFilter = z.infer<typeof FactorFilterSchema>;

/** A model id in a path: malformed → 400, well-formed but unknown → 404 (the route decides). */
export const ModelIdParamSchema = z.object({
  id: SlugSchema.max(100, "Die Modell-ID „id“ ist zu lang."),
});
export const SlugParamSchema = z.object({
  slug: SlugSchema.max(100, "Der Schlüssel „slug“ ist zu lang."),
});

/** URL search parameters of a page (string | string[] | undefined) as a plain object, first value wins. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first;
  }
  return out;
}
