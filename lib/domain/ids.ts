import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { CARRIER_MODEL_IDS, FACTOR_CATEGORIES, MODEL_IDS } from "./id-labels";

/** Identifiers shared by the knowledge base, the recommendation engine and the UI: the schemas (ids and labels: ./id-labels.ts). */
export * from "./id-labels";

export const CarrierModelIdSchema = z.enum(CARRIER_MODEL_IDS);
export const ModelIdSchema = z.enum(MODEL_IDS);
export const FactorCategorySchema = z.enum(FACTOR_CATEGORIES);

/** Slug for knowledge-base entries: lowercase ASCII, digits and hyphens. */
export const SlugSchema = safeText()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Nur Kleinbuchstaben, Ziffern und Bindestriche.");
