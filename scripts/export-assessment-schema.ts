/**
 * Writes docs/assessment-input.schema.json from the zod schema (lib/domain/assessment/json-schema.ts, the same
 * function the API serves), its fields described with the question texts of the data files' knowledge snapshot
 * (knowledge/question-catalogue.json through the one loader). `io: "input"`: fields with defaults (= unknown) are optional.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { assessmentInputJsonSchema } from "../lib/domain/assessment/json-schema";
import { knowledgeFromFiles } from "../lib/knowledge/snapshot-files";

const out = path.resolve(import.meta.dirname, "..", "docs", "assessment-input.schema.json");
writeFileSync(out, JSON.stringify(assessmentInputJsonSchema(knowledgeFromFiles().questionCatalogue), null, 2) + "\n");
process.stderr.write(`geschrieben: ${path.relative(process.cwd(), out)}\n`);
