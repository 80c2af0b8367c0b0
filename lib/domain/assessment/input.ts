import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import type { Citation } from "../citation";
import { QuestionCatalogueSchema, type QuestionCatalogue } from "./question-catalogue";
import catalogueFile from "../../../knowledge/question-catalogue.json";

/**
 * The self-assessment input: everything the wizard asks, grouped by topic.
 *
 * The code defines each field's type (choice values, number range, text rule) and the zod schema; the TEXTS –
 * question, help text ("why this matters"), option labels and citations – are knowledge and live in
 * `knowledge/question-catalogue.json` (part of the versioned knowledge snapshot). The schema
 * `AssessmentInputSchema` and the catalogue `ASSESSMENT_QUESTIONS` are both derived from the two; a missing or
 * surplus text fails at load.
 *
 * Every answer may be unknown: choice fields have the member `"unknown"` (the default), number and text
 * fields are nullable (default `null`). Only `town.name` is required. Cross-field plausibility checks
 * (`PLAUSIBILITY_CHECKS`) refuse contradictory answers with a German message on the later field.
 *
 * Schema versions: 1 = the catalogue until 2026-12-02.1 (48 questions); 2 = with the decisive questions of
 * issue 16 (practices closed recently, who acts, what the county would do, several towns, tenants). Version-1
 * answers are read and migrated by `lib/domain/assessment/versions.ts`.
 */

export const UNKNOWN = "unknown" as const;
/** The current input schema version (answers without `schemaVersion` are version 1). */
export const ASSESSMENT_SCHEMA_VERSION = 2 as const;


const CATALOGUE: QuestionCatalogue = QuestionCatalogueSchema.parse(catalogueFile);
const TEXTS = new Map(CATALOGUE.questions.map((q) => [q.id, q]));

export const UNKNOWN_LABEL_DE = CATALOGUE.unknownLabel;

const STEP_IDS = ["town", "supply", "urgency", "resources", "politics", "partners", "localDoctors", "assets", "goals"] as const;
export type AssessmentStepId = (typeof STEP_IDS)[number];
export const ASSESSMENT_STEPS: readonly { id: AssessmentStepId; title: string; intro: string }[] = STEP_IDS.map((id) => {
  const step = CATALOGUE.steps.find((s) => s.id === id);
  if (!step) throw new Error(`knowledge/question-catalogue.json: Schritt ${id} fehlt.`);
  return { id, title: step.title, intro: step.intro };
});

interface Flags {
  /** Filled from the municipality register when known (the user may correct it). */
  fromDatabase?: boolean;
}

function choice<const T extends readonly [string, ...string[]]>(values: T, flags: Flags = {}) {
  const all = [...values, UNKNOWN] as unknown as readonly [...T, "unknown"];
  return { kind: "choice" as const, schema: z.enum(all).default(UNKNOWN as never), values: all, flags: { countsForConfidence: !flags.fromDatabase, ...flags } };
}

function num(opts: { int?: boolean; min?: number; max?: number; unit: string }, flags: Flags = {}) {
  let base = opts.int ? z.number().int() : z.number();
  base = base.min(opts.min ?? 0);
  if (opts.max !== undefined) base = base.max(opts.max);
  const schema = base.nullable().default(null);
  return { kind: "number" as const, schema, unit: opts.unit, min: opts.min ?? 0, max: opts.max, int: opts.int ?? false, flags: { countsForConfidence: !flags.fromDatabase, ...flags } };
}

function text<S extends z.ZodType>(schema: S, flags: Flags = {}) {
  return { kind: "text" as const, schema, flags: { countsForConfidence: false, ...flags } };
}

const YES_NO = ["yes", "no"] as const;

