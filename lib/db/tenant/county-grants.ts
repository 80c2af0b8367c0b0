import { authorize, type TenantContext } from "@/lib/auth/guard";
import { recordAudit } from "./audit";
import { ConflictError, TenantNotFoundError } from "./errors";

/**
 * A town lets a county organisation read its data (resources marked `countyReadable` in the permission table).
 * Only the town's admins grant and revoke; the county must cover the town (same Kreis).
 */
export interface CountyGrant {
  id: string;
  countyOrganisationId: string;
  countyName: string;
  createdAt: Date;
}

export async function listCountyGrants(ctx: TenantContext, townOrganisationId: string): Promise<CountyGrant[]> {
  authorize(ctx.caller, "countyGrant", "read", townOrganisationId);
  const rows = await ctx.prisma.countyAccessGrant.findMany({
    where: { townOrganisationId },
    select: { id: true, countyOrganisationId: true, createdAt: true, county: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ id: row.id, countyOrganisationId: row.countyOrganisationId, countyName: row.county.name, createdAt: row.createdAt }));
}

export async function grantCountyAccess(ctx: TenantContext, townOrganisationId: string, countyOrganisationId: string): Promise<CountyGrant> {
  authorize(ctx.caller, "countyGrant", "create", townOrganisationId);
  const caller = ctx.caller;
  const [town, county] = await Promise.all([
    ctx.prisma.organisation.findUnique({ where: { id: townOrganisationId }, select: { kind: true, municipality: { select: { kreisKey: true } } } }),
    ctx.prisma.organisation.findUnique({ where: { id: countyOrganisationId }, select: { kind: true, kreisKey: true, name: true } }),
  ]);
  if (!town || town.kind !== "TOWN") throw new TenantNotFoundError("Nur eine Gemeinde kann einem Kreis Lesezugriff geben.");
  if (!county || county.kind !== "COUNTY" || county.kreisKey !== town.municipality?.kreisKey) {
    throw new TenantNotFoundError("Keine Kreis-Organisation für den Kreis dieser Gemeinde gefunden.");
  }
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.countyAccessGrant.findUnique({
      where: { townOrganisationId_countyOrganisationId: { townOrganisationId, countyOrganisationId } },
    });
    if (existing) throw new ConflictError("Der Kreis hat bereits Lesezugriff.");
    const row = await tx.countyAccessGrant.create({ data: { townOrganisationId, countyOrganisationId, grantedById: caller.userId } });
    await recordAudit(tx, caller, {
      organisationId: townOrganisationId,
      action: "countyGrant.create",
      entityType: "countyGrant",
      entityId: row.id,
      after: { countyOrganisationId, countyName: county.name },
    });
    return { id: row.id, countyOrganisationId, countyName: county.name, createdAt: row.createdAt };
  });
}

export async function revokeCountyAccess(ctx: TenantContext, townOrganisationId: string, grantId: string): Promise<void> {
  authorize(ctx.caller, "countyGrant", "delete", townOrganisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.countyAccessGrant.findFirst({ where: { id: grantId, townOrganisationId } });
    if (!row) throw new TenantNotFoundError("Freigabe nicht gefunden.");
    await tx.countyAccessGrant.delete({ where: { id: grantId } });
    await recordAudit(tx, caller, {
      organisationId: townOrganisationId,
      action: "countyGrant.delete",
      entityType: "countyGrant",
      entityId: grantId,
      before: { countyOrganisationId: row.countyOrganisationId },
    });
  });
}
