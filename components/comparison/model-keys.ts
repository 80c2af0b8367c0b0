import type { ModelId } from "@/lib/domain/ids";

/** Message keys of the model names (namespace `comparison`, `models.*`). */
export const MODEL_KEY: Record<ModelId, "network" | "mvz" | "healthCentre" | "port"> = {
  "provider-network": "network",
  "municipal-mvz": "mvz",
  "health-centre": "healthCentre",
  port: "port",
};
