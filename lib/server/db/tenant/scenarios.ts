import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import { ComparisonDataSchema, type ComparisonData } from "@/lib/domain/comparison/scenario-set";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateScenarioInput, UpdateScenarioInput } from "@/lib/domain/schemas/scenario";
import { recordAudit } from "./audit";
import { ConflictError, isUniqueViolation, TenantNotFoundError } from "./errors";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";

/**
 * Named comparison scenarios (issue 8), owned by an organisation, one town each. The stored JSON is the
 * comparison's data (money assumptions per carrier model, risk answers, confirmations), validated on the way in
 * and on the way out. Optimistic concurrency as for assessments: an update names the version it read; a stale
 * version is a ConflictError carrying the stored scenario. Names are unique per organisation and town.
 */
export interface ScenarioRecord {
  id: string;
  organisationId: string;
  ags: string;
  name: string;
  data: ComparisonData;
  version: number;
  updatedAt: Date;
}

const SELECT = { id: true, organisationId: true, municipalityAgs: true, name: true, assumptions: true, version: true, updatedAt: true } as const;
type Row = { id: string; organisationId: string; municipalityAgs: string; name: string; assumptions: Prisma.JsonValue; version: number; updatedAt: Date };

function toRecord(row: Row): ScenarioRecord {
  return {
    id: row.id,
    organisationId: row.organisationId,
    ags: row.municipalityAgs,
    name: row.name,
    // Stored data was validated when written; parsing again fills defaults of fields added later.
    data: ComparisonDataSchema.parse(row.assumptions),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

const audited = (r: ScenarioRecord) => ({ ags: r.ags, name: r.name, data: r.data, version: r.version });

/** A town organisation: its own AGS; a county: any municipality in its Kreis. */
async function assertMunicipalityOfOrganisation(ctx: TenantContext, organisationId: string, ags: string): Promise<void> {
  const organisation = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, municipalityAgs: true, kreisKey: true } });
  if (!organisation) throw new TenantNotFoundError("Organisation nicht gefunden.");
  if (organisation.kind === "TOWN" && organisation.municipalityAgs === ags) return;
  if (organisation.kind === "COUNTY" && organisation.kreisKey) {
    const municipality = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { kreisKey: true } });
    if (municipality?.kreisKey === organisation.kreisKey) return;
  }
  throw new TenantNotFoundError(`Die Gemeinde ${ags} gehört nicht zu dieser Organisation.`);
}

const duplicateName = (name: string) =>
  new ConflictError(`Es gibt für diese Gemeinde schon ein Szenario „${name}“. Bitte einen anderen Namen wählen.`, { field: "name" });

async function assertNameFree(tx: Prisma.TransactionClient, organisationId: string, ags: string, name: string, exceptId?: string) {
  const taken = await tx.scenario.findFirst({ where: { organisationId, municipalityAgs: ags, name, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw duplicateName(name);
}

export async function listScenarios(ctx: TenantContext, organisationId: string, ags?: string): Promise<ScenarioRecord[]> {
  authorize(ctx.caller, "scenario", "read", organisationId);
  const rows = await ctx.prisma.scenario.findMany({
    where: { organisationId, ...(ags ? { municipalityAgs: ags } : {}) },
    select: SELECT,
    orderBy: [{ municipalityAgs: "asc" }, { name: "asc" }],
  });
  return rows.map(toRecord);
}

async function findOwn(ctx: TenantContext, organisationId: string, id: string) {
  const row = await ctx.prisma.scenario.findFirst({ where: { id, organisationId }, select: SELECT });
  if (!row) throw new TenantNotFoundError("Das Szenario gibt es nicht (mehr).");
  return row;
}

export async function getScenario(ctx: TenantContext, organisationId: string, id: string): Promise<ScenarioRecord> {
  authorize(ctx.caller, "scenario", "read", organisationId);
  return toRecord(await findOwn(ctx, organisationId, id));
}

export async function createScenario(ctx: TenantContext, organisationId: string, input: CreateScenarioInput): Promise<ScenarioRecord> {
  authorize(ctx.caller, "scenario", "create", organisationId);
  const caller = ctx.caller;
  await assertMunicipalityOfOrganisation(ctx, organisationId, input.ags);
  // The knowledge version whose defaults the scenario's figures start from (issue 13: every result names its version).
  const knowledgeVersion = (await getKnowledgeSnapshot(undefined, ctx.prisma)).version;
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      await assertNameFree(tx, organisationId, input.ags, input.name);
      const row = await tx.scenario.create({
        data: { organisationId, municipalityAgs: input.ags, name: input.name, assumptions: input.data as unknown as Prisma.InputJsonValue, knowledgeVersion },
        select: SELECT,
      });
      const record = toRecord(row);
      await recordAudit(tx, caller, { organisationId, action: "scenario.create", entityType: "scenario", entityId: row.id, after: audited(record) });
      return record;
    });
  } catch (error) {
    if (!(error instanceof ConflictError) && isUniqueViolation(error)) throw duplicateName(input.name);
    throw error;
  }
}

