import { z } from "zod";
import { PLAN_ITEM_STATUSES } from "@/lib/domain/plan/types";
import { AgsSchema } from "./municipality";
import { IdSchema } from "./tenant";

/**
 * Request schemas of `/api/v1/organisations/{orgId}/action-plans/{ags}…` (issue 15): one schema per concept,
 * strict (an unknown field is an error), German messages. Routes and data access follow.
 */
export const ActionPlanParamsSchema = z.strictObject({ orgId: IdSchema, ags: AgsSchema });
export const ActionPlanItemParamsSchema = z.strictObject({ orgId: IdSchema, ags: AgsSchema, itemId: IdSchema });

const VersionSchema = z
  .number({ error: "version fehlt: senden Sie die Version, die Sie gelesen haben." })
  .int("version muss eine ganze Zahl sein.")
  .min(1, "version muss mindestens 1 sein.");

const IsoDateSchema = z.iso.date({ error: "Bitte ein Datum im Format JJJJ-MM-TT angeben." });
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} darf höchstens ${max} Zeichen haben.`).transform((s) => (s === "" ? null : s)).nullable().optional();

export const PlanItemStatusSchema = z.enum(PLAN_ITEM_STATUSES, { error: "Unbekannter Status (geplant, in_arbeit, erledigt, zurueckgestellt, verworfen)." });
export const PlanItemSourceSchema = z.enum(["catalogue", "engine", "workshop", "own"], { error: "Unbekannte Herkunft der Maßnahme." });

const ItemFields = {
  title: z.string().trim().min(1, "Bitte einen Titel angeben.").max(200, "Der Titel darf höchstens 200 Zeichen haben."),
  addressesFactor: optionalText(100, "Der Faktor"),
  addressesGap: optionalText(500, "Die Lücke"),
  modelId: optionalText(100, "Das Modell"),
  ownerMembershipId: IdSchema.nullable().optional(),
  ownerText: optionalText(120, "Die Zuständigkeit"),
  startDate: IsoDateSchema.nullable().optional(),
  dueDate: IsoDateSchema.nullable().optional(),
  estimatedCostEuro: z.number().int("Kosten in ganzen Euro.").min(0, "Kosten dürfen nicht negativ sein.").max(1_000_000_000).nullable().optional(),
  fundingProgrammeIds: z.array(z.string().min(1).max(100)).max(50).optional(),
  notes: optionalText(4000, "Die Notiz"),
};

const datesInOrder = (v: { startDate?: string | null; dueDate?: string | null }) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate;
const DATE_ORDER = { message: "Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.", path: ["dueDate"] };

export const CreatePlanItemSchema = z
  .strictObject({
    ...ItemFields,
    source: PlanItemSourceSchema.default("own"),
    sourceRef: optionalText(100, "Die Herkunft"),
    /** The plan's version the client read (the plan version counts added, removed and reordered items). */
    planVersion: VersionSchema,
  })
  .refine(datesInOrder, DATE_ORDER)
  .refine((v) => v.source === "own" || Boolean(v.sourceRef), { message: "Bitte die Maßnahme aus dem Katalog oder Vorschlag angeben.", path: ["sourceRef"] });
export type CreatePlanItemInput = z.output<typeof CreatePlanItemSchema>;

export const UpdatePlanItemSchema = z
  .strictObject({ version: VersionSchema, ...ItemFields, title: ItemFields.title.optional(), status: PlanItemStatusSchema.optional() })
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
  owner: z.string().trim().max(120).optional(),
  since: IsoDateSchema.optional(),
});
