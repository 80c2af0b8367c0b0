import { z } from "zod";
import { safeText } from "@/lib/domain/text";
import { CARRIER_MODEL_IDS, MODEL_IDS } from "./model-ids";

export * from "./model-ids";

/**
 * Identifiers shared by the knowledge base, the recommendation engine and the UI.
 * The three carrier models are what the engine ranks; PORT is a care concept on top of a carrier.
 */
export const CarrierModelIdSchema = z.enum(CARRIER_MODEL_IDS);
export const ModelIdSchema = z.enum(MODEL_IDS);

/**
 * Factor categories. The first six are the PORT study's "Voraussetzungen und förderliche Faktoren"
 * (Fazit); `assets` (building, plot, existing network), `supply` (the care situation and its urgency)
 * and `framework` (legal and financing frame) hold the remaining success and risk factors.
 */
export const FACTOR_CATEGORIES = [
  "expertise",
  "resources",
  "politics",
  "networking",
  "participation",
  "cooperation",
  "assets",
  "supply",
  "framework",
] as const;
export const FactorCategorySchema = z.enum(FACTOR_CATEGORIES);
export type FactorCategory = z.infer<typeof FactorCategorySchema>;

export const FACTOR_CATEGORY_LABELS_DE: Record<FactorCategory, string> = {
  expertise: "Fachexpertise",
  resources: "Personelle und finanzielle Ressourcen",
  politics: "Politische Unterstützung",
  networking: "Netzwerkkompetenzen und -ressourcen",
  participation: "Breiter Beteiligungsprozess",
  cooperation: "Kooperation zwischen Kreis und Gemeinde",
  assets: "Gebäude, Flächen und bestehende Strukturen",
  supply: "Versorgungslage und Dringlichkeit",
  framework: "Rechtlicher und finanzieller Rahmen",
};

/** Slug for knowledge-base entries: lowercase ASCII, digits and hyphens. */
export const SlugSchema = safeText()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Nur Kleinbuchstaben, Ziffern und Bindestriche.");
