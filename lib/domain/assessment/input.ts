import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import type { Citation } from "../citation";
import { QuestionCatalogueSchema, type QuestionCatalogue } from "./question-catalogue";
import catalogueFile from "../../../knowledge/question-catalogue.json";
import {
  ASSESSMENT_SCHEMA_VERSION,
  FIELD_SPECS,
  STEP_IDS,
  UNKNOWN,
  plausibilityViolations,
  type AssessmentFieldPath,
  type AssessmentGroup,
  type AssessmentStepId,
  type NumberSpec,
  type TextSpec,
} from "./fields";

/**
 * The self-assessment input: everything the wizard asks, grouped by topic.
 *
 * The code defines each field's type (choice values, number range and unit: the plain specs of ./fields.ts, which the
 * browser reads without zod; the text rules here) and the zod schema; the TEXTS –
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
 * answers are read and migrated by `migrateAnswers` (lib/domain/assessment/answer-values.ts).
 */

export { UNKNOWN, ASSESSMENT_SCHEMA_VERSION, PLAUSIBILITY_CHECKS, answerReader, plausibilityViolations } from "./fields";
export type { AssessmentStepId, AssessmentGroup, AssessmentFieldPath, AnswerReader, PlausibilityCheck } from "./fields";


const CATALOGUE: QuestionCatalogue = QuestionCatalogueSchema.parse(catalogueFile);
const TEXTS = new Map(CATALOGUE.questions.map((q) => [q.id, q]));

export const UNKNOWN_LABEL_DE = CATALOGUE.unknownLabel;

export const ASSESSMENT_STEPS: readonly { id: AssessmentStepId; title: string; intro: string }[] = STEP_IDS.map((id) => {
  const step = CATALOGUE.steps.find((s) => s.id === id);
  if (!step) throw new Error(`knowledge/question-catalogue.json: Schritt ${id} fehlt.`);
  return { id, title: step.title, intro: step.intro };
});

/** The flags of a field: filled from the municipality register when known (the user may correct it). */
const flagsOf = (spec: { fromDatabase?: true }, countsForConfidence = !spec.fromDatabase) => ({ countsForConfidence, fromDatabase: spec.fromDatabase ?? false });

function choice<const T extends readonly [string, ...string[]]>(spec: { kind: "choice"; values: T; fromDatabase?: true }) {
  const all = [...spec.values, UNKNOWN] as unknown as readonly [...T, "unknown"];
  return { kind: "choice" as const, schema: z.enum(all).default(UNKNOWN as never), values: all, flags: flagsOf(spec) };
}

function num(spec: NumberSpec) {
  let base = spec.int ? z.number().int() : z.number();
  base = base.min(spec.min ?? 0);
  if (spec.max !== undefined) base = base.max(spec.max);
  const schema = base.nullable().default(null);
  return { kind: "number" as const, schema, unit: spec.unit, min: spec.min ?? 0, max: spec.max, int: spec.int ?? false, flags: flagsOf(spec) };
}

function text<S extends z.ZodType>(spec: TextSpec, schema: S) {
  return { kind: "text" as const, schema, flags: flagsOf(spec, false) };
}

const F = FIELD_SPECS;

/** The field schemas, grouped by wizard step, built from the specs (./fields.ts); the order is the order of the questions. */
export const FIELDS = {
  town: {
    ags: text(F.town.ags, safeText().regex(/^\d{8}$/, "Der Amtliche Gemeindeschlüssel hat 8 Ziffern.").nullable().default(null)),
    name: text(F.town.name, safeText().trim().min(1, "Bitte den Namen der Kommune angeben.")),
    population: num(F.town.population),
    areaKm2: num(F.town.areaKm2),
    county: text(F.town.county, safeText().trim().min(1).nullable().default(null)),
    land: text(F.town.land, safeText().trim().min(1).nullable().default(null)),
    share65Plus: num(F.town.share65Plus),
    publicTransport: choice(F.town.publicTransport),
    distanceToNextGpKm: num(F.town.distanceToNextGpKm),
    distanceToHospitalKm: num(F.town.distanceToHospitalKm),
    livingConditions: choice(F.town.livingConditions),
  },
  supply: {
    practices: num(F.supply.practices),
    gpCount: num(F.supply.gpCount),
    gpsAged60Plus: num(F.supply.gpsAged60Plus),
    plannedExitsWithin5Years: num(F.supply.plannedExitsWithin5Years),
    practicesClosedRecently: num(F.supply.practicesClosedRecently),
    vacantSeats: num(F.supply.vacantSeats),
    versorgungsgrad: num(F.supply.versorgungsgrad),
  },
  urgency: {
    practicesClosingWithoutSuccessor: choice(F.urgency.practicesClosingWithoutSuccessor),
    acuteCrisis: choice(F.urgency.acuteCrisis),
  },
  resources: {
    investmentCapacity: choice(F.resources.investmentCapacity),
    budgetConsolidation: choice(F.resources.budgetConsolidation),
    coordinationStaffTime: choice(F.resources.coordinationStaffTime),
    expertise: choice(F.resources.expertise),
    extraFunding: choice(F.resources.extraFunding),
  },
  politics: {
    councilSupport: choice(F.politics.councilSupport),
    mayorCommitment: choice(F.politics.mayorCommitment),
    healthAsMunicipalTask: choice(F.politics.healthAsMunicipalTask),
    citizenParticipation: choice(F.politics.citizenParticipation),
    leadActor: choice(F.politics.leadActor),
  },
  partners: {
    countyWilling: choice(F.partners.countyWilling),
    countyOffer: choice(F.partners.countyOffer),
    intermunicipal: choice(F.partners.intermunicipal),
    hospitalOperator: choice(F.partners.hospitalOperator),
    investor: choice(F.partners.investor),
    kvRelationship: choice(F.partners.kvRelationship),
    publicHealthOffice: choice(F.partners.publicHealthOffice),
  },
  localDoctors: {
    cooperate: choice(F.localDoctors.cooperate),
    fearCompetition: choice(F.localDoctors.fearCompetition),
    wantEmployment: choice(F.localDoctors.wantEmployment),
    wantSelfEmployment: choice(F.localDoctors.wantSelfEmployment),
    consentToMunicipalMvz: choice(F.localDoctors.consentToMunicipalMvz),
    interprofessionalConflicts: choice(F.localDoctors.interprofessionalConflicts),
  },
  assets: {
    building: choice(F.assets.building),
    buildingCentral: choice(F.assets.buildingCentral),
    tenantCommitments: num(F.assets.tenantCommitments),
    gpTenant: choice(F.assets.gpTenant),
    existingNetwork: choice(F.assets.existingNetwork),
  },
  goals: {
    controlVsRisk: choice(F.goals.controlVsRisk),
    timeToEffect: choice(F.goals.timeToEffect),
    multiProfessionalAmbition: choice(F.goals.multiProfessionalAmbition),
    caseManagement: choice(F.goals.caseManagement),
    prevention: choice(F.goals.prevention),
    widerServices: choice(F.goals.widerServices),
  },
} as const satisfies { [G in keyof typeof FIELD_SPECS]: { [K in keyof (typeof FIELD_SPECS)[G]]: unknown } };


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

export const AssessmentInputSchema = InputObjectSchema.superRefine((input, ctx) => {
  for (const check of plausibilityViolations(input)) ctx.addIssue({ code: "custom", path: check.field.split("."), message: check.message });
});

export type AssessmentInput = z.output<typeof AssessmentInputSchema>;
/** What a client may send: every field except `town.name` may be omitted (= unknown). */
export type AssessmentInputRaw = z.input<typeof AssessmentInputSchema>;


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
