/**
 * The self-check's fields as plain data: steps, each field's kind, choice values, number range and unit, and the
 * cross-field plausibility checks. No zod and no question texts, so the wizard and the result page can read, count,
 * migrate and prefill answers in the browser without loading the schema or the catalogue (issue 19). The zod schema
 * `AssessmentInputSchema` (./input.ts) and the field list `ASSESSMENT_FIELDS` (./structure.ts) are built from these
 * specs; the texts are the knowledge snapshot's question catalogue (./questions.ts joins them): one schema per concept.
 */

export const UNKNOWN = "unknown" as const;
/** The current input schema version (answers without `schemaVersion` are version 1). */
export const ASSESSMENT_SCHEMA_VERSION = 2 as const;

export const STEP_IDS = ["town", "supply", "urgency", "resources", "politics", "partners", "localDoctors", "assets", "goals"] as const;
export type AssessmentStepId = (typeof STEP_IDS)[number];

/** Filled from the municipality register when known (the user may correct it). */
interface Flags {
  fromDatabase?: true;
}
export interface ChoiceSpec<T extends readonly string[] = readonly string[]> extends Flags {
  kind: "choice";
  /** The answers without "unknown" (added to every choice field). */
  values: T;
}
export interface NumberSpec extends Flags {
  kind: "number";
  int?: true;
  min?: number;
  max?: number;
  unit: string;
}
export interface TextSpec extends Flags {
  kind: "text";
}
export type FieldSpec = ChoiceSpec | NumberSpec | TextSpec;

const choice = <const T extends readonly [string, ...string[]]>(values: T) => ({ kind: "choice", values }) as const;
const YES_NO = ["yes", "no"] as const;
const fromRegister = { fromDatabase: true } as const;

/** The field specs, grouped by wizard step. The order here is the order of the questions. */
export const FIELD_SPECS = {
  town: {
    ags: { kind: "text", ...fromRegister },
    name: { kind: "text", ...fromRegister },
    population: { kind: "number", int: true, unit: "Einwohnerinnen und Einwohner", ...fromRegister },
    areaKm2: { kind: "number", unit: "km²", ...fromRegister },
    county: { kind: "text", ...fromRegister },
    land: { kind: "text", ...fromRegister },
    share65Plus: { kind: "number", max: 100, unit: "%" },
    publicTransport: choice(["good", "fair", "poor"]),
    distanceToNextGpKm: { kind: "number", unit: "km" },
    distanceToHospitalKm: { kind: "number", unit: "km" },
    livingConditions: choice(["good", "fair", "poor"]),
  },
  supply: {
    practices: { kind: "number", int: true, unit: "Praxen" },
    gpCount: { kind: "number", unit: "Ärztinnen und Ärzte (angerechnet)" },
    gpsAged60Plus: { kind: "number", int: true, unit: "Personen" },
    plannedExitsWithin5Years: { kind: "number", int: true, unit: "Personen" },
    practicesClosedRecently: { kind: "number", int: true, unit: "Praxen" },
    vacantSeats: { kind: "number", unit: "Sitze" },
    versorgungsgrad: { kind: "number", max: 300, unit: "%" },
  },
  urgency: {
    practicesClosingWithoutSuccessor: choice(["none", "one", "several"]),
    acuteCrisis: choice(YES_NO),
  },
  resources: {
    investmentCapacity: choice(["high", "medium", "low", "none"]),
    budgetConsolidation: choice(YES_NO),
    coordinationStaffTime: choice(["dedicated", "on-the-side", "none"]),
    expertise: choice(["in-house", "bought", "none"]),
    extraFunding: choice(["secured", "temporary", "none"]),
  },
  politics: {
    councilSupport: choice(["unanimous", "majority", "split", "none"]),
    mayorCommitment: choice(["strong", "moderate", "low"]),
    healthAsMunicipalTask: choice(YES_NO),
    citizenParticipation: choice(["planned", "not-planned"]),
    leadActor: choice(["town", "county", "together"]),
  },
  partners: {
    countyWilling: choice(["active", "willing", "no"]),
    countyOffer: choice(["run-mvz", "co-fund", "coordinator", "advice", "nothing"]),
    intermunicipal: choice(["shared-centre", "joint-network", "talks", "no"]),
    hospitalOperator: choice(YES_NO),
    investor: choice(YES_NO),
    kvRelationship: choice(["cooperative", "neutral", "difficult"]),
    publicHealthOffice: choice(["engaged", "limited"]),
  },
  localDoctors: {
    cooperate: choice(["yes", "partly", "no"]),
    fearCompetition: choice(YES_NO),
    wantEmployment: choice(["most", "some", "none"]),
    wantSelfEmployment: choice(["most", "some", "none"]),
    consentToMunicipalMvz: choice(YES_NO),
    interprofessionalConflicts: choice(YES_NO),
  },
  assets: {
    building: choice(["owned", "securable", "provider", "none"]),
    buildingCentral: choice(YES_NO),
    tenantCommitments: { kind: "number", int: true, max: 100, unit: "Praxen/Dienste" },
    gpTenant: choice(YES_NO),
    existingNetwork: choice(["association", "informal", "none"]),
  },
  goals: {
    controlVsRisk: choice(["control", "balanced", "low-risk"]),
    timeToEffect: choice(["short", "medium", "long"]),
    multiProfessionalAmbition: choice(["high", "medium", "low"]),
    caseManagement: choice(YES_NO),
    prevention: choice(["high", "medium", "low"]),
    widerServices: choice(YES_NO),
  },
} as const satisfies { [G in AssessmentStepId]: Record<string, FieldSpec> };

