import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PlanningAreaInputSchema, PlanningAreaUpdateSchema, type PlanningAreaInput, type PlanningAreaUpdate } from "@/lib/domain/schemas/planning-area";
import { recordAudit } from "./audit";
import { ConflictError, TenantInputError, TenantNotFoundError } from "./errors";

/**
 * Planning areas of a county organisation (issue 17): the county groups towns of its Kreis (the KV's Mittelbereiche
 * do not follow town borders) and enters the Versorgungsgrad the KV published per area. Part of the county's supply
 * data, so authorised as `provider` of the county organisation; a town's grant does not reach them (towns never see
 * the county's areas through their own grant). Every change is audited in its transaction; `version` → 409.
 */
export interface PlanningAreaRecord {
  id: string;
  name: string;
  towns: string[];
  kvVersorgungsgrad: number | null;
  kvPublishedAt: string | null;
  /** The KV's Verhältniszahl for the area and where it was published (issue 13); used for the area's towns. */
  kvVerhaeltniszahl: number | null;
  kvSource: string | null;
  version: number;
  updatedAt: Date;
}

type Tx = Prisma.TransactionClient;
const INCLUDE = { towns: { select: { municipalityAgs: true }, orderBy: { municipalityAgs: "asc" } } } as const satisfies Prisma.PlanningAreaInclude;
type Row = Prisma.PlanningAreaGetPayload<{ include: typeof INCLUDE }>;

const toRecord = (row: Row): PlanningAreaRecord => ({
  id: row.id,
  name: row.name,
  towns: row.towns.map((t) => t.municipalityAgs),
  kvVersorgungsgrad: row.kvVersorgungsgrad,
  kvPublishedAt: row.kvPublishedAt ? row.kvPublishedAt.toISOString().slice(0, 10) : null,
  kvVerhaeltniszahl: row.kvVerhaeltniszahl,
  kvSource: row.kvSource,
  version: row.version,
  updatedAt: row.updatedAt,
});
const auditState = ({ updatedAt: _u, ...rest }: PlanningAreaRecord) => rest;

/** The county organisation and its Kreis; 404 for anything that is not a county. */
async function countyOf(ctx: TenantContext, organisationId: string): Promise<{ kreisKey: string }> {
  const org = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, kreisKey: true } });
  if (!org || org.kind !== "COUNTY" || !org.kreisKey) throw new TenantNotFoundError("Planungsbereiche führt nur eine Kreis-Organisation.");
  return { kreisKey: org.kreisKey };
}

/** Every town must belong to the Kreis and to no other area of the county (checked in the transaction). */
async function checkTowns(tx: Tx, organisationId: string, kreisKey: string, input: PlanningAreaInput, areaId: string | null): Promise<void> {
  const towns = [...new Set(input.towns)];
  if (towns.length !== input.towns.length) throw new TenantInputError("Eine Gemeinde steht doppelt in der Liste.");
  const inKreis = await tx.municipality.findMany({ where: { ags: { in: towns }, kreisKey }, select: { ags: true } });
  const known = new Set(inKreis.map((m) => m.ags));
  const outside = towns.filter((ags) => !known.has(ags));
  if (outside.length > 0) throw new TenantInputError(`Nicht im Kreis: ${outside.join(", ")}.`, { outside });
  const taken = await tx.planningAreaTown.findMany({
    where: { organisationId, municipalityAgs: { in: towns }, ...(areaId ? { NOT: { areaId } } : {}) },
    select: { municipalityAgs: true, area: { select: { name: true } } },
  });
  if (taken.length > 0) {
    throw new ConflictError(
      `Schon in einem anderen Planungsbereich: ${taken.map((t) => `${t.municipalityAgs} („${t.area.name}“)`).join(", ")}.`,
      { taken: taken.map((t) => t.municipalityAgs) },
    );
  }
  const sameName = await tx.planningArea.findFirst({ where: { organisationId, name: input.name, ...(areaId ? { NOT: { id: areaId } } : {}) }, select: { id: true } });
  if (sameName) throw new ConflictError(`Einen Planungsbereich „${input.name}“ gibt es schon.`);
}

