import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseAnswers, sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { townFactsOf } from "@/lib/server/use-cases/town-facts";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getMunicipality } from "@/lib/server/db/municipalities";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { evaluateAssessment } from "@/lib/domain/recommendation/evaluate";

/**
 * The engine's result for a town's saved answers with the knowledge snapshot of `version` (default: the current
 * one). Used when an assessment is saved (the row records result and version) and to re-read a result computed
 * with an older version (older snapshots stay stored). Null result: the answers cannot be evaluated yet.
 */
export async function computeAssessmentResult(
  prisma: PrismaClient,
  ags: string,
  answers: unknown,
  version?: string,
): Promise<{ ruleSetVersion: string; recommendation: Recommendation | null }> {
  const knowledge = await getKnowledgeSnapshot(version, prisma);
  const municipality = await getMunicipality(prisma, ags);
  const parsed = municipality ? parseAnswers(sanitizeAnswers(answers), townFactsOf(municipality)) : null;
  return {
    ruleSetVersion: knowledge.version,
    recommendation: parsed ? evaluateAssessment(parsed, knowledge, { whatWouldChange: false }) : null,
  };
}

/** The same, shaped for saveAssessment's `computed` argument (JSON for the Assessment.result column). */
/** What is stored beside the answers: the rule-set version and the engine's result. */
export interface ComputedAssessmentResult {
  ruleSetVersion: string;
  /** The engine's Recommendation; null when the answers cannot be evaluated yet. */
  result: Prisma.InputJsonValue | null;
}

export async function resultToStore(prisma: PrismaClient, ags: string, answers: unknown): Promise<ComputedAssessmentResult> {
  const { ruleSetVersion, recommendation } = await computeAssessmentResult(prisma, ags, answers);
  return { ruleSetVersion, result: recommendation ? (JSON.parse(JSON.stringify(recommendation)) as ComputedAssessmentResult["result"]) : null };
}