export type FieldSpecs = typeof FIELD_SPECS;
export type AssessmentGroup = keyof FieldSpecs;
export type AssessmentFieldPath = {
  [G in AssessmentGroup]: `${G & string}.${keyof FieldSpecs[G] & string}`;
}[AssessmentGroup];

/** One field the user answers (the register facts are not asked), with what a valid answer is. */
export interface AskedField {
  id: AssessmentFieldPath;
  group: AssessmentStepId;
  field: string;
  spec: FieldSpec;
}

/** Every field in question order. */
export const ALL_FIELDS: readonly AskedField[] = STEP_IDS.flatMap((group) =>
  Object.entries(FIELD_SPECS[group] as Record<string, FieldSpec>).map(([field, spec]) => ({ id: `${group}.${field}` as AssessmentFieldPath, group, field, spec })),
);
/** The fields the user answers, in question order (the questions the wizard asks and the engine counts). */
export const ASKED_FIELDS: readonly AskedField[] = ALL_FIELDS.filter((f) => !f.spec.fromDatabase);

/** Reads one answer by path ("group.field"); null = unknown. */
export type AnswerReader = (path: string) => string | number | null;

/**
 * Cross-field plausibility: each check names the field that gets the German message (the later question of the
 * two), so the wizard shows it there and API and CLI refuse the input with the same text. Unknown answers never
 * contradict anything.
 */
export interface PlausibilityCheck {
  id: string;
  field: string;
  violated: (get: AnswerReader) => boolean;
  message: string;
}

/** Fewest persons behind one counted doctor: an employed doctor with ≤ 10 h counts 0.25 (Bedarfsplanungs-Richtlinie). */
const PERSONS_PER_COUNTED_DOCTOR = 4;
const numOf = (get: AnswerReader, path: string): number | null => {
  const v = get(path);
  return typeof v === "number" ? v : null;
};
const personsBound = (gpCount: number) => Math.ceil(gpCount * PERSONS_PER_COUNTED_DOCTOR - 1e-9);

