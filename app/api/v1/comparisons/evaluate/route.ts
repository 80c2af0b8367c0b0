import { NextResponse } from "next/server";
import { badRequest, invalidJson } from "@/lib/api/respond";
import { evaluateComparison, parseComparisonRequest } from "@/lib/comparison/evaluate-request";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/comparisons/evaluate — body: one ScenarioAssumptions object, or `{ scenarios: [...] }`;
 * answer: `{ results: ScenarioResult[] }` with the yearly figures of each scenario, in request order.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalidJson();
  }
  const parsed = parseComparisonRequest(body);
  if (!parsed.success) return badRequest(parsed.error, "Die Annahmen des Geldszenarios sind ungültig.");
  return NextResponse.json(evaluateComparison(parsed.scenarios));
}
