/**
 * Who may do what: the permission table as data. The guard (lib/server/auth/guard.ts) reads it; the authorisation matrix
 * test (tests/integration/authorisation-matrix.test.ts) is generated from it and checked against an expected matrix
 * written out by hand.
 *
 * A new tenant resource (providers, scenarios, workshops …) is one entry here plus its lib/server/db/tenant/*.ts functions
 * that call `authorize(ctx, "<resource>", "<action>", organisationId)`.
 */
export const ROLES = ["ADMIN", "EDITOR", "MODERATOR", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ["read", "create", "update", "delete"] as const;
export type Action = (typeof ACTIONS)[number];

/** Any signed-in user, without a role in an organisation (only for creating an organisation). */
export const SIGNED_IN = "SIGNED_IN" as const;

/** Only the platform operator of the installation (User.platformOperator), whatever roles they hold in organisations. */
export const OPERATOR = "OPERATOR" as const;

export interface ResourcePolicy {
  /** Roles allowed per action; an absent action is not offered at all (no route, no function). */
  actions: Partial<Record<Action, readonly Role[] | typeof SIGNED_IN | typeof OPERATOR>>;
  /** A county organisation that a town granted access may read this resource of the town. */
  countyReadable: boolean;
  /** German label for messages. */
  label: string;
}

const EVERYONE: readonly Role[] = ROLES;
const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const MODERATORS: readonly Role[] = ["ADMIN", "EDITOR", "MODERATOR"];

export const PERMISSIONS = {
  organisation: {
    label: "Organisation",
    // A granted county sees the town's name and kind, so the town's pages it may read can load.
    countyReadable: true,
    actions: { read: EVERYONE, create: SIGNED_IN, update: ADMIN_ONLY, delete: ADMIN_ONLY },
  },
  membership: {
    label: "Mitgliedschaft",
    countyReadable: false,
    actions: { read: EVERYONE, create: ADMIN_ONLY, update: ADMIN_ONLY, delete: ADMIN_ONLY },
  },
  invitation: {
    label: "Einladung",
    countyReadable: false,
    // Invitations are not edited: an admin revokes one (delete) and creates a new one.
    actions: { read: ADMIN_ONLY, create: ADMIN_ONLY, delete: ADMIN_ONLY },
  },
  countyGrant: {
    label: "Freigabe für den Kreis",
    countyReadable: false,
    actions: { read: ADMIN_ONLY, create: ADMIN_ONLY, delete: ADMIN_ONLY },
  },
  assessment: {
    label: "Selbsteinschätzung",
    countyReadable: true,
    actions: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  },
  auditLog: {
    label: "Änderungsprotokoll",
    countyReadable: false,
    // Append-only: entries are written by the tenant functions themselves, never through an action.
    actions: { read: ADMIN_ONLY },
  },
  // Routes for these follow in later issues; the guard already knows them.
  provider: {
    label: "Versorgungsdaten",
    countyReadable: true,
    actions: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  },
  scenario: {
    label: "Szenario",
    countyReadable: true,
    actions: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  },
  // Workshop mode (issue 14): moderators, editors and admins create and run workshops; viewers read them.
  workshop: {
    label: "Workshop",
    countyReadable: false,
    actions: { read: EVERYONE, create: MODERATORS, update: MODERATORS, delete: MODERATORS },
  },
  // Action plan (issue 15): editors and admins write, every member reads; a granted county reads it like the assessment.
  plan: {
    label: "Maßnahmenplan",
    countyReadable: true,
    actions: { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS },
  },
  // Curating the knowledge (issue 13): a platform resource, not an organisation's. Versions are append-only, so
  // there is no update or delete; the operator reads the history and adds a version.
  knowledgeVersion: {
    label: "Version eines Regelparameters oder Förderprogramms",
    countyReadable: false,
    actions: { read: OPERATOR, create: OPERATOR },
  },
} as const satisfies Record<string, ResourcePolicy>;

export type Resource = keyof typeof PERMISSIONS;

/** Whether `role` may do `action` on `resource` in its own organisation (table lookup, nothing else). */
export function roleAllows(role: Role, resource: Resource, action: Action): boolean {
  const allowed = (PERMISSIONS[resource].actions as ResourcePolicy["actions"])[action];
  if (!allowed) return false;
  if (allowed === SIGNED_IN) return true;
  if (allowed === OPERATOR) return false; // no role in an organisation grants it
  return allowed.includes(role);
}

export function actionOffered(resource: Resource, action: Action): boolean {
  return (PERMISSIONS[resource].actions as ResourcePolicy["actions"])[action] !== undefined;
}

/** German names of the roles (UI and messages). */
export const ROLE_LABELS_DE: Record<Role, string> = {
  ADMIN: "Verwaltung",
  EDITOR: "Bearbeitung",
  MODERATOR: "Moderation",
  VIEWER: "Lesen",
};