export async function listPlanningAreas(ctx: TenantContext, organisationId: string): Promise<PlanningAreaRecord[]> {
  authorize(ctx.caller, "provider", "read", organisationId);
  const rows = await ctx.prisma.planningArea.findMany({ where: { organisationId }, include: INCLUDE, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toRecord);
}

export async function createPlanningArea(ctx: TenantContext, organisationId: string, raw: unknown): Promise<PlanningAreaRecord> {
  authorize(ctx.caller, "provider", "create", organisationId);
  const caller = ctx.caller;
  const { kreisKey } = await countyOf(ctx, organisationId);
  const input = PlanningAreaInputSchema.parse(raw);
  return ctx.prisma.$transaction(async (tx) => {
    await checkTowns(tx, organisationId, kreisKey, input, null);
    const row = await tx.planningArea.create({
      data: {
        organisationId,
        name: input.name,
        kvVersorgungsgrad: input.kvVersorgungsgrad,
        kvPublishedAt: input.kvPublishedAt ? new Date(`${input.kvPublishedAt}T00:00:00Z`) : null,
        kvVerhaeltniszahl: input.kvVerhaeltniszahl,
        kvSource: input.kvSource,
        towns: { create: input.towns.map((municipalityAgs) => ({ organisationId, municipalityAgs })) },
      },
      include: INCLUDE,
    });
    const record = toRecord(row);
    await recordAudit(tx, caller, { organisationId, action: "planningArea.create", entityType: "planningArea", entityId: row.id, after: auditState(record) });
    return record;
  });
}

/** Replaces name, towns and KV figure; a stale `version` → ConflictError with both states, nothing changes. */
export async function updatePlanningArea(ctx: TenantContext, organisationId: string, id: string, raw: unknown): Promise<PlanningAreaRecord> {
  authorize(ctx.caller, "provider", "update", organisationId);
  const caller = ctx.caller;
  const { kreisKey } = await countyOf(ctx, organisationId);
  const input: PlanningAreaUpdate = PlanningAreaUpdateSchema.parse(raw);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.planningArea.findFirst({ where: { id, organisationId }, include: INCLUDE });
    if (!before) throw new TenantNotFoundError("Diesen Planungsbereich gibt es nicht (mehr).");
    const current = toRecord(before);
    if (before.version !== input.version) {
      throw new ConflictError("Der Planungsbereich wurde inzwischen geändert. Bitte neu laden.", { current, submitted: input });
    }
    await checkTowns(tx, organisationId, kreisKey, input, id);
    const updated = await tx.planningArea.updateMany({
      where: { id, organisationId, version: input.version },
      data: {
        name: input.name,
        kvVersorgungsgrad: input.kvVersorgungsgrad,
        kvPublishedAt: input.kvPublishedAt ? new Date(`${input.kvPublishedAt}T00:00:00Z`) : null,
        kvVerhaeltniszahl: input.kvVerhaeltniszahl,
        kvSource: input.kvSource,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError("Der Planungsbereich wurde inzwischen geändert. Bitte neu laden.", { current, submitted: input });
    await tx.planningAreaTown.deleteMany({ where: { areaId: id } });
    await tx.planningAreaTown.createMany({ data: input.towns.map((municipalityAgs) => ({ areaId: id, organisationId, municipalityAgs })) });
    const after = toRecord((await tx.planningArea.findFirst({ where: { id }, include: INCLUDE }))!);
    await recordAudit(tx, caller, { organisationId, action: "planningArea.update", entityType: "planningArea", entityId: id, before: auditState(current), after: auditState(after) });
    return after;
  });
}

export async function deletePlanningArea(ctx: TenantContext, organisationId: string, id: string, version: number): Promise<void> {
  authorize(ctx.caller, "provider", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.planningArea.findFirst({ where: { id, organisationId }, include: INCLUDE });
    if (!before) throw new TenantNotFoundError("Diesen Planungsbereich gibt es nicht (mehr).");
    const deleted = await tx.planningArea.deleteMany({ where: { id, organisationId, version } });
    if (deleted.count !== 1) throw new ConflictError("Der Planungsbereich wurde inzwischen geändert. Bitte neu laden.", { current: toRecord(before), submitted: { version } });
    await recordAudit(tx, caller, { organisationId, action: "planningArea.delete", entityType: "planningArea", entityId: id, before: auditState(toRecord(before)) });
  });
}
