/**
 * The model ids without zod (issue 19: client components that name or loop over the models do not load the schema;
 * lib/domain/ids.ts builds its enums from these and re-exports them). The three carrier models are what the engine
 * ranks; PORT is a care concept on top of a carrier.
 */
export const CARRIER_MODEL_IDS = ["provider-network", "municipal-mvz", "health-centre"] as const;
export const MODEL_IDS = [...CARRIER_MODEL_IDS, "port"] as const;
export type CarrierModelId = (typeof CARRIER_MODEL_IDS)[number];
export type ModelId = (typeof MODEL_IDS)[number];

export const MODEL_LABELS_DE: Record<ModelId, string> = {
  "provider-network": "Gesundheitsnetzwerk",
  "municipal-mvz": "Kommunales MVZ",
  "health-centre": "Gesundheitszentrum",
  port: "PORT-Zentrum",
};
