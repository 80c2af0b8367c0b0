import { getPrisma } from "@/lib/db/client";
import { hashPresenterToken } from "@/lib/db/tenant/workshops";
import { findWorkshopByCode, WorkshopCodeError } from "@/lib/db/workshop-participation";
import { workshopEventStream } from "@/lib/workshop/sse";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/workshops/{code}/presenter/events?token=… — the presentation view's stream: like the participants'
 * stream but with live results of the open block. Needs the read-only presenter token (only its hash is stored).
 * TODO(issue 14): also accept the moderator's session.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const prisma = await getPrisma();
  try {
    const workshop = await findWorkshopByCode(prisma, code);
    const owner = await prisma.workshop.findFirst({ where: { id: workshop.id, presenterTokenHash: hashPresenterToken(token) }, select: { id: true } });
    if (!token || !owner) return Response.json({ error: { code: "forbidden", message: "Der Präsentationslink ist ungültig." } }, { status: 403 });
    return workshopEventStream(prisma, workshop.code, request.headers.get("last-event-id"), { withResults: true, signal: request.signal });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
}
