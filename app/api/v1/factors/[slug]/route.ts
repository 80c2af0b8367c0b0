import { NextResponse } from "next/server";
import { badRequest, notFound } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { getFactor } from "@/lib/server/db/knowledge";
import { SlugParamSchema } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/factors/{slug} — one factor. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const parsed = SlugParamSchema.safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const factor = await getFactor(await getPrisma(), parsed.data.slug);
  if (!factor) return notFound(`Kein Faktor „${parsed.data.slug}“.`);
  return NextResponse.json({ data: factor });
}
