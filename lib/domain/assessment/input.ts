import { z } from "zod";
import { AgsSchema } from "@/lib/domain/ags";
import { safeText } from "@/lib/domain/text";
import type { QuestionCatalogue } from "./question-catalogue";
import {
  ASSESSMENT_SCHEMA_VERSION,
  FIELD_SPECS,
  UNKNOWN,
  plausibilityViolations,
  type NumberSpec,
  type TextSpec,
} from "./fields";

/**
 * The self-assessment input: everything the wizard asks, grouped by topic.
 *
 * The code defines each field's type (choice values, number range and unit: the plain specs of ./fields.ts, which the
 * browser reads without zod; the text rules here) and the zod schema `AssessmentInputSchema`, which needs no texts.
 * The TEXTS – question, help text ("why this matters"), option labels and citations – are knowledge: the question
 * catalogue of the knowledge snapshot (seeded from knowledge/question-catalogue.json). A consumer receives the
 * snapshot's catalogue as a parameter and joins it with `assessmentQuestionsOf` (./questions.ts); a missing or
 * surplus text is refused when the snapshot is validated (seed and loader, lib/knowledge/snapshot.ts). The published
 * JSON Schema carries the texts as descriptions: `describedAssessmentInputSchema(catalogue)` below.
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
export { ASSESSMENT_FIELDS, ASSESSMENT_FIELD_PATHS, FIELD_BY_ID, type AssessmentField } from "./structure";
export type { AnswerOption, AssessmentQuestion, AssessmentQuestions, AssessmentStep } from "./questions";

// The zod schema of each field, built from its spec. The flags, values and ranges the engine and the wizard read are
// the same specs as a plain list: ASSESSMENT_FIELDS (./structure.ts).

function choice<const T extends readonly [string, ...string[]]>(spec: { kind: "choice"; values: T; fromDatabase?: true }) {
  const all = [...spec.values, UNKNOWN] as unknown as readonly [...T, "unknown"];
  return { kind: "choice" as const, schema: z.enum(all).default(UNKNOWN as never) };
}

function num(spec: NumberSpec) {
  let base = spec.int ? z.number().int() : z.number();
  base = base.min(spec.min ?? 0);
  if (spec.max !== undefined) base = base.max(spec.max);
  return { kind: "number" as const, schema: base.nullable().default(null) };
}

function text<S extends z.ZodType>(_spec: TextSpec, schema: S) {
  return { kind: "text" as const, schema };
}

const F = FIELD_SPECS;

/** The field schemas, grouped by wizard step, built from the specs (./fields.ts); the order is the order of the questions. */
export const FIELDS = {
  town: {
    ags: text(F.town.ags, AgsSchema.nullable().default(null)),
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

/** A field's description in the JSON Schema (undefined: none). */
type Describe = (id: string, kind: "choice" | "number" | "text") => string | undefined;

function groupSchema<G extends Record<string, { schema: z.ZodType; kind: "choice" | "number" | "text" }>>(groupId: string, group: G, describe: Describe) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, def] of Object.entries(group)) {
    const description = describe(`${groupId}.${key}`, def.kind);
    shape[key] = description === undefined ? def.schema : def.schema.describe(description);
  }
  return z.object(shape) as unknown as z.ZodObject<GroupShape<G>, z.core.$strip>;
}

function inputObjectSchema(describe: Describe) {
  return z
    .object({
      schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION).default(ASSESSMENT_SCHEMA_VERSION).describe("Version des Fragenkatalogs (fehlt = aktuelle Version)"),
      town: groupSchema("town", FIELDS.town, describe).describe("Kommune: Daten aus dem Gemeindeverzeichnis und Ergänzungen"),
      supply: groupSchema("supply", FIELDS.supply, describe).prefault({}).describe("Aktuelle hausärztliche Versorgung"),
      urgency: groupSchema("urgency", FIELDS.urgency, describe).prefault({}).describe("Dringlichkeit"),
      resources: groupSchema("resources", FIELDS.resources, describe).prefault({}).describe("Ressourcen der Kommune"),
      politics: groupSchema("politics", FIELDS.politics, describe).prefault({}).describe("Politische Unterstützung und Beteiligung"),
      partners: groupSchema("partners", FIELDS.partners, describe).prefault({}).describe("Partner: Kreis, Krankenhausträger, private Investition, KV, Gesundheitsamt"),
      localDoctors: groupSchema("localDoctors", FIELDS.localDoctors, describe).prefault({}).describe("Haltung der Ärzteschaft vor Ort"),
      assets: groupSchema("assets", FIELDS.assets, describe).prefault({}).describe("Gebäude, Grundstücke, bestehende Netzwerke"),
      goals: groupSchema("goals", FIELDS.goals, describe).prefault({}).describe("Ziele der Kommune"),
    })
    .describe("Selbstcheck einer Kommune zur Sicherung der hausärztlichen Versorgung (Versorgungslotse)");
}

const withPlausibility = <S extends ReturnType<typeof inputObjectSchema>>(schema: S) =>
  schema.superRefine((input, ctx) => {
    for (const check of plausibilityViolations(input)) ctx.addIssue({ code: "custom", path: check.field.split("."), message: check.message });
  });

/** The input schema: the code's structure, no question texts (what API, CLI, wizard and storage validate with). */
export const AssessmentInputSchema = withPlausibility(inputObjectSchema(() => undefined));

const described = new WeakMap<QuestionCatalogue, typeof AssessmentInputSchema>();

/**
 * The same schema with each field described by the catalogue's texts ("question – help", plus what unknown is), for
 * the published JSON Schema (./json-schema.ts). The texts must fit the fields (the snapshot's loader checked that);
 * a field without a text gets no description. Memoised per catalogue object.
 */
export function describedAssessmentInputSchema(catalogue: QuestionCatalogue): typeof AssessmentInputSchema {
  const hit = described.get(catalogue);
  if (hit) return hit;
  const texts = new Map(catalogue.questions.map((q) => [q.id, q]));
  const schema = withPlausibility(
    inputObjectSchema((id, kind) => {
      const t = texts.get(id);
      if (!t) return undefined;
      const unknown = kind === "choice" ? " („unknown“ = weiß nicht)" : kind === "number" ? " (null = unbekannt)" : "";
      return `${t.label} – ${t.help}${unknown}`;
    }),
  );
  described.set(catalogue, schema);
  return schema;
}

export type AssessmentInput = z.output<typeof AssessmentInputSchema>;
/** What a client may send: every field except `town.name` may be omitted (= unknown). */
export type AssessmentInputRaw = z.input<typeof AssessmentInputSchema>;


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
