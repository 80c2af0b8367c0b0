import { getPrisma } from "@/lib/server/db/client";
import { loadCaller } from "@/lib/server/auth/guard";
import { getSessionUser } from "@/lib/server/auth/session";
import { hashPresenterToken, workshopForMember } from "@/lib/server/db/tenant/workshops";
import { findWorkshopByCode, WorkshopCodeError } from "@/lib/server/db/workshop-participation";
import { workshopEventStream } from "@/lib/server/http/workshop-sse";

export const dynamic = "force-dynamic";

async function sessionMember(prisma: Awaited<ReturnType<typeof getPrisma>>, request: Request, workshopId: string) {
  const user = await getSessionUser(request.headers);
  return user ? workshopForMember({ prisma, caller: await loadCaller(prisma, user) }, workshopId) : null;
}

/**
 * GET /api/v1/workshops/{code}/presenter/events?token=… — the presentation view's stream: like the participants'
 * stream but with live results of the open block. Needs the read-only presenter token (only its hash is stored) or,
 * without a token, the session of a member who may read the organisation's workshops.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const prisma = await getPrisma();
  try {
    const workshop = await findWorkshopByCode(prisma, code);
    const owner = token
      ? await prisma.workshop.findFirst({ where: { id: workshop.id, presenterTokenHash: hashPresenterToken(token) }, select: { id: true } })
      : await sessionMember(prisma, request, workshop.id);
    if (!owner) return Response.json({ error: { code: "forbidden", message: "Der Präsentationslink ist ungültig." } }, { status: 403 });
    return workshopEventStream(prisma, workshop.code, request.headers.get("last-event-id"), { withResults: true, signal: request.signal });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
}
