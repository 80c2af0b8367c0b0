import { authorize, type Caller, type TenantContext } from "@/lib/server/auth/guard";
import { auditEntryAgs, describeAuditEntry } from "@/lib/domain/audit/describe";
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
  /** What happened, in German words (lib/domain/audit/describe.ts), e.g. "Selbsteinschätzung für Dörentrup geändert, Version 10". */
  summary: string;
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
  // Entries name towns by AGS; older assessment entries name only the assessment (its town is looked up).
  const assessmentIds = rows.filter((row) => row.entityType === "assessment" && !auditEntryAgs(row)).map((row) => row.entityId);
  const assessments = assessmentIds.length
    ? await ctx.prisma.assessment.findMany({ where: { id: { in: assessmentIds } }, select: { id: true, municipalityAgs: true } })
    : [];
  const agsOfAssessment = new Map(assessments.map((a) => [a.id, a.municipalityAgs]));
  const agsOf = (row: (typeof rows)[number]) => auditEntryAgs(row) ?? agsOfAssessment.get(row.entityId);
  const agsList = [...new Set(rows.map(agsOf).filter((ags): ags is string => Boolean(ags)))];
  const towns = agsList.length
    ? await ctx.prisma.municipality.findMany({ where: { ags: { in: agsList } }, select: { ags: true, name: true } })
    : [];
  const townNames = new Map(towns.map((t) => [t.ags, t.name]));
  return rows.map((row) => {
    const ags = agsOf(row);
    // An old entry without the AGS gets it from the lookup, so the description can name the town.
    const after = ags && row.after && typeof row.after === "object" && !Array.isArray(row.after) ? { ags, ...(row.after as object) } : row.after;
    const before = ags && row.before && typeof row.before === "object" && !Array.isArray(row.before) ? { ags, ...(row.before as object) } : row.before;
    return {
      id: row.id,
      createdAt: row.createdAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actor,
      before: row.before,
      after: row.after,
      summary: describeAuditEntry({ ...row, before, after }, { townName: (key) => townNames.get(key) }),
    };
  });
}
