import { z } from "zod";
import { CarrierModelIdSchema, ModelIdSchema, SlugSchema } from "../domain/ids";
import { CitationsSchema } from "../domain/citation";
import { CitedStatementsSchema, CitedTextSchema } from "./common";

/** How much the town must bring for a model, per dimension. */
export const RequirementLevelSchema = z.enum(["none", "low", "medium", "high", "very-high", "not-in-sources"]);
export type RequirementLevel = z.infer<typeof RequirementLevelSchema>;

export const RequirementSchema = z.object({
  level: RequirementLevelSchema,
  text: z.string().min(1),
  citations: CitationsSchema,
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const REQUIREMENT_DIMENSIONS = ["money", "staff", "expertise", "councilDecision", "building", "partners"] as const;
export type RequirementDimension = (typeof REQUIREMENT_DIMENSIONS)[number];

export const ControlLevelSchema = z.enum(["low", "medium", "high", "depends-on-carrier"]);
export type ControlLevel = z.infer<typeof ControlLevelSchema>;

export const LegalFormSchema = z.object({
  name: z.string().min(1),
  text: z.string().min(1),
  citations: CitationsSchema,
});

export const PortCarrierSchema = z.object({
  carrier: CarrierModelIdSchema,
  /** Case-study slugs of the PORT sites that run on this carrier. */
  sites: z.array(SlugSchema).min(1),
  text: z.string().min(1),
  citations: CitationsSchema,
});
export type PortCarrier = z.infer<typeof PortCarrierSchema>;

export const GovernanceModelSchema = z.object({
  id: ModelIdSchema,
  title: z.string().min(1),
  /** true for the three carrier models; PORT is a care concept on top of a carrier. */
  isCarrier: z.boolean(),
  summary: CitedTextSchema,
  whatItIs: z.array(CitedTextSchema).min(1),
  legalForms: z.array(LegalFormSchema).min(1),
  /** Who owns the unit / the building. */
  ownership: z.array(CitedTextSchema).min(1),
  /** Who employs the doctors and staff. */
  employment: z.array(CitedTextSchema).min(1),
  requirements: z.object({
    money: RequirementSchema,
    staff: RequirementSchema,
    expertise: RequirementSchema,
    councilDecision: RequirementSchema,
    building: RequirementSchema,
    partners: RequirementSchema,
  }),
  typicalCosts: CitedStatementsSchema,
  timeToEffect: CitedStatementsSchema,
  strengths: z.array(CitedTextSchema).min(1),
  risks: z.array(CitedTextSchema).min(1),
  control: z.object({ level: ControlLevelSchema, text: z.string().min(1), citations: CitationsSchema }),
  caseStudySlugs: z.array(SlugSchema),
  /** PORT only: the carriers PORT sites run on, with the sites. */
  portCarriers: z.array(PortCarrierSchema).optional(),
  citations: CitationsSchema,
});
export type GovernanceModel = z.infer<typeof GovernanceModelSchema>;