export async function updateScenario(ctx: TenantContext, organisationId: string, id: string, input: UpdateScenarioInput): Promise<ScenarioRecord> {
  authorize(ctx.caller, "scenario", "update", organisationId);
  const caller = ctx.caller;
  const knowledgeVersion = (await getKnowledgeSnapshot(undefined, ctx.prisma)).version;
  try {
    const outcome = await ctx.prisma.$transaction(async (tx): Promise<{ conflict: ScenarioRecord } | { saved: ScenarioRecord }> => {
      const before = await tx.scenario.findFirst({ where: { id, organisationId }, select: SELECT });
      if (!before) throw new TenantNotFoundError("Das Szenario gibt es nicht (mehr).");
      if (before.version !== input.version) return { conflict: toRecord(before) };
      if (input.name !== undefined) await assertNameFree(tx, organisationId, before.municipalityAgs, input.name, id);
      // The version in the WHERE clause makes the write atomic against a concurrent writer.
      const updated = await tx.scenario.updateMany({
        where: { id, organisationId, version: input.version },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.data !== undefined ? { assumptions: input.data as unknown as Prisma.InputJsonValue, knowledgeVersion } : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) return { conflict: toRecord(await tx.scenario.findFirstOrThrow({ where: { id, organisationId }, select: SELECT })) };
      const after = toRecord(await tx.scenario.findFirstOrThrow({ where: { id, organisationId }, select: SELECT }));
      await recordAudit(tx, caller, { organisationId, action: "scenario.update", entityType: "scenario", entityId: id, before: audited(toRecord(before)), after: audited(after) });
      return { saved: after };
    });
    if ("conflict" in outcome) {
      throw new ConflictError("Das Szenario wurde inzwischen von jemand anderem geändert. Bitte neu laden und erneut speichern.", {
        current: outcome.conflict,
        submitted: input,
      });
    }
    return outcome.saved;
  } catch (error) {
    if (!(error instanceof ConflictError) && isUniqueViolation(error)) throw duplicateName(input.name ?? "");
    throw error;
  }
}

export async function deleteScenario(ctx: TenantContext, organisationId: string, id: string): Promise<void> {
  authorize(ctx.caller, "scenario", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.scenario.findFirst({ where: { id, organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Das Szenario gibt es nicht (mehr).");
    await tx.scenario.delete({ where: { id } });
    await recordAudit(tx, caller, { organisationId, action: "scenario.delete", entityType: "scenario", entityId: id, before: audited(toRecord(before)) });
  });
}

/** A copy under a new name (a create: needs the "create" right). */
export async function duplicateScenario(ctx: TenantContext, organisationId: string, id: string, name: string): Promise<ScenarioRecord> {
  authorize(ctx.caller, "scenario", "create", organisationId);
  const source = await findOwn(ctx, organisationId, id);
  return createScenario(ctx, organisationId, { ags: source.municipalityAgs, name, data: ComparisonDataSchema.parse(source.assumptions) });
}
