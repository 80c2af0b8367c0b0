import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { BIRTH_YEAR_MAX, BIRTH_YEAR_MIN, EMPLOYMENT_KINDS, LICENCE_SCOPES, PROVIDER_KINDS, SUCCESSOR_STATUSES } from "./provider-vocabulary";

export * from "./provider-vocabulary";

/**
 * The provider inventory of a municipality: one schema per concept, shared by the forms
 * (react-hook-form resolver), the route handlers, the CSV importer and the calculations.
 */

export const ProviderKindSchema = z.enum(PROVIDER_KINDS, {
  error: "Bitte eine Art auswählen: Hausarztpraxis, Facharztpraxis, Apotheke, Pflegedienst oder Therapiepraxis.",
});
export const SuccessorStatusSchema = z.enum(SUCCESSOR_STATUSES, {
  error: "Bitte den Stand der Nachfolge wählen: keine, gesucht oder gefunden.",
});
export const EmploymentKindSchema = z.enum(EMPLOYMENT_KINDS, {
  error: "Bitte angeben, ob die Ärztin oder der Arzt zugelassen oder angestellt ist.",
});
export const LicenceScopeSchema = z.enum(LICENCE_SCOPES, {
  error: "Bitte den Versorgungsauftrag wählen: voll, drei Viertel oder halb.",
});

const BIRTH_YEAR_MESSAGE = `Bitte ein Geburtsjahr zwischen ${BIRTH_YEAR_MIN} und ${BIRTH_YEAR_MAX} angeben.`;
const AGE_MESSAGE = "Bitte ein Alter zwischen 20 und 100 Jahren angeben.";
const HOURS_MESSAGE = "Bitte die Wochenstunden als Zahl zwischen 1 und 80 angeben.";
const EXIT_YEAR_MESSAGE = "Bitte ein geplantes Abgabejahr zwischen 2000 und 2100 angeben.";

/** Plain object shape of a doctor (without the cross-field rules), for forms that need `.shape`. */
export const DoctorShape = {
  /** Optional label such as "Dr. Müller" or "Ärztin A"; not needed for the calculations. */
  name: safeText().trim().max(120, "Der Name darf höchstens 120 Zeichen lang sein.").optional(),
  birthYear: z.number({ error: BIRTH_YEAR_MESSAGE }).int(BIRTH_YEAR_MESSAGE).min(BIRTH_YEAR_MIN, BIRTH_YEAR_MESSAGE).max(BIRTH_YEAR_MAX, BIRTH_YEAR_MESSAGE).optional(),
  /** Age in years when entered; used only if no birth year is known. */
  age: z.number({ error: AGE_MESSAGE }).int(AGE_MESSAGE).min(20, AGE_MESSAGE).max(100, AGE_MESSAGE).optional(),
  employment: EmploymentKindSchema,
  /** Required if licensed. */
  licence: LicenceScopeSchema.optional(),
  /** Required if employed: contracted weekly hours. */
  weeklyHours: z.number({ error: HOURS_MESSAGE }).min(1, HOURS_MESSAGE).max(80, HOURS_MESSAGE).optional(),
  plannedExitYear: z.number({ error: EXIT_YEAR_MESSAGE }).int(EXIT_YEAR_MESSAGE).min(2000, EXIT_YEAR_MESSAGE).max(2100, EXIT_YEAR_MESSAGE).optional(),
};

export const DoctorSchema = z.strictObject(DoctorShape).superRefine((d, ctx) => {
  if (d.birthYear === undefined && d.age === undefined) {
    ctx.addIssue({ code: "custom", path: ["birthYear"], message: "Bitte ein Geburtsjahr oder das Alter angeben." });
  }
  if (d.employment === "licensed" && d.licence === undefined) {
    ctx.addIssue({ code: "custom", path: ["licence"], message: "Bei zugelassenen Ärztinnen und Ärzten bitte den Versorgungsauftrag angeben (voll, drei Viertel oder halb)." });
  }
  if (d.employment === "licensed" && d.weeklyHours !== undefined) {
    ctx.addIssue({ code: "custom", path: ["weeklyHours"], message: "Wochenstunden nur bei angestellten Ärztinnen und Ärzten angeben." });
  }
  if (d.employment === "employed" && d.weeklyHours === undefined) {
    ctx.addIssue({ code: "custom", path: ["weeklyHours"], message: "Bei angestellten Ärztinnen und Ärzten bitte die Wochenstunden angeben." });
  }
  if (d.employment === "employed" && d.licence !== undefined) {
    ctx.addIssue({ code: "custom", path: ["licence"], message: "Einen Versorgungsauftrag nur bei zugelassenen Ärztinnen und Ärzten angeben." });
  }
  if (d.birthYear !== undefined && d.plannedExitYear !== undefined && d.plannedExitYear < d.birthYear + 20) {
    ctx.addIssue({ code: "custom", path: ["plannedExitYear"], message: "Das geplante Abgabejahr liegt vor dem 20. Geburtstag – bitte prüfen." });
  }
});
export type DoctorInput = z.input<typeof DoctorSchema>;
export type Doctor = z.output<typeof DoctorSchema>;

export const ProviderShape = {
  /** Database id; absent for new providers and in CSV files. */
  id: safeText().min(1).optional(),
  kind: ProviderKindSchema,
  name: safeText({ error: "Bitte einen Namen angeben." }).trim().min(1, "Bitte einen Namen angeben.").max(200, "Der Name darf höchstens 200 Zeichen lang sein."),
  street: safeText({ error: "Bitte Straße und Hausnummer angeben." }).trim().min(1, "Bitte Straße und Hausnummer angeben.").max(200, "Die Straße darf höchstens 200 Zeichen lang sein."),
  postcode: safeText({ error: "Bitte eine fünfstellige Postleitzahl angeben." }).trim().regex(/^\d{5}$/, "Bitte eine fünfstellige Postleitzahl angeben."),
  city: safeText({ error: "Bitte einen Ort angeben." }).trim().min(1, "Bitte einen Ort angeben.").max(120, "Der Ort darf höchstens 120 Zeichen lang sein."),
  successorStatus: SuccessorStatusSchema.default("none"),
  doctors: z.array(DoctorSchema).max(100, "Höchstens 100 Ärztinnen und Ärzte je Einrichtung.").default([]),
};

/** Strict: a misspelled field is refused with its name, not dropped (the database adds id and version in the answers). */
export const ProviderSchema = z.strictObject(ProviderShape);
export type ProviderInput = z.input<typeof ProviderSchema>;
export type Provider = z.output<typeof ProviderSchema>;

/** For PATCH: every field optional; doctors, if given, replace the list. */
export const ProviderPatchSchema = z.strictObject({
  kind: ProviderShape.kind.optional(),
  name: ProviderShape.name.optional(),
  street: ProviderShape.street.optional(),
  postcode: ProviderShape.postcode.optional(),
  city: ProviderShape.city.optional(),
  // No defaults here: a PATCH without these fields must not reset them.
  successorStatus: SuccessorStatusSchema.optional(),
  doctors: z.array(DoctorSchema).max(100, "Höchstens 100 Ärztinnen und Ärzte je Einrichtung.").optional(),
});
export type ProviderPatchInput = z.input<typeof ProviderPatchSchema>;

export const ProviderListSchema = z.array(ProviderSchema);
