import { z } from "zod";
import { CitationsSchema } from "./citation";
import { ModelIdSchema } from "./ids";
import { UNVERIFIABLE_FIGURES } from "./funding-query";

export * from "./funding-query";

/**
 * State funding programmes per Land as a cited, versioned table. Logic reads this table; no amount is
 * hard-coded elsewhere. Only entries the sources show or that are well-known public programmes; every
 * amount carries the note "Betrag bitte vor Antrag prüfen". Fewer correct entries beat many guessed ones.
 */

/** Land codes as the first two digits of the AGS (Amtlicher Gemeindeschlüssel). */
export const LAND_CODES = {
  "01": "Schleswig-Holstein",
  "02": "Hamburg",
  "03": "Niedersachsen",
  "04": "Bremen",
  "05": "Nordrhein-Westfalen",
  "06": "Hessen",
  "07": "Rheinland-Pfalz",
  "08": "Baden-Württemberg",
  "09": "Bayern",
  "10": "Saarland",
  "11": "Berlin",
  "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern",
  "14": "Sachsen",
  "15": "Sachsen-Anhalt",
  "16": "Thüringen",
} as const;
export type LandCode = keyof typeof LAND_CODES;
export const LandCodeSchema = z.enum(Object.keys(LAND_CODES) as [LandCode, ...LandCode[]], {
  error: "Bitte einen Länderschlüssel von 01 (Schleswig-Holstein) bis 16 (Thüringen) angeben.",
});

/** The Land code of an AGS (first two digits), or `undefined` if it is not one. */
export function landCodeFromAgs(ags: string): LandCode | undefined {
  const parsed = LandCodeSchema.safeParse(ags.slice(0, 2));
  return parsed.success ? parsed.data : undefined;
}

export const FUNDING_PURPOSES = ["doctor-settlement", "primary-care-projects", "mvz", "building"] as const;
export const FundingPurposeSchema = z.enum(FUNDING_PURPOSES);
export type FundingPurpose = z.infer<typeof FundingPurposeSchema>;
export const FUNDING_PURPOSE_LABELS_DE: Record<FundingPurpose, string> = {
  "doctor-settlement": "Niederlassung von Ärztinnen und Ärzten",
  "primary-care-projects": "Projekte der Primärversorgung",
  mvz: "Medizinisches Versorgungszentrum",
  building: "Gebäude und Bau",
};

/** Who receives the money: only grants to the municipality or a project carrier enter the town's budget. */
export const FUNDING_RECIPIENTS = ["municipality", "project-carrier", "doctor"] as const;
export const FundingRecipientSchema = z.enum(FUNDING_RECIPIENTS);
export type FundingRecipient = z.infer<typeof FundingRecipientSchema>;

const IsoDate = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });

export const FundingProgrammeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    landCode: LandCodeSchema,
    name: z.string().min(1),
    /**
     * `programme`: a programme one can apply to. `precedent`: funding the sources report for one site,
     * without a named programme — shown as a hint, never used as a default amount.
     */
    kind: z.enum(["programme", "precedent"]),
    purposes: z.array(FundingPurposeSchema).min(1),
    recipient: FundingRecipientSchema,
    /** Maximum amount in euros, or `null` where no public source gives one. */
    amountMaxEur: z.number().nonnegative().nullable(),
    /** How the amount is paid: once, or per year. */
    amountPeriod: z.enum(["once", "per-year"]),
    /** Upper limit on the town's inhabitants, if the programme has one. */
    maxPopulation: z.number().int().positive().optional(),
    conditions_de: z.array(z.string().min(1)),
    models: z.array(ModelIdSchema).min(1),
    /** First day of the programme; null where no source gives its start (counted as running). */
    validFrom: IsoDate.nullable(),
    validUntil: IsoDate.optional(),
    /**
     * The day the cited source was read (e.g. the access date of the web page a study's footnote names); null: the
     * programme's own source was not read here (the figures come from a secondary copy). Absent in snapshots before
     * 2026-12-03.2.
     */
    accessed: IsoDate.nullable().optional(),
    /** Figures that could not be checked against the programme's guideline; the app shows them as "nicht geprüft". */
    unverified: z.array(z.enum(UNVERIFIABLE_FIGURES)).optional(),
    note_de: z.string().min(1),
    citations: CitationsSchema,
  })
  .refine((p) => p.validUntil === undefined || p.validFrom === null || p.validUntil >= p.validFrom, {
    message: "Das Ende der Laufzeit darf nicht vor ihrem Beginn liegen.",
    path: ["validUntil"],
  })
  .refine((p) => !p.unverified?.includes("amount") || p.amountMaxEur !== null, {
    message: "Ein ungeprüfter Betrag braucht einen Betrag.",
    path: ["unverified"],
  })
  .refine((p) => !p.unverified?.includes("maxPopulation") || p.maxPopulation !== undefined, {
    message: "Eine ungeprüfte Einwohnergrenze braucht eine Einwohnergrenze.",
    path: ["unverified"],
  });
export type FundingProgramme = z.infer<typeof FundingProgrammeSchema>;
export const FundingProgrammeTableSchema = z.array(FundingProgrammeSchema);
