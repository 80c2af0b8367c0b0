import { getPrisma } from "@/lib/server/db/client";
import { joinWorkshop, WorkshopCodeError } from "@/lib/server/db/workshop-participation";
import { allowJoinAttempt, clientKey } from "@/lib/server/db/workshop-rate-limit";
import { RoleLabelSchema } from "@/lib/domain/schemas/workshop";
import { PARTICIPANT_COOKIE_MAX_AGE, participantCookieName } from "@/lib/domain/workshop/cookie";
import { readFormPost } from "@/lib/server/http/workshop-form";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/workshops/join (form: code, role?) — works without JavaScript: sets the participant cookie and redirects
 * (303) to /w/{code}; an unknown or expired code redirects back to /w with the German message.
 * Too many attempts from one address → 429 with a German message (lib/server/db/workshop-rate-limit.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const prisma = await getPrisma();
  if (!(await allowJoinAttempt(prisma, clientKey(request)))) {
    return new Response("Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.", { status: 429, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
  }
  const post = await readFormPost(request);
  if (!post.ok) return post.response;
  const form = post.form;
  const code = String(form.get("code") ?? "");
  const role = RoleLabelSchema.safeParse(form.get("role") || undefined);
  try {
    const joined = await joinWorkshop(prisma, code, role.success ? role.data : null);
    const headers = new Headers({ Location: `/w/${joined.code}` });
    headers.append("Set-Cookie", `${participantCookieName(joined.code)}=${joined.participantId}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${PARTICIPANT_COOKIE_MAX_AGE}`);
    return new Response(null, { status: 303, headers });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return new Response(null, { status: 303, headers: { Location: `/w?fehler=${encodeURIComponent(error.message)}` } });
    throw error;
  }
}
