import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseEnv } from "@/lib/server/config/env";
import { OPERATOR, PERMISSIONS, SIGNED_IN, type Action, type Resource, type ResourcePolicy, type Role } from "../../domain/permissions";

/**
 * The one authorisation guard. Every tenant function in lib/server/db/tenant/ calls `authorize` before it touches data and
 * then scopes its query to the organisation it authorised; route handlers and server actions call those functions,
 * never Prisma directly. Rules come from the permission table (lib/domain/permissions.ts).
 *
 * Outcomes: no session → 401; no relation to the organisation → 404 (its existence must not leak); a member (or
 * granted county) whose role does not allow the action → 403.
 */
export interface Caller {
  userId: string;
  email: string;
  name: string;
  /** Whether the user confirmed their e-mail address (needed to accept an invitation). */
  emailVerified: boolean;
  /** Maintains the knowledge base and verifies organisations; gives no access to any organisation's data. */
  platformOperator: boolean;
  /** The caller's role per organisation id. */
  roles: ReadonlyMap<string, Role>;
  /** Towns that granted one of the caller's county organisations read access. */
  grantedTowns: ReadonlySet<string>;
}

/** What every tenant function takes: the database and who is asking (null: nobody signed in). */
export interface TenantContext {
  prisma: PrismaClient;
  caller: Caller | null;
  /**
   * The organisation in use when the request names one (`?org=<id>` on the town routes and pages). Needed where
   * several of the caller's organisations could hold the data for a town; never inferred from creation order.
   */
  organisationId?: string;
}

export type AccessStatus = 401 | 403 | 404;

export class AccessError extends Error {
  constructor(
    readonly status: AccessStatus,
    message: string,
  ) {
    super(message);
    this.name = "AccessError";
  }
}

export type Grant = { via: "member"; role: Role } | { via: "county" } | { via: "signed-in" } | { via: "operator" };

/**
 * Allows the action or throws an AccessError. `organisationId` is the organisation whose data is touched (not needed
 * for actions open to every signed-in user, such as creating an organisation).
 */
export function authorize(
  caller: Caller | null,
  resource: Resource,
  action: Action,
  organisationId?: string,
): asserts caller is Caller {
  authorizeWith(caller, resource, action, organisationId);
}

/** Like `authorize`, and says how the access was granted (a member's role, a county grant, or any signed-in user). */
export function authorizeWith(caller: Caller | null, resource: Resource, action: Action, organisationId?: string): Grant {
  if (!caller) throw new AccessError(401, "Bitte melden Sie sich an.");
  const policy: ResourcePolicy = PERMISSIONS[resource];
  const allowed = policy.actions[action];
  if (!allowed) throw new AccessError(403, `${policy.label}: diese Aktion gibt es nicht.`);
  if (allowed === SIGNED_IN) return { via: "signed-in" };
  if (allowed === OPERATOR) {
    if (caller.platformOperator) return { via: "operator" };
    throw new AccessError(403, `Nur der Betreiber der Plattform darf das (${policy.label}).`);
  }
  if (!organisationId) throw new AccessError(404, "Nicht gefunden.");
  const role = caller.roles.get(organisationId);
  if (role) {
    if (allowed.includes(role)) return { via: "member", role };
    throw new AccessError(403, `Ihre Rolle erlaubt das nicht (${policy.label}).`);
  }
  if (caller.grantedTowns.has(organisationId)) {
    if (action === "read" && policy.countyReadable) return { via: "county" };
    throw new AccessError(403, `Die Freigabe für den Kreis erlaubt das nicht (${policy.label}).`);
  }
  throw new AccessError(404, "Nicht gefunden.");
}

/** Whether the caller may do the action (for UI: disable what would be refused). Never a substitute for authorize. */
export function can(caller: Caller | null, resource: Resource, action: Action, organisationId?: string): boolean {
  try {
    authorizeWith(caller, resource, action, organisationId);
    return true;
  } catch (error) {
    if (error instanceof AccessError) return false;
    throw error;
  }
}

/** Organisation ids the caller may read `resource` of (members of any role allowed, plus granting towns). */
export function readableOrganisations(caller: Caller, resource: Resource): string[] {
  return [...new Set([...caller.roles.keys(), ...caller.grantedTowns])].filter((id) => can(caller, resource, "read", id));
}

/** The accounts named operator by configuration (PLATFORM_OPERATOR_EMAILS); they count only with a confirmed address. */
let operators: { raw: string | undefined; emails: readonly string[] } | null = null;
function operatorEmails(): readonly string[] {
  const raw = process.env.PLATFORM_OPERATOR_EMAILS;
  if (operators === null || operators.raw !== raw) operators = { raw, emails: parseEnv({ PLATFORM_OPERATOR_EMAILS: raw }).PLATFORM_OPERATOR_EMAILS };
  return operators.emails;
}

/** Loads a signed-in user's memberships and county grants. */
export async function loadCaller(
  prisma: PrismaClient,
  user: { id: string; email: string; name: string },
): Promise<Caller> {
  const [record, memberships] = await Promise.all([
    prisma.user.findUnique({ where: { id: user.id }, select: { platformOperator: true, emailVerified: true } }),
    prisma.membership.findMany({ where: { userId: user.id }, select: { organisationId: true, role: true } }),
  ]);
  const memberOf = memberships.map((m) => m.organisationId);
  const grants = memberOf.length
    ? await prisma.countyAccessGrant.findMany({
        where: { countyOrganisationId: { in: memberOf } },
        select: { townOrganisationId: true },
      })
    : [];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    emailVerified: record?.emailVerified ?? false,
    platformOperator: (record?.platformOperator ?? false) || ((record?.emailVerified ?? false) && operatorEmails().includes(user.email.toLowerCase())),
    roles: new Map(memberships.map((m) => [m.organisationId, m.role])),
    grantedTowns: new Set(grants.map((g) => g.townOrganisationId)),
  };
}

/** For actions only the platform operator may take (verifying an organisation): 401 signed out, 403 otherwise. */
export function requireOperator(caller: Caller | null): asserts caller is Caller {
  requireSignedIn(caller);
  if (!caller.platformOperator) throw new AccessError(403, "Nur der Betreiber der Plattform darf das.");
}

/** For actions that belong to the signed-in user, not to an organisation (accepting an invitation). */
export function requireSignedIn(caller: Caller | null): asserts caller is Caller {
  if (!caller) throw new AccessError(401, "Bitte melden Sie sich an.");
}
