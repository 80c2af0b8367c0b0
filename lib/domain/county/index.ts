export * from "./urgency";
export * from "./retirement-wave";
export * from "./size-classes";
