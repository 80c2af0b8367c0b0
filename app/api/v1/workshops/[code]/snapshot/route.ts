import { getPrisma } from "@/lib/server/db/client";
import { WorkshopCodeError, workshopSnapshot } from "@/lib/server/db/workshop-participation";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/workshops/{code}/snapshot — polling fallback for clients that cannot hold a stream: the participants'
 * snapshot with `ETag: "<version>"`; `If-None-Match` with the current version → 304 Not Modified.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  try {
    const snapshot = await workshopSnapshot(await getPrisma(), code);
    const etag = `"${snapshot.version}"`;
    const headers = { ETag: etag, "Cache-Control": "no-cache, no-transform" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return Response.json({ data: snapshot }, { headers });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return Response.json({ error: { code: "not_found", message: error.message } }, { status: 404 });
    throw error;
  }
}
