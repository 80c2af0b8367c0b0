/**
 * Writes docs/assessment-input.schema.json from the zod schema (zod v4 `z.toJSONSchema`).
 * `io: "input"` describes what a client may send: fields with defaults (= unknown) are optional.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AssessmentInputSchema } from "../lib/domain/assessment/input";

const schema = z.toJSONSchema(AssessmentInputSchema, { io: "input" });
const out = path.resolve(import.meta.dirname, "..", "docs", "assessment-input.schema.json");
writeFileSync(out, JSON.stringify({ $id: "https://versorgungslotse.de/schema/assessment-input.json", title: "AssessmentInput", ...schema }, null, 2) + "\n");
process.stderr.write(`geschrieben: ${path.relative(process.cwd(), out)}\n`);