/** The field definitions, grouped by wizard step. The order here is the order of the questions. */
export const FIELDS = {
  town: {
    ags: text(safeText().regex(/^\d{8}$/, "Der Amtliche Gemeindeschlüssel hat 8 Ziffern.").nullable().default(null), { fromDatabase: true }),
    name: text(safeText().trim().min(1, "Bitte den Namen der Kommune angeben."), { fromDatabase: true }),
    population: num({ int: true, unit: "Einwohnerinnen und Einwohner" }, { fromDatabase: true }),
    areaKm2: num({ unit: "km²" }, { fromDatabase: true }),
    county: text(safeText().trim().min(1).nullable().default(null), { fromDatabase: true }),
    land: text(safeText().trim().min(1).nullable().default(null), { fromDatabase: true }),
    share65Plus: num({ max: 100, unit: "%" }),
    publicTransport: choice(["good", "fair", "poor"]),
    distanceToNextGpKm: num({ unit: "km" }),
    distanceToHospitalKm: num({ unit: "km" }),
    livingConditions: choice(["good", "fair", "poor"]),
  },
  supply: {
    practices: num({ int: true, unit: "Praxen" }),
    gpCount: num({ unit: "Ärztinnen und Ärzte (angerechnet)" }),
    gpsAged60Plus: num({ int: true, unit: "Personen" }),
    plannedExitsWithin5Years: num({ int: true, unit: "Personen" }),
    practicesClosedRecently: num({ int: true, unit: "Praxen" }),
    vacantSeats: num({ unit: "Sitze" }),
    versorgungsgrad: num({ max: 300, unit: "%" }),
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
    tenantCommitments: num({ int: true, max: 100, unit: "Praxen/Dienste" }),
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
} as const;


type FieldDefs = typeof FIELDS;
type GroupShape<G> = { -readonly [K in keyof G]: G[K] extends { schema: infer S extends z.ZodType } ? S : never };

function textsOf(id: string) {
  const t = TEXTS.get(id);
  if (!t) throw new Error(`knowledge/question-catalogue.json: Text für ${id} fehlt.`);
  return t;
}

function groupSchema<G extends Record<string, { schema: z.ZodType; kind: string }>>(groupId: string, group: G) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, def] of Object.entries(group)) {
    const t = textsOf(`${groupId}.${key}`);
    const unknown = def.kind === "choice" ? " („unknown“ = weiß nicht)" : def.kind === "number" ? " (null = unbekannt)" : "";
    shape[key] = def.schema.describe(`${t.label} – ${t.help}${unknown}`);
  }
  return z.object(shape) as unknown as z.ZodObject<GroupShape<G>, z.core.$strip>;
}

const InputObjectSchema = z
  .object({
    schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION).default(ASSESSMENT_SCHEMA_VERSION).describe("Version des Fragenkatalogs (fehlt = aktuelle Version)"),
    town: groupSchema("town", FIELDS.town).describe("Kommune: Daten aus dem Gemeindeverzeichnis und Ergänzungen"),
    supply: groupSchema("supply", FIELDS.supply).prefault({}).describe("Aktuelle hausärztliche Versorgung"),
    urgency: groupSchema("urgency", FIELDS.urgency).prefault({}).describe("Dringlichkeit"),
    resources: groupSchema("resources", FIELDS.resources).prefault({}).describe("Ressourcen der Kommune"),
    politics: groupSchema("politics", FIELDS.politics).prefault({}).describe("Politische Unterstützung und Beteiligung"),
    partners: groupSchema("partners", FIELDS.partners).prefault({}).describe("Partner: Kreis, Krankenhausträger, private Investition, KV, Gesundheitsamt"),
    localDoctors: groupSchema("localDoctors", FIELDS.localDoctors).prefault({}).describe("Haltung der Ärzteschaft vor Ort"),
    assets: groupSchema("assets", FIELDS.assets).prefault({}).describe("Gebäude, Grundstücke, bestehende Netzwerke"),
    goals: groupSchema("goals", FIELDS.goals).prefault({}).describe("Ziele der Kommune"),
  })
  .describe("Selbstcheck einer Kommune zur Sicherung der hausärztlichen Versorgung (Versorgungslotse)");

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

export const AssessmentInputSchema = InputObjectSchema.superRefine((input, ctx) => {
  for (const check of plausibilityViolations(input)) ctx.addIssue({ code: "custom", path: check.field.split("."), message: check.message });
});

export type AssessmentInput = z.output<typeof AssessmentInputSchema>;
/** What a client may send: every field except `town.name` may be omitted (= unknown). */
export type AssessmentInputRaw = z.input<typeof AssessmentInputSchema>;

