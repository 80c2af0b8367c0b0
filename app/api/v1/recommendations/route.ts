import { NextResponse } from "next/server";
import { badRequest, invalidJson, NOT_JSON, requestJson } from "@/lib/server/api/respond";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { evaluateAssessment, parseAssessment } from "@/lib/domain/recommendation/evaluate";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations — body: AssessmentInput (JSON); answer: the Recommendation. */
export async function POST(request: Request) {
  const body = await requestJson(request);
  if (body === NOT_JSON) return invalidJson();
  const parsed = parseAssessment(body);
  if (!parsed.success) return badRequest(parsed.error, "Die Selbstcheck-Eingabe ist ungültig.");
  return NextResponse.json(evaluateAssessment(parsed.data, await getKnowledgeSnapshot()));
}
