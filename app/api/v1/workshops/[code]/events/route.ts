import { getPrisma } from "@/lib/server/db/client";
import { findWorkshopByCode, WorkshopCodeError } from "@/lib/server/db/workshop-participation";
import { workshopEventStream } from "@/lib/server/http/workshop-sse";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/workshops/{code}/events — the participants' live stream (text/event-stream): `snapshot` events whose id
 * is the snapshot's version; results only for revealed blocks. Resumable with Last-Event-ID. Unknown/expired code → 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const prisma = await getPrisma();
  try {
    const workshop = await findWorkshopByCode(prisma, code);
    return workshopEventStream(prisma, workshop.code, request.headers.get("last-event-id"), { withResults: false, signal: request.signal });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
}
