import { authorize, type TenantContext } from "@/lib/server/auth/guard";
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
  /** Who granted it (null when that account no longer exists). */
  grantedByName: string | null;
}

/** A county organisation of the town's own Kreis that the town could grant read access to. */
export interface CountyOption {
  id: string;
  name: string;
  createdAt: Date;
  /** Legitimacy: who created the county organisation and whether the platform operator verified it. */
  createdByName: string | null;
  verified: boolean;
  /** Whether this county already has read access. */
  granted: boolean;
}

/** The town's Kreis and the county organisations that exist for it (for the grant form). */
export interface CountyOptions {
  kreis: { key: string; name: string } | null;
  counties: CountyOption[];
}

export async function listCountyGrants(ctx: TenantContext, townOrganisationId: string): Promise<CountyGrant[]> {
  authorize(ctx.caller, "countyGrant", "read", townOrganisationId);
  const rows = await ctx.prisma.countyAccessGrant.findMany({
    where: { townOrganisationId },
    select: { id: true, countyOrganisationId: true, createdAt: true, grantedById: true, county: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const granterIds = [...new Set(rows.flatMap((row) => (row.grantedById ? [row.grantedById] : [])))];
  const granters = granterIds.length
    ? await ctx.prisma.user.findMany({ where: { id: { in: granterIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(granters.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    id: row.id,
    countyOrganisationId: row.countyOrganisationId,
    countyName: row.county.name,
    createdAt: row.createdAt,
    grantedByName: row.grantedById ? (nameOf.get(row.grantedById) ?? null) : null,
  }));
}

/**
 * The county organisations of the town's own Kreis (oldest first), for the admins who may grant access. A county
 * organisation's name and creation date are all a town admin learns about it.
 */
export async function listCountyOptions(ctx: TenantContext, townOrganisationId: string): Promise<CountyOptions> {
  authorize(ctx.caller, "countyGrant", "create", townOrganisationId);
  const town = await ctx.prisma.organisation.findUnique({
    where: { id: townOrganisationId },
    select: { kind: true, municipality: { select: { kreis: { select: { key: true, name: true } } } } },
  });
  if (!town || town.kind !== "TOWN") throw new TenantNotFoundError("Nur eine Gemeinde kann einem Kreis Lesezugriff geben.");
  const kreis = town.municipality?.kreis ?? null;
  if (!kreis) return { kreis: null, counties: [] };
  const [counties, grants] = await Promise.all([
    ctx.prisma.organisation.findMany({
      where: { kind: "COUNTY", kreisKey: kreis.key },
      select: { id: true, name: true, createdAt: true, verifiedAt: true, createdBy: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }], // display order only
    }),
    ctx.prisma.countyAccessGrant.findMany({ where: { townOrganisationId }, select: { countyOrganisationId: true } }),
  ]);
  const granted = new Set(grants.map((grant) => grant.countyOrganisationId));
  return { kreis, counties: counties.map(({ verifiedAt, createdBy, ...county }) => ({
      ...county,
      createdByName: createdBy?.name ?? null,
      verified: verifiedAt !== null,
      granted: granted.has(county.id),
    })),
  };
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
    return { id: row.id, countyOrganisationId, countyName: county.name, createdAt: row.createdAt, grantedByName: caller.name };
  });
}

export async function revokeCountyAccess(ctx: TenantContext, townOrganisationId: string, grantId: string): Promise<void> {
  authorize(ctx.caller, "countyGrant", "delete", townOrganisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.countyAccessGrant.findFirst({
      where: { id: grantId, townOrganisationId },
      include: { county: { select: { name: true } } },
    });
    if (!row) throw new TenantNotFoundError("Freigabe nicht gefunden.");
    await tx.countyAccessGrant.delete({ where: { id: grantId } });
    await recordAudit(tx, caller, {
      organisationId: townOrganisationId,
      action: "countyGrant.delete",
      entityType: "countyGrant",
      entityId: grantId,
      before: { countyOrganisationId: row.countyOrganisationId, countyName: row.county.name },
    });
  });
}
