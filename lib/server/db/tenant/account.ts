import { requireSignedIn, type TenantContext } from "@/lib/server/auth/guard";

/** The signed-in user's own account data (not tenant data: no organisation involved). */
export async function countSessions(ctx: TenantContext): Promise<number> {
  requireSignedIn(ctx.caller);
  return ctx.prisma.session.count({ where: { userId: ctx.caller.userId, expiresAt: { gt: new Date() } } });
}
