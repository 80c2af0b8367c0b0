import fs from "node:fs";
import path from "node:path";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { evaluateAssessment, parseAssessment } from "@/lib/domain/recommendation/evaluate";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * An Assessment.result as the engine stores it (the Dörentrup example through JSON), with `overrides` laid over it.
 * The stored result is parsed with RecommendationSchema on read (issue 13), so a test that needs a particular
 * proposal or readiness profile stores a whole, well-formed result, not a hand-made fragment.
 */
export function storedRecommendation(overrides: Partial<Recommendation> = {}): Prisma.InputJsonObject {
  const input = parseAssessment(JSON.parse(fs.readFileSync(path.join(process.cwd(), "examples", "doerentrup.json"), "utf8")));
  if (!input.success) throw new Error("examples/doerentrup.json is not a valid assessment");
  const result = evaluateAssessment(input.data, knowledgeFromFiles(), { whatWouldChange: false });
  return JSON.parse(JSON.stringify({ ...result, ...overrides }));
}

/** A readiness entry of a stored result: category, label and score, no gaps. */
export const readinessPoint = (category: Recommendation["readiness"][number]["category"], label: string, score: number): Recommendation["readiness"][number] => ({
  category,
  label,
  score,
  answered: 0,
  total: 0,
  gaps: [],
});
