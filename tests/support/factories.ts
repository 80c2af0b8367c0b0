import type { MembershipRole, PrismaClient } from "@/lib/generated/prisma/client";
import { insertOrganisation, type OrganisationRecord } from "@/lib/server/db/organisation-records";
import { DOERENTRUP, LIPPE } from "./tenancy";

/**
 * The organisation set-up many integration tests repeat (issue 13): a town or county organisation with its members
 * and roles, and a town's grant to its county. Organisations are written by the app's own writer, which the demo
 * account uses too; users come from `signUp` (tests/support/tenancy.ts) with real sessions.
 */
export type Members = ReadonlyArray<readonly [{ userId: string }, MembershipRole]>;
export interface CreatedOrganisation {
  id: string;
  /** The membership ids, in the order of `members`. */
  membershipIds: string[];
}

/** Through the app's own writer (lib/server/db/organisation-records.ts), as the app and the demo account write one. */
async function organisation(prisma: PrismaClient, record: OrganisationRecord, members: Members): Promise<CreatedOrganisation> {
  const org = await insertOrganisation(
    prisma,
    record,
    members.map(([user, role]) => ({ userId: user.userId, role })),
    { id: true, memberships: { select: { id: true, userId: true } } },
  );
  const byUser = new Map(org.memberships.map((m) => [m.userId, m.id]));
  return { id: org.id, membershipIds: members.map(([user]) => byUser.get(user.userId)!) };
}

/** A town organisation (default: Gemeinde Dörentrup). */
export function createTownOrganisation(prisma: PrismaClient, members: Members, options: { ags?: string; name?: string } = {}): Promise<CreatedOrganisation> {
  return organisation(prisma, { kind: "TOWN", name: options.name ?? "Gemeinde Dörentrup", municipalityAgs: options.ags ?? DOERENTRUP }, members);
}

/** A county organisation (default: Kreis Lippe). */
export function createCountyOrganisation(prisma: PrismaClient, members: Members, options: { kreisKey?: string; name?: string } = {}): Promise<CreatedOrganisation> {
  return organisation(prisma, { kind: "COUNTY", name: options.name ?? "Kreis Lippe", kreisKey: options.kreisKey ?? LIPPE }, members);
}

/** The town opens its data to the county organisation. */
export async function grantCountyAccess(prisma: PrismaClient, townOrganisationId: string, countyOrganisationId: string): Promise<void> {
  await prisma.countyAccessGrant.create({ data: { townOrganisationId, countyOrganisationId } });
}
