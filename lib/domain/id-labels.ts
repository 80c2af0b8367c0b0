/**
 * The ids of models and factor categories with their German labels, without schemas: client components show them
 * without loading zod (issue 19). The schemas are ./ids.ts (re-exporting this).
 * The three carrier models are what the engine ranks; PORT is a care concept on top of a carrier.
 */
export const CARRIER_MODEL_IDS = ["provider-network", "municipal-mvz", "health-centre"] as const;
export const MODEL_IDS = [...CARRIER_MODEL_IDS, "port"] as const;
export type CarrierModelId = (typeof CARRIER_MODEL_IDS)[number];
export type ModelId = (typeof MODEL_IDS)[number];

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
export type FactorCategory = (typeof FACTOR_CATEGORIES)[number];

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

export const MODEL_LABELS_DE: Record<ModelId, string> = {
  "provider-network": "Gesundheitsnetzwerk",
  "municipal-mvz": "Kommunales MVZ",
  "health-centre": "Gesundheitszentrum",
  port: "PORT-Zentrum",
};
