import { NextResponse } from "next/server";
import { badRequest, notFound } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { getMeasure } from "@/lib/server/db/knowledge";
import { SlugParamSchema } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/measures/{slug} — one measure. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const parsed = SlugParamSchema.safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const measure = await getMeasure(await getPrisma(), parsed.data.slug);
  if (!measure) return notFound(`Keine Maßnahme „${parsed.data.slug}“.`);
  return NextResponse.json({ data: measure });
}