export const PLAUSIBILITY_CHECKS: readonly PlausibilityCheck[] = [
  {
    id: "aged-60-le-doctors",
    field: "supply.gpsAged60Plus",
    violated: (get) => {
      const aged = numOf(get, "supply.gpsAged60Plus");
      const gps = numOf(get, "supply.gpCount");
      return aged !== null && gps !== null && aged > personsBound(gps);
    },
    message: "Es sind mehr Ärztinnen und Ärzte ab 60 angegeben, als es Hausärztinnen und Hausärzte gibt (auch mit Anrechnungsfaktor 0,25 je Person). Bitte eine der beiden Zahlen prüfen.",
  },
  {
    id: "exits-le-doctors",
    field: "supply.plannedExitsWithin5Years",
    violated: (get) => {
      const exits = numOf(get, "supply.plannedExitsWithin5Years");
      const gps = numOf(get, "supply.gpCount");
      return exits !== null && gps !== null && exits > personsBound(gps);
    },
    message: "Es sind mehr geplante Praxisabgaben angegeben, als es Hausärztinnen und Hausärzte gibt. Bitte eine der beiden Zahlen prüfen.",
  },
  {
    id: "doctors-need-practice",
    field: "supply.gpCount",
    violated: (get) => numOf(get, "supply.practices") === 0 && (numOf(get, "supply.gpCount") ?? 0) > 0,
    message: "Ohne Hausarztpraxis im Ort kann es keine Hausärztinnen und Hausärzte im Ort geben. Bitte Praxen oder Ärztezahl prüfen.",
  },
  {
    id: "closing-le-practices",
    field: "urgency.practicesClosingWithoutSuccessor",
    violated: (get) => {
      const practices = numOf(get, "supply.practices");
      const closing = get("urgency.practicesClosingWithoutSuccessor");
      return practices !== null && ((closing === "several" && practices < 2) || (closing === "one" && practices < 1));
    },
    message: "Es sollen mehr Praxen ohne Nachfolge schließen, als es im Ort Hausarztpraxen gibt. Bitte die Zahl der Praxen oder diese Antwort prüfen.",
  },
  {
    id: "employment-and-self-employment",
    field: "localDoctors.wantSelfEmployment",
    violated: (get) => get("localDoctors.wantEmployment") === "most" && get("localDoctors.wantSelfEmployment") === "most",
    message: "„Die meisten“ können nicht zugleich angestellt arbeiten und selbstständig bleiben wollen. Bitte eine der beiden Antworten ändern.",
  },
  {
    id: "county-offer-but-not-willing",
    field: "partners.countyOffer",
    violated: (get) => get("partners.countyWilling") === "no" && ["run-mvz", "co-fund", "coordinator", "advice"].includes(String(get("partners.countyOffer"))),
    message: "Der Kreis wirkt laut Ihrer Antwort nicht mit, soll aber etwas Bestimmtes tun. Bitte eine der beiden Antworten ändern.",
  },
  {
    id: "county-active-but-nothing",
    field: "partners.countyOffer",
    violated: (get) => get("partners.countyWilling") === "active" && get("partners.countyOffer") === "nothing",
    message: "Der Kreis ist laut Ihrer Antwort schon aktiv, soll aber nichts Bestimmtes tun. Bitte eine der beiden Antworten ändern.",
  },
  {
    id: "gp-tenant-needs-tenants",
    field: "assets.gpTenant",
    violated: (get) => numOf(get, "assets.tenantCommitments") === 0 && get("assets.gpTenant") === "yes",
    message: "Eine Hausarztpraxis unter den Zusagen, aber null Zusagen insgesamt: Bitte die Zahl der Zusagen prüfen.",
  },
];

/** A reader over any `{ group: { field: value } }` object; absent, null and "unknown" read as null. */
export function answerReader(answers: unknown): AnswerReader {
  return (path) => {
    const dot = path.indexOf(".");
    const group = (answers as Record<string, Record<string, unknown> | undefined> | null)?.[path.slice(0, dot)];
    const v = group?.[path.slice(dot + 1)];
    return typeof v === "number" || (typeof v === "string" && v !== UNKNOWN) ? v : null;
  };
}

/** The plausibility checks the answers violate. */
export function plausibilityViolations(answers: unknown): PlausibilityCheck[] {
  const get = answerReader(answers);
  return PLAUSIBILITY_CHECKS.filter((c) => c.violated(get));
}
