import type { MembershipRole, PrismaClient } from "@/lib/generated/prisma/client";
import { DOERENTRUP, LIPPE } from "./tenancy";

/**
 * The organisation set-up many integration tests repeat (issue 13): a town or county organisation with its members
 * and roles, and a town's grant to its county. Written straight into the tables, as the app stores them; users come
 * from `signUp` (tests/support/tenancy.ts) with real sessions.
 */
export type Members = ReadonlyArray<readonly [{ userId: string }, MembershipRole]>;
export interface CreatedOrganisation {
  id: string;
  /** The membership ids, in the order of `members`. */
  membershipIds: string[];
}

async function organisation(prisma: PrismaClient, data: { name: string; kind: "TOWN" | "COUNTY"; municipalityAgs?: string; kreisKey?: string }, members: Members): Promise<CreatedOrganisation> {
  const org = await prisma.organisation.create({
    data: { ...data, memberships: { create: members.map(([user, role]) => ({ userId: user.userId, role })) } },
    include: { memberships: true },
  });
  const byUser = new Map(org.memberships.map((m) => [m.userId, m.id]));
  return { id: org.id, membershipIds: members.map(([user]) => byUser.get(user.userId)!) };
}

/** A town organisation (default: Gemeinde Dörentrup). */
export function createTownOrganisation(prisma: PrismaClient, members: Members, options: { ags?: string; name?: string } = {}): Promise<CreatedOrganisation> {
  return organisation(prisma, { name: options.name ?? "Gemeinde Dörentrup", kind: "TOWN", municipalityAgs: options.ags ?? DOERENTRUP }, members);
}

/** A county organisation (default: Kreis Lippe). */
export function createCountyOrganisation(prisma: PrismaClient, members: Members, options: { kreisKey?: string; name?: string } = {}): Promise<CreatedOrganisation> {
  return organisation(prisma, { name: options.name ?? "Kreis Lippe", kind: "COUNTY", kreisKey: options.kreisKey ?? LIPPE }, members);
}

/** The town opens its data to the county organisation. */
export async function grantCountyAccess(prisma: PrismaClient, townOrganisationId: string, countyOrganisationId: string): Promise<void> {
  await prisma.countyAccessGrant.create({ data: { townOrganisationId, countyOrganisationId } });
}
