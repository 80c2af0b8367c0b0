import { cookies } from "next/headers";
import { getPrisma } from "@/lib/server/db/client";
import { submitAnswer, submitIdea, WorkshopCodeError } from "@/lib/server/db/workshop-participation";
import { AnswerRejected } from "@/lib/domain/schemas/workshop";
import { participantCookieName } from "@/lib/domain/workshop/cookie";
import { answerFromForm, readFormPost } from "@/lib/server/http/workshop-form";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/workshops/{code}/answer — a plain HTML form post (works without JavaScript): stores the answer and
 * redirects (303) back to /w/{code} with ?gespeichert or ?fehler=<German message>.
 */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const back = (query: string) => new Response(null, { status: 303, headers: { Location: `/w/${encodeURIComponent(code)}?${query}` } });
  const participantId = (await cookies()).get(participantCookieName(code))?.value;
  if (!participantId) return new Response(null, { status: 303, headers: { Location: `/w?fehler=${encodeURIComponent("Bitte treten Sie dem Workshop zuerst mit dem Code bei.")}` } });
  const post = await readFormPost(request);
  if (!post.ok) return post.response;
  const form = post.form;
  const blockId = String(form.get("blockId") ?? "");
  const prisma = await getPrisma();
  try {
    if (form.get("blockType") === "ideas") await submitIdea(prisma, code, participantId, blockId, String(form.get("text") ?? "").trim().slice(0, 500));
    else await submitAnswer(prisma, code, participantId, blockId, (config: unknown) => answerFromForm(config, form));
    return back("gespeichert=1");
  } catch (error) {
    if (error instanceof AnswerRejected || error instanceof WorkshopCodeError) return back(`fehler=${encodeURIComponent(error.message)}`);
    throw error;
  }
}
