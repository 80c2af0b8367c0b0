import { authorize, authorizeWith, readableOrganisations, requireOperator, type TenantContext } from "@/lib/server/auth/guard";
import type { Role } from "@/lib/domain/permissions";
import type { CreateOrganisationInput } from "@/lib/domain/schemas/tenant";
import { insertOrganisation, type OrganisationRecord } from "@/lib/server/db/organisation-records";
import { recordAudit } from "./audit";
import { TenantNotFoundError } from "./errors";

/** Organisations: a town (by AGS) or a county (by Kreis key). The creator becomes its admin. */
export interface OrganisationSummary {
  id: string;
  name: string;
  kind: "TOWN" | "COUNTY";
  municipalityAgs: string | null;
  kreisKey: string | null;
  /** The caller's role; null when the caller reads through a county grant. */
  role: Role | null;
  createdAt: Date;
  /** Legitimacy, shown to members and to those who grant the organisation access: who created it and whether the platform operator verified it. */
  createdByName: string | null;
  verifiedAt: Date | null;
  verifiedByName: string | null;
}

const SELECT = {
  id: true,
  name: true,
  kind: true,
  municipalityAgs: true,
  kreisKey: true,
  createdAt: true,
  verifiedAt: true,
  createdBy: { select: { name: true } },
  verifiedBy: { select: { name: true } },
} as const;

type Row = {
  id: string;
  name: string;
  kind: "TOWN" | "COUNTY";
  municipalityAgs: string | null;
  kreisKey: string | null;
  createdAt: Date;
  verifiedAt: Date | null;
  createdBy: { name: string } | null;
  verifiedBy: { name: string } | null;
};

function toSummary({ createdBy, verifiedBy, ...row }: Row, role: Role | null): OrganisationSummary {
  return { ...row, role, createdByName: createdBy?.name ?? null, verifiedByName: verifiedBy?.name ?? null };
}

/** Organisations the caller belongs to (and towns that granted the caller's county read access). */
export async function listOrganisations(ctx: TenantContext): Promise<OrganisationSummary[]> {
  authorize(ctx.caller, "organisation", "create"); // any signed-in user may list their own
  const caller = ctx.caller;
  const ids = [...new Set([...caller.roles.keys(), ...readableOrganisations(caller, "assessment")])];
  const rows = await ctx.prisma.organisation.findMany({ where: { id: { in: ids } }, select: SELECT, orderBy: { name: "asc" } });
  return rows.map((row) => toSummary(row, caller.roles.get(row.id) ?? null));
}

export async function getOrganisation(ctx: TenantContext, organisationId: string): Promise<OrganisationSummary> {
  const grant = authorizeWith(ctx.caller, "organisation", "read", organisationId);
  const row = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: SELECT });
  if (!row) throw new TenantNotFoundError("Organisation nicht gefunden.");
  return toSummary(row, grant.via === "member" ? grant.role : null);
}

/** Creates a town or county organisation; the caller becomes its admin (one transaction, audited). */
export async function createOrganisation(ctx: TenantContext, input: CreateOrganisationInput): Promise<OrganisationSummary> {
  authorize(ctx.caller, "organisation", "create");
  const caller = ctx.caller;
  let name: string;
  if (input.kind === "TOWN") {
    const municipality = await ctx.prisma.municipality.findUnique({ where: { ags: input.ags }, select: { name: true } });
    if (!municipality) throw new TenantNotFoundError(`Keine Gemeinde mit dem Schlüssel ${input.ags}.`);
    name = input.name ?? municipality.name;
  } else {
    const kreis = await ctx.prisma.kreis.findUnique({ where: { key: input.kreisKey }, select: { name: true } });
    if (!kreis) throw new TenantNotFoundError(`Kein Kreis mit dem Schlüssel ${input.kreisKey}.`);
    name = input.name ?? `Kreis ${kreis.name}`;
  }
  return ctx.prisma.$transaction(async (tx) => {
    const record: OrganisationRecord =
      input.kind === "TOWN" ? { kind: "TOWN", name, municipalityAgs: input.ags, createdById: caller.userId } : { kind: "COUNTY", name, kreisKey: input.kreisKey, createdById: caller.userId };
    const organisation = await insertOrganisation(tx, record, [{ userId: caller.userId, role: "ADMIN" }], SELECT);
    await recordAudit(tx, caller, {
      organisationId: organisation.id,
      action: "organisation.create",
      entityType: "organisation",
      entityId: organisation.id,
      after: { id: organisation.id, name: organisation.name, kind: organisation.kind, municipalityAgs: organisation.municipalityAgs, kreisKey: organisation.kreisKey },
    });
    return toSummary(organisation, "ADMIN");
  });
}

export async function renameOrganisation(ctx: TenantContext, organisationId: string, name: string): Promise<OrganisationSummary> {
  authorize(ctx.caller, "organisation", "update", organisationId);
  const caller = ctx.caller;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Organisation nicht gefunden.");
    const after = await tx.organisation.update({ where: { id: organisationId }, data: { name }, select: SELECT });
    await recordAudit(tx, caller, {
      organisationId,
      action: "organisation.update",
      entityType: "organisation",
      entityId: organisationId,
      before: { name: before.name },
      after: { name: after.name },
    });
    return toSummary(after, caller.roles.get(organisationId) ?? null);
  });
}

/** Deletes the organisation with all its tenant data (memberships, assessments, providers, scenarios). */
export async function deleteOrganisation(ctx: TenantContext, organisationId: string): Promise<void> {
  authorize(ctx.caller, "organisation", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Organisation nicht gefunden.");
    // The audit entry outlives the organisation (organisationId is set to null by the foreign key).
    await recordAudit(tx, caller, {
      organisationId,
      action: "organisation.delete",
      entityType: "organisation",
      entityId: organisationId,
      before: { id: before.id, name: before.name, kind: before.kind, municipalityAgs: before.municipalityAgs, kreisKey: before.kreisKey },
    });
    await tx.organisation.delete({ where: { id: organisationId } });
  });
}

/** Organisations for the platform operator to verify (all, unverified first; names and legitimacy only, no tenant data). */
export async function listOrganisationsForVerification(ctx: TenantContext): Promise<OrganisationSummary[]> {
  requireOperator(ctx.caller);
  const rows = await ctx.prisma.organisation.findMany({ select: SELECT, orderBy: [{ verifiedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }] });
  return rows.map((row) => toSummary(row, ctx.caller?.roles.get(row.id) ?? null));
}

/**
 * The platform operator confirms (or withdraws, `verified: false`) that an organisation really acts for its town or
 * county. Only the operator; audited in the organisation's log.
 */
export async function setOrganisationVerified(ctx: TenantContext, organisationId: string, verified: boolean): Promise<OrganisationSummary> {
  requireOperator(ctx.caller);
  const caller = ctx.caller;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Organisation nicht gefunden.");
    const after = await tx.organisation.update({
      where: { id: organisationId },
      data: verified ? { verifiedAt: new Date(), verifiedById: caller.userId } : { verifiedAt: null, verifiedById: null },
      select: SELECT,
    });
    await recordAudit(tx, caller, {
      organisationId,
      action: verified ? "organisation.verify" : "organisation.unverify",
      entityType: "organisation",
      entityId: organisationId,
      before: { verifiedAt: before.verifiedAt },
      after: { verifiedAt: after.verifiedAt },
    });
    return toSummary(after, caller.roles.get(organisationId) ?? null);
  });
}
