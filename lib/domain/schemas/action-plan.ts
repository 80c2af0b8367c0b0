import { z } from "zod";
import { PLAN_ITEM_STATUSES } from "@/lib/domain/plan/types";
import { FACTOR_CATEGORIES } from "@/lib/domain/ids";
import { CitationSchema } from "@/lib/domain/citation";
import { IdSchema } from "./tenant";
import { safeText } from "../text";

/**
 * Request schemas of `/api/v1/organisations/{orgId}/plans/{ags}…` (issue 15): one schema per concept, strict (an
 * unknown field is an error), German messages.
 */
/** Whose plan: a town (its 8-digit AGS) or a county organisation's own plan for its Kreis (issue 17). */
export type PlanTarget = string | { kreisKey: string };

/** The plan's key in URLs and file names: the AGS, or the 5-digit Kreis key of a county's own plan. */
export const planTargetKey = (target: PlanTarget): string => (typeof target === "string" ? target : target.kreisKey);

/** `{ags}` in a plan URL: 8 digits name a town's plan, 5 digits (a Kreis key) the county organisation's own plan. */
export const PlanTargetSchema = safeText({ error: "Der Gemeindeschlüssel (AGS) fehlt." })
  .regex(/^(\d{8}|\d{5})$/, "Erwartet wird der Amtliche Gemeindeschlüssel (8 Ziffern, z. B. 05766024) oder für den Plan eines Kreises der Kreisschlüssel (5 Ziffern, z. B. 05766).")
  .transform((key): PlanTarget => (key.length === 5 ? { kreisKey: key } : key));

export const ActionPlanParamsSchema = z.strictObject({ orgId: IdSchema, ags: PlanTargetSchema });
export const ActionPlanItemParamsSchema = z.strictObject({ orgId: IdSchema, ags: PlanTargetSchema, itemId: IdSchema });

const VersionSchema = z
  .number({ error: "version fehlt: senden Sie die Version, die Sie gelesen haben." })
  .int("version muss eine ganze Zahl sein.")
  .min(1, "version muss mindestens 1 sein.");
/** The plan's version the client read; 0 while the town has no plan yet (the first item creates it). */
const PlanVersionSchema = z
  .number({ error: "planVersion fehlt: senden Sie die Version des Plans, die Sie gelesen haben (0: noch kein Plan)." })
  .int("planVersion muss eine ganze Zahl sein.")
  .min(0, "planVersion darf nicht negativ sein.");

const IsoDateSchema = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });
const optionalText = (max: number, label: string) =>
  safeText()
    .trim()
    .max(max, `${label} darf höchstens ${max} Zeichen haben.`)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional();

export const PlanItemStatusSchema = z.enum(PLAN_ITEM_STATUSES, { error: "Unbekannter Status (geplant, in_arbeit, erledigt, zurueckgestellt, verworfen)." });
export const PlanItemSourceSchema = z.enum(["catalogue", "engine", "workshop", "own"], { error: "Unbekannte Herkunft der Maßnahme." });
/** The readiness gap (factor category of the knowledge base) an item addresses. */
export const PlanFactorSchema = z.enum(FACTOR_CATEGORIES, { error: "Unbekannter Faktor." });

const TitleSchema = safeText().trim().min(1, "Bitte einen Titel angeben.").max(200, "Der Titel darf höchstens 200 Zeichen haben.");

const ItemFields = {
  addressesFactor: PlanFactorSchema.nullable().optional(),
  addressesGap: optionalText(500, "Die Lücke"),
  modelId: optionalText(100, "Das Modell"),
  ownerMembershipId: IdSchema.nullable().optional(),
  ownerText: optionalText(120, "Die Zuständigkeit"),
  startDate: IsoDateSchema.nullable().optional(),
  dueDate: IsoDateSchema.nullable().optional(),
  estimatedCostEuro: z.number().int("Kosten in ganzen Euro.").min(0, "Kosten dürfen nicht negativ sein.").max(1_000_000_000, "Kosten höchstens 1 Milliarde Euro.").nullable().optional(),
  fundingProgrammeIds: z.array(safeText().min(1).max(100)).max(50).optional(),
  notes: optionalText(4000, "Die Notiz"),
};

const datesInOrder = (v: { startDate?: string | null; dueDate?: string | null }) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate;
const DATE_ORDER = { message: "Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.", path: ["dueDate"] };

const NewItemObject = z.strictObject({
  ...ItemFields,
  title: TitleSchema.optional(),
  source: PlanItemSourceSchema.default("own"),
  sourceRef: optionalText(100, "Die Herkunft"),
});
type NewItemShape = { source: string; sourceRef?: string | null | undefined; title?: string | undefined; startDate?: string | null | undefined; dueDate?: string | null | undefined };
const newItemRules = <S extends z.ZodType<NewItemShape>>(schema: S) =>
  schema
    .refine(datesInOrder, DATE_ORDER)
    .refine((v) => v.source === "own" || Boolean(v.sourceRef), { message: "Bitte die Maßnahme aus dem Katalog oder Vorschlag angeben.", path: ["sourceRef"] })
    .refine((v) => v.source !== "own" || Boolean(v.title), { message: "Bitte einen Titel angeben.", path: ["title"] });

/** One new item. From the catalogue or the engine's proposals, `sourceRef` is the measure's slug and the title may be left out (taken from the catalogue). */
export const NewPlanItemSchema = newItemRules(NewItemObject);
export type NewPlanItemInput = z.output<typeof NewPlanItemSchema>;

export const CreatePlanItemSchema = newItemRules(NewItemObject.extend({ planVersion: PlanVersionSchema }));
export type CreatePlanItemInput = z.output<typeof CreatePlanItemSchema>;

export const UpdatePlanItemSchema = z
  .strictObject({ version: VersionSchema, ...ItemFields, title: TitleSchema.optional(), status: PlanItemStatusSchema.optional() })
  .refine(datesInOrder, DATE_ORDER);
export type UpdatePlanItemInput = z.output<typeof UpdatePlanItemSchema>;

export const ReorderPlanSchema = z.strictObject({
  version: VersionSchema,
  itemIds: z.array(IdSchema).min(1, "Bitte die Reihenfolge der Maßnahmen angeben.").max(500),
});
export type ReorderPlanInput = z.output<typeof ReorderPlanSchema>;

/** Filters of the plan page and the list route (URL parameters, so they work without JavaScript). */
export const PlanFilterSchema = z.strictObject({
  status: PlanItemStatusSchema.optional(),
  owner: safeText().trim().max(120).optional(),
  since: IsoDateSchema.optional(),
});
export type PlanFilter = z.output<typeof PlanFilterSchema>;

/**
 * ActionPlanItem.citation as stored: the catalogue measure's citations (an array, written by addPlanItems), null for
 * an item of one's own. A town package carries one citation per item and its import stores that one: read as a list
 * of one. (The town report and the package export read this column with a single-citation schema before, so every
 * citation addPlanItems had stored was dropped there.)
 */
export const StoredPlanCitationsSchema = z.union([z.array(CitationSchema), CitationSchema.transform((c) => [c])]).nullable();
