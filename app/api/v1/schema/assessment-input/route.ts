import { NextResponse } from "next/server";
import { assessmentInputJsonSchema } from "@/lib/domain/assessment/json-schema";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/schema/assessment-input — the JSON Schema of the POST /api/v1/recommendations body, its fields described
 * with the current knowledge snapshot's question texts (docs/assessment-input.schema.json is the same from the data files).
 */
export async function GET() {
  const snapshot = await getKnowledgeSnapshot();
  return NextResponse.json(assessmentInputJsonSchema(snapshot.questionCatalogue), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
