export * from "./scenario";
export * from "./defaults";
