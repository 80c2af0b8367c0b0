import type { MembershipRole, Prisma } from "@/lib/generated/prisma/client";

/**
 * The one way an organisation and its memberships are written (issue 13: shared factories): the app's
 * `createOrganisation` (lib/server/db/tenant/organisations.ts, after authorisation, with its audit entry), the demo
 * account of the embedded default (lib/server/auth/demo.ts) and the tests' factories (tests/support/factories.ts) all
 * call it, so a new required column or rule reaches all three. Authorisation and audit are the caller's.
 */
export type OrganisationRecord =
  | { kind: "TOWN"; name: string; municipalityAgs: string; createdById?: string | null }
  | { kind: "COUNTY"; name: string; kreisKey: string; createdById?: string | null };

export type MemberRecord = { userId: string; role: MembershipRole };

type Writer = Pick<Prisma.TransactionClient, "organisation">;

export function insertOrganisation<S extends Prisma.OrganisationSelect>(
  db: Writer,
  record: OrganisationRecord,
  members: readonly MemberRecord[],
  select: S,
): Promise<Prisma.OrganisationGetPayload<{ select: S }>> {
  return db.organisation.create({
    data: {
      name: record.name,
      kind: record.kind,
      municipalityAgs: record.kind === "TOWN" ? record.municipalityAgs : null,
      kreisKey: record.kind === "COUNTY" ? record.kreisKey : null,
      createdById: record.createdById ?? null,
      memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role })) },
    },
    select,
  });
}
