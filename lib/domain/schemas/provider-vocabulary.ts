/**
 * The provider inventory's vocabulary without zod: the kinds, statuses and their German labels, for client components
 * that show or offer them (the supply check) without loading the schema (issue 19). lib/domain/schemas/provider.ts
 * builds its enums from these lists and re-exports them.
 */

export const PROVIDER_KINDS = [
  "gp-practice",
  "specialist-practice",
  "pharmacy",
  "nursing-service",
  "therapy-practice",
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS_DE: Record<ProviderKind, string> = {
  "gp-practice": "Hausarztpraxis",
  "specialist-practice": "Facharztpraxis",
  pharmacy: "Apotheke",
  "nursing-service": "Pflegedienst",
  "therapy-practice": "Therapiepraxis",
};

export const SUCCESSOR_STATUSES = ["none", "searching", "found"] as const;
export type SuccessorStatus = (typeof SUCCESSOR_STATUSES)[number];
export const SUCCESSOR_STATUS_LABELS_DE: Record<SuccessorStatus, string> = {
  none: "keine Nachfolge",
  searching: "Nachfolge gesucht",
  found: "Nachfolge gefunden",
};

/** How a doctor works: own licence (Zulassung) or employed. */
export const EMPLOYMENT_KINDS = ["licensed", "employed"] as const;
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];
export const EMPLOYMENT_KIND_LABELS_DE: Record<EmploymentKind, string> = {
  licensed: "zugelassen",
  employed: "angestellt",
};

/** Scope of a licence (Versorgungsauftrag). */
export const LICENCE_SCOPES = ["full", "three-quarter", "half"] as const;
export type LicenceScope = (typeof LICENCE_SCOPES)[number];
export const LICENCE_SCOPE_LABELS_DE: Record<LicenceScope, string> = {
  full: "voller Versorgungsauftrag",
  "three-quarter": "Dreiviertel-Versorgungsauftrag",
  half: "halber Versorgungsauftrag",
};

export const BIRTH_YEAR_MIN = 1930;
export const BIRTH_YEAR_MAX = 2010;
