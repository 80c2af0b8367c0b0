import { NextResponse } from "next/server";
import { assessmentInputJsonSchema } from "@/lib/domain/assessment/json-schema";

/** GET /api/v1/schema/assessment-input — the JSON Schema of the POST /api/v1/recommendations body. */
export function GET() {
  return NextResponse.json(assessmentInputJsonSchema(), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}
