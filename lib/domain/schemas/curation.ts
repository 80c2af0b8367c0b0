import { z } from "zod";
import "@/lib/domain/zod-german";
import { safeText } from "@/lib/domain/text";

/**
 * The platform operator's new version of a rule parameter or a funding programme (issue 13): THE schema of this
 * outside input, shared by the curation page's server action and `POST /api/v1/knowledge/versions`. Strict: an unknown
 * field is refused. `basedOn` is the number of operator versions of the subject the curator saw (0 for none): the
 * server refuses with 409 when another version was added meanwhile (optimistic concurrency).
 */
const IsoDate = z.iso.date({ error: "Bitte das Datum „gültig ab“ im Format JJJJ-MM-TT angeben." });

const text = (what: string, max: number) =>
  safeText({ error: `Bitte ${what} angeben.` })
    .trim()
    .min(1, `Bitte ${what} angeben.`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)}: höchstens ${max} Zeichen.`);

const common = {
  validFrom: IsoDate,
  /** The citation: where the new figure is published (rule, decision, notice, with its date). */
  source: text("die Quelle", 300),
  note: text("eine Notiz", 1000),
  basedOn: z
    .number({ error: "Die Zahl der bekannten Versionen fehlt." })
    .int("Die Zahl der bekannten Versionen ist eine ganze Zahl.")
    .min(0, "Die Zahl der bekannten Versionen ist mindestens 0."),
};

export const RuleParameterVersionInputSchema = z.strictObject({
  kind: z.literal("rule-parameter"),
  key: z.string({ error: "Bitte den Regelparameter angeben." }).regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "Diesen Regelparameter gibt es nicht."),
  value: z.number({ error: "Der Wert muss eine Zahl sein." }).refine(Number.isFinite, "Der Wert muss eine endliche Zahl sein."),
  /** A short name of the version as the rule names it, e.g. "BPL-RL 2027". */
  version: text("eine Versionsbezeichnung", 60),
  ...common,
});
export type RuleParameterVersionInput = z.infer<typeof RuleParameterVersionInputSchema>;

export const FundingProgrammeVersionInputSchema = z.strictObject({
  kind: z.literal("funding-programme"),
  programmeId: z.string({ error: "Bitte das Förderprogramm angeben." }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Dieses Förderprogramm gibt es nicht."),
  /** Whether one can apply from `validFrom` on (false: the programme closes the day before). */
  open: z.boolean({ error: "Bitte angeben, ob das Programm offen oder geschlossen ist." }),
  /** Maximum amount in euros from `validFrom` on; null: no public amount. */
  amountMaxEur: z
    .number({ error: "Der Höchstbetrag muss eine Zahl sein." })
    .int("Der Höchstbetrag ist ein ganzer Eurobetrag.")
    .min(0, "Der Höchstbetrag ist mindestens 0 €.")
    .max(1_000_000_000, "Der Höchstbetrag ist höchstens 1 Mrd. €.")
    .nullable(),
  ...common,
});
export type FundingProgrammeVersionInput = z.infer<typeof FundingProgrammeVersionInputSchema>;

export const CuratedVersionInputSchema = z.discriminatedUnion("kind", [RuleParameterVersionInputSchema, FundingProgrammeVersionInputSchema], {
  error: "Bitte angeben, ob ein Regelparameter („rule-parameter“) oder ein Förderprogramm („funding-programme“) eine neue Version bekommt.",
});
export type CuratedVersionInput = z.infer<typeof CuratedVersionInputSchema>;
