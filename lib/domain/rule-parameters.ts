import { z } from "zod";
import { CitationSchema } from "./citation";
import { PARAMETER_STATUSES, PARAMETER_UNITS } from "./rule-parameter-values";

export * from "./rule-parameter-values";

/**
 * Versioned rule parameters: every public figure the calculations use, stored as data with its unit,
 * validity period, version and citation, so that an administrator can update a value when the rule
 * changes (a data change with a test, not a code change).
 *
 * Figures from public rules and statistics are outside the five source documents (see DOMAIN.md,
 * "Public rules and figures"); figures from the sources cite the file and section.
 */

export const ParameterUnitSchema = z.enum(PARAMETER_UNITS);
export const ParameterStatusSchema = z.enum(PARAMETER_STATUSES);

const IsoDateSchema = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });

export const RuleParameterSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "Schlüssel: Kleinbuchstaben, Ziffern, Punkte, Bindestriche."),
    value: z.number({ error: "Der Wert muss eine endliche Zahl sein." }),
    unit: ParameterUnitSchema,
    validFrom: IsoDateSchema,
    validUntil: IsoDateSchema.optional(),
    version: z.string().min(1, "Bitte eine Versionsbezeichnung angeben."),
    label_de: z.string().min(1, "Bitte eine Bezeichnung angeben."),
    status: ParameterStatusSchema,
    /** Optional German note shown beside the value (e.g. "Beispielwert – bitte durch den Wert Ihrer KV ersetzen"). */
    note_de: z.string().min(1).optional(),
    citation: CitationSchema,
  })
  .refine((p) => p.validUntil === undefined || p.validUntil >= p.validFrom, {
    message: "Das Ende der Gültigkeit darf nicht vor ihrem Beginn liegen.",
    path: ["validUntil"],
  });
export type RuleParameter = z.infer<typeof RuleParameterSchema>;

export const RuleParameterTableSchema = z.array(RuleParameterSchema).superRefine((params, ctx) => {
  // No two versions of one key may be valid on the same day.
  const byKey = new Map<string, RuleParameter[]>();
  for (const p of params) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const [key, versions] of byKey) {
    const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && (prev.validUntil === undefined || prev.validUntil >= cur.validFrom)) {
        ctx.addIssue({
          code: "custom",
          message: `Die Versionen „${prev.version}“ und „${cur.version}“ von „${key}“ überschneiden sich zeitlich.`,
        });
      }
    }
  }
});
