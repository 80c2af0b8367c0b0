import { getPrisma } from "@/lib/db/client";
import { joinWorkshop, WorkshopCodeError } from "@/lib/db/workshop-participation";
import { RoleLabelSchema } from "@/lib/schemas/workshop";
import { PARTICIPANT_COOKIE_MAX_AGE, participantCookieName } from "@/lib/workshop/cookie";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/workshops/join (form: code, role?) — works without JavaScript: sets the participant cookie and redirects
 * (303) to /w/{code}; an unknown or expired code redirects back to /w with the German message.
 * TODO(issue 14): rate-limit per IP via the RateLimit table (429) — not done yet.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData();
  const code = String(form.get("code") ?? "");
  const role = RoleLabelSchema.safeParse(form.get("role") || undefined);
  try {
    const joined = await joinWorkshop(await getPrisma(), code, role.success ? role.data : null);
    const headers = new Headers({ Location: `/w/${joined.code}` });
    headers.append("Set-Cookie", `${participantCookieName(joined.code)}=${joined.participantId}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${PARTICIPANT_COOKIE_MAX_AGE}`);
    return new Response(null, { status: 303, headers });
  } catch (error) {
    if (error instanceof WorkshopCodeError) return new Response(null, { status: 303, headers: { Location: `/w?fehler=${encodeURIComponent(error.message)}` } });
    throw error;
  }
}
