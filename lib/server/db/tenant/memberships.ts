import { AccessError, authorize, requireSignedIn, type TenantContext } from "@/lib/server/auth/guard";
import type { Role } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { ConflictError, TenantNotFoundError } from "./errors";

/** Members of an organisation and their roles. An organisation always keeps at least one admin. */
export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
}

const SELECT = {
  id: true,
  userId: true,
  role: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
} as const;

function toMember(row: { id: string; userId: string; role: Role; createdAt: Date; user: { name: string; email: string } }): Member {
  return { id: row.id, userId: row.userId, role: row.role, createdAt: row.createdAt, name: row.user.name, email: row.user.email };
}

export async function listMembers(ctx: TenantContext, organisationId: string): Promise<Member[]> {
  authorize(ctx.caller, "membership", "read", organisationId);
  const rows = await ctx.prisma.membership.findMany({ where: { organisationId }, select: SELECT, orderBy: { createdAt: "asc" } });
  return rows.map(toMember);
}

/**
 * Serialises every membership change of one organisation: locks its row until the transaction ends. Without it, two
 * admins demoting or removing each other at once both see "another admin remains" under READ COMMITTED and the
 * organisation is left without an admin (issue 12, finding 3). PGlite runs one transaction at a time anyway.
 */
export async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
}

async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, organisationId: string, membershipId: string) {
  const admins = await tx.membership.count({ where: { organisationId, role: "ADMIN", id: { not: membershipId } } });
  if (admins === 0) throw new ConflictError("Die Organisation braucht mindestens eine Person mit der Rolle Verwaltung.");
}

export async function changeMemberRole(
  ctx: TenantContext,
  organisationId: string,
  membershipId: string,
  role: Role,
): Promise<Member> {
  authorize(ctx.caller, "membership", "update", organisationId);
  const caller = ctx.caller;
  return ctx.prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const before = await tx.membership.findFirst({ where: { id: membershipId, organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Mitgliedschaft nicht gefunden.");
    if (before.role === "ADMIN" && role !== "ADMIN") await assertAnotherAdminRemains(tx, organisationId, membershipId);
    const after = await tx.membership.update({ where: { id: membershipId }, data: { role }, select: SELECT });
    await recordAudit(tx, caller, {
      organisationId,
      action: "membership.update",
      entityType: "membership",
      entityId: membershipId,
      before: { email: before.user.email, role: before.role },
      after: { email: after.user.email, role: after.role },
    });
    return toMember(after);
  });
}

export async function removeMember(ctx: TenantContext, organisationId: string, membershipId: string): Promise<void> {
  authorize(ctx.caller, "membership", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const before = await tx.membership.findFirst({ where: { id: membershipId, organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Mitgliedschaft nicht gefunden.");
    if (before.role === "ADMIN") await assertAnotherAdminRemains(tx, organisationId, membershipId);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "membership.delete",
      entityType: "membership",
      entityId: membershipId,
      before: { email: before.user.email, role: before.role },
    });
  });
}

/**
 * The caller leaves the organisation (any role). The last admin cannot leave: they first make someone else admin,
 * or delete the organisation. Audited; the entry stays with the organisation.
 */
export async function leaveOrganisation(ctx: TenantContext, organisationId: string): Promise<void> {
  requireSignedIn(ctx.caller);
  const caller = ctx.caller;
  if (!caller.roles.has(organisationId)) throw new AccessError(404, "Nicht gefunden.");
  await ctx.prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const own = await tx.membership.findUnique({
      where: { userId_organisationId: { userId: caller.userId, organisationId } },
      select: SELECT,
    });
    if (!own) throw new TenantNotFoundError("Sie sind nicht Mitglied dieser Organisation.");
    if (own.role === "ADMIN") {
      const others = await tx.membership.count({ where: { organisationId, role: "ADMIN", id: { not: own.id } } });
      if (others === 0) {
        throw new ConflictError(
          "Sie sind die letzte Person mit der Rolle Verwaltung. Geben Sie diese Rolle zuerst einer anderen Person, oder löschen Sie die Organisation.",
        );
      }
    }
    await tx.membership.delete({ where: { id: own.id } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "membership.leave",
      entityType: "membership",
      entityId: own.id,
      before: { email: own.user.email, role: own.role },
    });
  });
}
