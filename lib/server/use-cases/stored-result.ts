import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseAnswers, sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { townFactsOf } from "@/lib/server/use-cases/town-facts";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getMunicipality } from "@/lib/server/db/municipalities";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { evaluateAssessment } from "@/lib/domain/recommendation/evaluate";
import { RecommendationSchema, RecommendationSummarySchema, type RecommendationSummary } from "@/lib/domain/recommendation/contract";
import { storedIssuesText } from "@/lib/server/db/stored-json";
import type { z } from "zod";

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

/** What is stored beside the answers: the rule-set version and the engine's result. */
export interface ComputedAssessmentResult {
  ruleSetVersion: string;
  /** The engine's Recommendation; null when the answers cannot be evaluated yet. */
  result: Prisma.InputJsonValue | null;
}

/** The same, shaped for saveAssessment's `computed` argument (JSON for the Assessment.result column). */
export async function resultToStore(prisma: PrismaClient, ags: string, answers: unknown): Promise<ComputedAssessmentResult> {
  const { ruleSetVersion, recommendation } = await computeAssessmentResult(prisma, ags, answers);
  return { ruleSetVersion, result: recommendation ? (JSON.parse(JSON.stringify(recommendation)) as ComputedAssessmentResult["result"]) : null };
}

/**
 * Stored results are parsed on read, never cast (issue 13). `Assessment.result` holds the engine's Recommendation as
 * JSON (null: the answers could not be evaluated when they were saved); it is read with the one RecommendationSchema
 * (lib/domain/recommendation/contract.ts). A stored value that fails the schema — written by an older engine, or changed
 * in the database by hand — is not handed on: it is refused with a German message naming the fields
 * (parseStoredResult), and the readers below take the documented recompute path instead.
 */
export type StoredResultCheck<T> = { ok: true; value: T | null } | { ok: false; message: string };

function checkStored<S extends z.ZodType>(schema: S, json: unknown): StoredResultCheck<z.output<S>> {
  if (json === null || json === undefined) return { ok: true, value: null };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: `Das gespeicherte Ergebnis der Selbsteinschätzung hat nicht das erwartete Format (${storedIssuesText(parsed.error)}); es wird aus den gespeicherten Antworten neu berechnet.` };
}

/** Assessment.result parsed with RecommendationSchema: the Recommendation, null (none stored), or the refusal. */
export function parseStoredResult(json: unknown): StoredResultCheck<Recommendation> {
  return checkStored(RecommendationSchema, json);
}

/** The row of an assessment as a reader of its stored result selects it. */
export interface StoredAssessmentRow {
  municipalityAgs: string;
  answers: unknown;
  ruleSetVersion: string | null;
  result: unknown;
}
export const STORED_RESULT_SELECT = { municipalityAgs: true, answers: true, ruleSetVersion: true, result: true } as const;

/**
 * The documented recompute path for a stored result that fails its schema: the engine's result for the row's answers
 * with the knowledge version that stored it (older snapshots stay stored), else with the current one — what the result
 * page's "mit aktuellem Regelwerk neu berechnen" and the town report do.
 */
async function recompute(prisma: PrismaClient, row: StoredAssessmentRow, refusal: string): Promise<Recommendation | null> {
  console.warn(`${refusal} (Gemeinde ${row.municipalityAgs}, Regelwerk ${row.ruleSetVersion ?? "unbekannt"})`);
  const version = row.ruleSetVersion ?? undefined;
  const computed = await computeAssessmentResult(prisma, row.municipalityAgs, row.answers, version).catch(() => computeAssessmentResult(prisma, row.municipalityAgs, row.answers));
  return computed.recommendation;
}

/** The stored result of an assessment, parsed on read; a value that fails the schema is recomputed (see above). */
export async function readStoredResult(prisma: PrismaClient, row: StoredAssessmentRow): Promise<Recommendation | null> {
  const stored = parseStoredResult(row.result);
  return stored.ok ? stored.value : recompute(prisma, row, stored.message);
}

/**
 * What an overview shows of a stored result (its first model and confidence level), parsed with the projection of
 * RecommendationSchema that reads only those fields (the county view reads up to a Kreis's 200 and more results per
 * request); a value that fails it is recomputed like readStoredResult.
 */
export async function readStoredSummary(prisma: PrismaClient, row: StoredAssessmentRow): Promise<RecommendationSummary | null> {
  const stored = checkStored(RecommendationSummarySchema, row.result);
  return stored.ok ? stored.value : recompute(prisma, row, stored.message);
}
