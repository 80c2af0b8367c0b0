import { NextResponse } from "next/server";
import { badRequest, invalidJson, NOT_JSON, requestJson } from "@/lib/server/api/respond";
import { evaluateComparison, parseComparisonRequest } from "@/lib/domain/comparison/evaluate-request";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/comparisons/evaluate — body: one ScenarioAssumptions object, or `{ scenarios: [...] }`;
 * answer: `{ results: ScenarioResult[] }` with the yearly figures of each scenario, in request order.
 */
export async function POST(request: Request) {
  const body = await requestJson(request);
  if (body === NOT_JSON) return invalidJson();
  const parsed = parseComparisonRequest(body);
  if (!parsed.success) return badRequest(parsed.error, "Die Annahmen des Geldszenarios sind ungültig.");
  return NextResponse.json(evaluateComparison(parsed.scenarios));
}
