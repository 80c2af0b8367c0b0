import { z } from "zod";
import "@/lib/domain/zod-german";
import { CitationSchema } from "@/lib/domain/citation";
import { PLAN_ITEM_STATUSES } from "@/lib/domain/plan/types";
import { BlockConfigSchema } from "./workshop";
import { PackageOriginSchema, PackageTownSchema } from "./town-package-preview";
import { safeText } from "../text";

/**
 * The town package (issue 15): everything an organisation keeps for one town — supply inventory, self-assessment,
 * comparison scenarios, action plan, workshop aggregates — as one JSON file with a schema version, for moving the
 * work to another organisation or restoring it after a reset. Outside input: strict objects (an unknown field is an
 * error), every text through safeText, German messages naming the field.
 *
 * Version history: 1 — first version (December 2026). 2 — every row's `version` (optimistic concurrency) travels and
 * is kept on import; workshops carry each block's configuration and structured aggregate, so an import restores them
 * as ended workshops (ADR 0016). Version-1 files are still read: versions start at 1, workshops are shown, not restored.
 */
export const TOWN_PACKAGE_KIND = "versorgungslotse.gemeindepaket";
export const TOWN_PACKAGE_SCHEMA_VERSION = 2;
export const TOWN_PACKAGE_SCHEMA_VERSIONS = [1, 2] as const;

const text = (max: number) => safeText().max(max, `höchstens ${max} Zeichen`);
const optional = (max: number) => text(max).nullable();
const IsoDate = z.iso.date({ error: "Datum im Format JJJJ-MM-TT erwartet." });
const IsoDateTime = z.iso.datetime({ offset: true, error: "Zeitpunkt im ISO-Format erwartet (z. B. 2026-12-02T10:00:00.000Z)." });
const Year = z.int("ganze Jahreszahl erwartet").min(1900).max(2200);
/** A row's optimistic-concurrency version (absent in version-1 files: then 1). */
const RowVersion = z.int("Version: ganze Zahl ab 1 erwartet").min(1, "Version: ganze Zahl ab 1 erwartet").max(1_000_000_000).optional();

const DoctorSchema = z.strictObject({
  label: optional(120),
  birthYear: Year.nullable(),
  licence: z.enum(["FULL", "THREE_QUARTER", "HALF", "EMPLOYED"], { error: "Versorgungsauftrag: FULL, THREE_QUARTER, HALF oder EMPLOYED." }),
  weeklyHours: z.number().min(0).max(80).nullable(),
  plannedExitYear: Year.nullable(),
  position: z.int().min(0).max(10_000),
});

const ProviderSchema = z.strictObject({
  kind: z.enum(["GP_PRACTICE", "SPECIALIST_PRACTICE", "PHARMACY", "NURSING_SERVICE", "THERAPY_PRACTICE"], { error: "Unbekannte Art der Einrichtung." }),
  name: text(200).min(1, "Name fehlt"),
  street: optional(200),
  postcode: safeText().regex(/^\d{5}$/, "Die Postleitzahl hat 5 Ziffern.").nullable(),
  city: optional(120),
  successorStatus: z.enum(["NONE", "SEARCHING", "FOUND"], { error: "Nachfolge: NONE, SEARCHING oder FOUND." }),
  doctors: z.array(DoctorSchema).max(100),
  version: RowVersion,
});

const AssessmentSchema = z.strictObject({
  /** The self-assessment's answers; checked with the wizard's schema on import. */
  answers: z.record(z.string(), z.unknown()),
  status: z.enum(["DRAFT", "COMPLETED"], { error: "Status: DRAFT oder COMPLETED." }),
  /** The knowledge version that computed the stored result (the result is recomputed on import, never read from the file). */
  ruleSetVersion: optional(60),
  version: RowVersion,
});

const ScenarioSchema = z.strictObject({
  name: text(120).min(1, "Name fehlt"),
  /** The comparison's data; checked with the comparison's schema on import. */
  data: z.record(z.string(), z.unknown()),
  knowledgeVersion: optional(60),
  version: RowVersion,
});

const PlanItemSchema = z.strictObject({
  title: text(200).min(1, "Titel fehlt"),
  addressesFactor: optional(100),
  addressesGap: optional(500),
  modelId: optional(100),
  /** The owner as a member of the exporting organisation (kept only when importing into the same organisation) … */
  ownerMembershipId: optional(64),
  /** … the member's name then, so another organisation keeps who was meant as free text. */
  ownerName: optional(120),
  ownerText: optional(120),
  startDate: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  status: z.enum(PLAN_ITEM_STATUSES, { error: "Unbekannter Status (geplant, in_arbeit, erledigt, zurueckgestellt, verworfen)." }),
  statusChangedAt: IsoDateTime,
  estimatedCostEuro: z.int().min(0).max(1_000_000_000).nullable(),
  fundingProgrammeIds: z.array(text(100)).max(50),
  notes: optional(4000),
  source: z.enum(["catalogue", "engine", "workshop", "own"], { error: "Unbekannte Herkunft der Maßnahme." }),
  sourceRef: optional(100),
  citation: CitationSchema.nullable(),
  position: z.int().min(0).max(100_000),
  history: z.array(z.strictObject({ status: z.enum(PLAN_ITEM_STATUSES), changedAt: IsoDateTime })).max(1000),
  version: RowVersion,
});

