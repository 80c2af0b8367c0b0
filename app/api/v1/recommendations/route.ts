import { NextResponse } from "next/server";
import { badRequest, invalidJson } from "@/lib/api/respond";
import { evaluateAssessment, parseAssessment } from "@/lib/recommendation/evaluate";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations — body: AssessmentInput (JSON); answer: the Recommendation. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalidJson();
  }
  const parsed = parseAssessment(body);
  if (!parsed.success) return badRequest(parsed.error, "Die Selbstcheck-Eingabe ist ungültig.");
  return NextResponse.json(evaluateAssessment(parsed.data));
}
