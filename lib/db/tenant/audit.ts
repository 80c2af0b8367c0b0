import { authorize, type Caller, type TenantContext } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One audit entry: who (actor) changed what (entity) in which organisation, with the state before and after. */
export interface AuditEntryInput {
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

type Tx = Prisma.TransactionClient;

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes an audit entry inside the caller's transaction (so a change and its record commit together). */
export async function recordAudit(tx: Tx, actor: Caller, entry: AuditEntryInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      organisationId: entry.organisationId,
      actorId: actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

export interface AuditLogEntry {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
}

/** The organisation's audit log, newest first (admins only). */
export async function listAuditLog(
  ctx: TenantContext,
  organisationId: string,
  options: { limit?: number; before?: Date } = {},
): Promise<AuditLogEntry[]> {
  authorize(ctx.caller, "auditLog", "read", organisationId);
  const rows = await ctx.prisma.auditLog.findMany({
    where: { organisationId, ...(options.before ? { createdAt: { lt: options.before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 500),
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor,
    before: row.before,
    after: row.after,
  }));
}
