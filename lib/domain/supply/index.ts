export * from "./parameters";
export * from "./supply";