// A block's aggregate as the counting produces it (lib/domain/workshop/aggregate.ts), strictly: it is shown as it is.
const Count = z.int().min(0).max(10_000_000);
const Mean = z.number().min(0).max(10_000).nullable();
const KeyName = text(64);
const Counts = z.record(KeyName, Count);
const Summary = { n: Count, mean: Mean, median: Mean, distribution: Counts };
const BlockResultSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("ratings"),
    result: z.strictObject({ categories: z.record(KeyName, z.strictObject({ ...Summary, unknown: Count })), radar: z.array(z.strictObject({ key: KeyName, mean: Mean })).max(30), n: Count }),
  }),
  z.strictObject({ type: z.literal("choice"), result: z.strictObject({ counts: Counts, n: Count }) }),
  z.strictObject({ type: z.literal("scale"), result: z.strictObject(Summary) }),
  z.strictObject({
    type: z.literal("consensus"),
    result: z.strictObject({ ...Summary, window: z.strictObject({ low: z.number(), high: z.number() }).nullable(), outside: Count, split: z.boolean() }),
  }),
  z.strictObject({ type: z.literal("dotVote"), result: z.strictObject({ ranking: z.array(z.strictObject({ key: KeyName, dots: Count, voters: Count })).max(30), totalDots: Count, n: Count }) }),
  z.strictObject({ type: z.literal("ranking"), result: z.strictObject({ ranking: z.array(z.strictObject({ key: KeyName, points: Count, firsts: Count })).max(30), n: Count }) }),
  z.strictObject({ type: z.literal("weighting"), result: z.strictObject({ options: z.array(z.strictObject({ key: KeyName, total: Count, mean: Mean })).max(30), n: Count }) }),
  // Open answers travel as their count only: the texts are individual answers (issue 14), they stay in the organisation.
  z.strictObject({ type: z.literal("text"), result: z.strictObject({ n: Count, texts: z.array(text(1000)).max(0, "Offene Antworten reisen nicht mit: nur ihre Anzahl.") }) }),
  z.strictObject({
    type: z.literal("ideas"),
    result: z.strictObject({ n: Count, ideas: z.array(z.strictObject({ id: text(64), text: text(500), cluster: optional(80), merged: Count })).max(1000) }),
  }),
]);
export type PackageBlockResult = z.output<typeof BlockResultSchema>;

const WorkshopBlockSchema = z.strictObject({
  prompt: text(300),
  answers: z.int().min(0),
  /** The result as text lines (for the record and the preview; version 1 has only these). */
  lines: z.array(z.strictObject({ label: text(1000), value: text(200) })).max(100),
  // Version 2: what restores the block.
  position: z.int().min(1).max(1000).optional(),
  config: BlockConfigSchema.optional(),
  status: z.enum(["DRAFT", "CLOSED", "REVEALED"], { error: "Blockstatus: DRAFT, CLOSED oder REVEALED." }).optional(),
  openedAt: IsoDateTime.nullable().optional(),
  closedAt: IsoDateTime.nullable().optional(),
  paper: Count.optional(),
  suppressed: Count.optional(),
  overall: BlockResultSchema.optional(),
  byRole: z.array(z.strictObject({ role: text(40), result: BlockResultSchema })).max(20).optional(),
});

const WorkshopAggregateSchema = z.strictObject({
  title: text(200),
  date: IsoDate,
  participants: z.int().min(0),
  retentionMonths: z.int().min(1).max(60).optional(),
  blocks: z.array(WorkshopBlockSchema).max(100),
});
export type PackageWorkshop = z.output<typeof WorkshopAggregateSchema>;

export const TownPackageSchema = z.strictObject({
  kind: z.literal(TOWN_PACKAGE_KIND, { error: "Das ist kein Gemeindepaket des Versorgungslotsen." }),
  schemaVersion: z.union(TOWN_PACKAGE_SCHEMA_VERSIONS.map((v) => z.literal(v)), { error: `Diese Paketversion wird nicht unterstützt (erwartet: ${TOWN_PACKAGE_SCHEMA_VERSIONS.join(" oder ")}).` }),
  exportedAt: IsoDateTime,
  /** Where the package came from (shown in the preview). */
  origin: PackageOriginSchema,
  town: PackageTownSchema,
  providers: z.array(ProviderSchema).max(5000),
  assessment: AssessmentSchema.nullable(),
  scenarios: z.array(ScenarioSchema).max(200),
  plan: z.strictObject({ items: z.array(PlanItemSchema).max(1000), version: RowVersion }).nullable(),
  /** Aggregates only (no raw answers, no participants travel); version 2 restores them as ended workshops. */
  workshops: z.array(WorkshopAggregateSchema).max(200),
});
export type TownPackage = z.output<typeof TownPackageSchema>;
