import { NextResponse } from "next/server";
import { badRequest, notFound } from "@/lib/api/respond";
import { getPrisma } from "@/lib/db/client";
import { getModel } from "@/lib/db/knowledge";
import { ModelIdParamSchema } from "@/lib/schemas/knowledge";

export const dynamic = "force-dynamic";

/** GET /api/v1/models/{id} — one governance model. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const parsed = ModelIdParamSchema.safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const model = await getModel(await getPrisma(), parsed.data.id);
  if (!model) return notFound(`Kein Modell mit der ID „${parsed.data.id}“.`);
  return NextResponse.json({ data: model });
}
