export { RULE_SET } from "./rule-set";
export * from "./schema";
