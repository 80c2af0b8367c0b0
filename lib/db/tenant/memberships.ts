import { authorize, type TenantContext } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/permissions";
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

/** Adds a registered user by e-mail address (admins). Unknown addresses: use an invitation link instead. */
export async function addMember(ctx: TenantContext, organisationId: string, input: { email: string; role: Role }): Promise<Member> {
  authorize(ctx.caller, "membership", "create", organisationId);
  const caller = ctx.caller;
  const user = await ctx.prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) throw new TenantNotFoundError("Zu dieser E-Mail-Adresse gibt es kein Konto. Laden Sie die Person per Link ein.");
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId } } });
    if (existing) throw new ConflictError("Diese Person ist bereits Mitglied.");
    const row = await tx.membership.create({ data: { organisationId, userId: user.id, role: input.role }, select: SELECT });
    await recordAudit(tx, caller, {
      organisationId,
      action: "membership.create",
      entityType: "membership",
      entityId: row.id,
      after: { userId: row.userId, email: row.user.email, role: row.role },
    });
    return toMember(row);
  });
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
