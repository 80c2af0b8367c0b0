import { z } from "zod";
import { CarrierModelIdSchema, SlugSchema } from "../domain/ids";
import { CitationsSchema } from "../domain/citation";
import { CitedStatementsSchema, CitedTextSchema } from "./common";
import { OberenderRoleSlugSchema } from "./roles";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

export const CountyKeySchema = z.string().regex(/^\d{5}$/, "Kreisschlüssel hat 5 Ziffern.");

export const CaseStudySourceKindSchema = z.enum(["workshop", "port-study", "county-answer"]);

export const MunicipalRoleTakenSchema = z.object({
  /** Oberender role, or "other" for roles outside the list (e.g. rent guarantee, website). */
  role: z.union([OberenderRoleSlugSchema, z.literal("other")]),
  text: z.string().min(1),
  citations: CitationsSchema,
});

export const DisagreementSchema = z.object({
  topic: z.string().min(1),
  sides: z.array(CitedTextSchema).min(2),
  /** How the knowledge base handles it (German). */
  handling: z.string().min(1),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const CaseStudySchema = z.object({
  slug: SlugSchema,
  name: z.string().min(1),
  sourceKind: CaseStudySourceKindSchema,
  /** 8-digit AGS of the town(s); empty for a county-level case. */
  municipalityAgs: z.array(AgsSchema),
  countyKey: CountyKeySchema.optional(),
  state: z.string().min(1),
  /** Carrier model(s); empty when the case is no carrier model (county coordination). */
  modelIds: z.array(CarrierModelIdSchema),
  /** true for PORT/supPORT sites. */
  port: z.boolean(),
  modelNote: z.string().min(1).optional(),
  summary: z.string().min(1),
  years: z.array(CitedTextSchema).min(1),
  costs: CitedStatementsSchema,
  municipalRoles: z.array(MunicipalRoleTakenSchema).min(1),
  whatWorked: CitedStatementsSchema,
  whatDidNot: CitedStatementsSchema,
  disagreements: z.array(DisagreementSchema),
  citations: CitationsSchema,
});
export type CaseStudy = z.infer<typeof CaseStudySchema>;

