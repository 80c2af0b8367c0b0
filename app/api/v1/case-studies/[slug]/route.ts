import { NextResponse } from "next/server";
import { badRequest, notFound } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { getCaseStudy } from "@/lib/server/db/knowledge";
import { SlugParamSchema } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/case-studies/{slug} — one case study. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const parsed = SlugParamSchema.safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const caseStudy = await getCaseStudy(await getPrisma(), parsed.data.slug);
  if (!caseStudy) return notFound(`Kein Fallbeispiel „${parsed.data.slug}“.`);
  return NextResponse.json({ data: caseStudy });
}
