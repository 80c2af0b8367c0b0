import { NextResponse } from "next/server";
import { badRequest, notFound } from "@/lib/server/api/respond";
import { getPrisma } from "@/lib/server/db/client";
import { getModel } from "@/lib/server/db/knowledge";
import { ModelIdParamSchema } from "@/lib/knowledge/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/models/{id} — one governance model. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const parsed = ModelIdParamSchema.safeParse(await context.params);
  if (!parsed.success) return badRequest(parsed.error);
  const model = await getModel(await getPrisma(), parsed.data.id);
  if (!model) return notFound(`Kein Modell mit der ID „${parsed.data.id}“.`);
  return NextResponse.json({ data: model });
}