export type AssessmentGroup = keyof FieldDefs;
export type AssessmentFieldPath = {
  [G in AssessmentGroup]: `${G & string}.${keyof FieldDefs[G] & string}`;
}[AssessmentGroup];

export interface AnswerOption {
  value: string;
  label: string;
}

export interface AssessmentQuestion {
  /** "group.field", e.g. "politics.councilSupport". */
  id: AssessmentFieldPath;
  group: AssessmentGroup;
  field: string;
  step: AssessmentStepId;
  stepTitle: string;
  kind: "choice" | "number" | "text";
  label: string;
  help: string;
  citations: readonly Citation[];
  /** Choice questions: all options incl. "unknown" (ordered; ordinal questions from best to worst or vice versa). */
  options?: readonly AnswerOption[];
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  fromDatabase: boolean;
  countsForConfidence: boolean;
  required: boolean;
}

function buildQuestions(): AssessmentQuestion[] {
  const out: AssessmentQuestion[] = [];
  for (const step of ASSESSMENT_STEPS) {
    const group = FIELDS[step.id] as Record<string, ReturnType<typeof choice> | ReturnType<typeof num> | ReturnType<typeof text>>;
    for (const [field, def] of Object.entries(group)) {
      const texts = textsOf(`${step.id}.${field}`);
      const q: AssessmentQuestion = {
        id: `${step.id}.${field}` as AssessmentFieldPath,
        group: step.id,
        field,
        step: step.id,
        stepTitle: step.title,
        kind: def.kind,
        label: texts.label,
        help: texts.help,
        citations: texts.citations,
        fromDatabase: def.flags.fromDatabase ?? false,
        countsForConfidence: def.flags.countsForConfidence,
        required: step.id === "town" && field === "name",
      };
      if (def.kind === "choice") {
        const labels = texts.options ?? {};
        q.options = (def.values as readonly string[]).map((value: string) => {
          const label = value === UNKNOWN ? UNKNOWN_LABEL_DE : labels[value];
          if (!label) throw new Error(`knowledge/question-catalogue.json: Antworttext ${q.id} = ${value} fehlt.`);
          return { value, label };
        });
        const surplus = Object.keys(labels).filter((v) => !(def.values as readonly string[]).includes(v));
        if (surplus.length) throw new Error(`knowledge/question-catalogue.json: ${q.id} hat unbekannte Antworten ${surplus.join(", ")}.`);
      } else if (def.kind === "number") {
        q.unit = def.unit;
        q.min = def.min;
        if (def.max !== undefined) q.max = def.max;
        q.integer = def.int;
      }
      out.push(q);
    }
  }
  const surplus = CATALOGUE.questions.filter((t) => !out.some((q) => q.id === t.id)).map((t) => t.id);
  if (surplus.length) throw new Error(`knowledge/question-catalogue.json: Texte ohne Frage: ${surplus.join(", ")}.`);
  return out;
}

/** The question catalogue the wizard renders, in order. */
export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = buildQuestions();
export const ASSESSMENT_FIELD_PATHS: readonly AssessmentFieldPath[] = ASSESSMENT_QUESTIONS.map((q) => q.id);
export const QUESTION_BY_ID: ReadonlyMap<string, AssessmentQuestion> = new Map(ASSESSMENT_QUESTIONS.map((q) => [q.id, q]));

/** Reads one answer by path ("group.field"); `null`/`"unknown"` both mean unknown. */
export function getAnswer(input: AssessmentInput, path: string): string | number | null {
  const dot = path.indexOf(".");
  const group = (input as unknown as Record<string, Record<string, unknown>>)[path.slice(0, dot)];
  const v = group?.[path.slice(dot + 1)];
  return v === undefined ? null : (v as string | number | null);
}

export function isUnknownAnswer(v: unknown): boolean {
  return v === null || v === undefined || v === UNKNOWN;
}

/** An input with every answer unknown (only the name set). */
export function emptyAssessment(name: string): AssessmentInput {
  return AssessmentInputSchema.parse({ town: { name } });
}
