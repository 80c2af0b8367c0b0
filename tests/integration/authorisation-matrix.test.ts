import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { ACTIONS, OPERATOR, PERMISSIONS, ROLES, SIGNED_IN, type Action, type Resource, type Role } from "@/lib/domain/permissions";
import { hashInvitationToken } from "@/lib/server/db/tenant/invitations";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as organisationRoute from "@/app/api/v1/organisations/[orgId]/route";
import * as membersRoute from "@/app/api/v1/organisations/[orgId]/members/route";
import * as memberRoute from "@/app/api/v1/organisations/[orgId]/members/[membershipId]/route";
import * as invitationsRoute from "@/app/api/v1/organisations/[orgId]/invitations/route";
import * as invitationRoute from "@/app/api/v1/organisations/[orgId]/invitations/[invitationId]/route";
import * as grantsRoute from "@/app/api/v1/organisations/[orgId]/county-grants/route";
import * as grantRoute from "@/app/api/v1/organisations/[orgId]/county-grants/[grantId]/route";
import * as auditRoute from "@/app/api/v1/organisations/[orgId]/audit/route";
import * as assessmentRoute from "@/app/api/v1/organisations/[orgId]/assessments/[ags]/route";
import * as providersRoute from "@/app/api/v1/municipalities/[ags]/providers/route";
import * as providerRoute from "@/app/api/v1/municipalities/[ags]/providers/[id]/route";
import * as scenariosRoute from "@/app/api/v1/organisations/[orgId]/scenarios/route";
import * as scenarioRoute from "@/app/api/v1/organisations/[orgId]/scenarios/[id]/route";
import { defaultComparison } from "@/lib/domain/comparison/scenario-set";
// --- workshop (issue 14) ---
import * as workshopsRoute from "@/app/api/v1/organisations/[orgId]/workshops/route";
import * as workshopRoute from "@/app/api/v1/organisations/[orgId]/workshops/[id]/route";
// --- end workshop ---
// --- plan (issue 15) ---
import * as planRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/route";
import * as planItemsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/route";
import * as planItemRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/[itemId]/route";
// --- end plan ---
// --- curation (issue 13) ---
import * as knowledgeVersionsRoute from "@/app/api/v1/knowledge/versions/route";
// --- end curation ---
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, LIPPE, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

const K = knowledgeFromFiles();

/**
 * Authorisation matrix: every role × (own organisation, other organisation, no session) × (read, create, update,
 * delete) on every tenant resource, through the real route handlers with real Better Auth sessions, on both
 * databases. Allowed → the success status and an audit entry for a change; refused → 401 (no session),
 * 404 (other organisation: existence does not leak) or 403 (own organisation, role too weak), and the tenant tables
 * are byte-for-byte unchanged.
 *
 * The cases are generated from the permission table (lib/domain/permissions.ts); the expected outcome comes from the
 * matrix below, written out by hand. A change to the permission table fails the first test until this matrix says
 * the same. A new resource: add its entry to PERMISSIONS, to EXPECTED and to OPERATIONS.
 */
type Expected = "ALL" | "SIGNED_IN" | "ADMIN+EDITOR" | "ADMIN" | "n/a" | "ADMIN+EDITOR+MODERATOR" /* workshop (issue 14) */ | "OPERATOR" /* curation (issue 13) */;

const EXPECTED: Record<Resource, Record<Action, Expected>> = {
  //               read            create          update          delete
  organisation: { read: "ALL", create: "SIGNED_IN", update: "ADMIN", delete: "ADMIN" },
  membership: { read: "ALL", create: "ADMIN", update: "ADMIN", delete: "ADMIN" },
  invitation: { read: "ADMIN", create: "ADMIN", update: "n/a", delete: "ADMIN" },
  countyGrant: { read: "ADMIN", create: "ADMIN", update: "n/a", delete: "ADMIN" },
  assessment: { read: "ALL", create: "ADMIN+EDITOR", update: "ADMIN+EDITOR", delete: "ADMIN+EDITOR" },
  auditLog: { read: "ADMIN", create: "n/a", update: "n/a", delete: "n/a" },
  provider: { read: "ALL", create: "ADMIN+EDITOR", update: "ADMIN+EDITOR", delete: "ADMIN+EDITOR" },
  scenario: { read: "ALL", create: "ADMIN+EDITOR", update: "ADMIN+EDITOR", delete: "ADMIN+EDITOR" },
  // --- workshop (issue 14) ---
  workshop: { read: "ALL", create: "ADMIN+EDITOR+MODERATOR", update: "ADMIN+EDITOR+MODERATOR", delete: "ADMIN+EDITOR+MODERATOR" },
  // --- end workshop ---
  // --- plan (issue 15) ---
  plan: { read: "ALL", create: "ADMIN+EDITOR", update: "ADMIN+EDITOR", delete: "ADMIN+EDITOR" },
  // --- end plan ---
  // --- curation (issue 13): a platform resource; no organisation role reaches it, versions are append-only ---
  knowledgeVersion: { read: "OPERATOR", create: "OPERATOR", update: "n/a", delete: "n/a" },
  // --- end curation ---
};

const EXPECTED_ROLES: Record<Expected, readonly Role[] | "SIGNED_IN" | "OPERATOR" | null> = {
  ALL: ["ADMIN", "EDITOR", "MODERATOR", "VIEWER"],
  SIGNED_IN: "SIGNED_IN",
  OPERATOR: "OPERATOR",
  "ADMIN+EDITOR": ["ADMIN", "EDITOR"],
  // --- workshop (issue 14) ---
  "ADMIN+EDITOR+MODERATOR": ["ADMIN", "EDITOR", "MODERATOR"],
  // --- end workshop ---
  ADMIN: ["ADMIN"],
  "n/a": null,
};

/** Resources whose routes come in later issues (the guard knows them already). */
const ROUTES_PENDING: Resource[] = [];

type Scope = "own" | "other" | "none";

interface Fixture {
  orgId: string;
  targetMembershipId: string;
  invitationId: string;
  grantId: string | null;
  countyOrgId: string;
  ags: string;
  answers: unknown;
  providerId: string;
  scenarioId: string;
  // --- workshop (issue 14) ---
  workshopId: string;
  // --- end workshop ---
  // --- plan (issue 15) ---
  planItemId: string;
  // --- end plan ---
}

interface Operation {
  /** Route module exports that must not exist for actions that are not offered. */
  module: Record<string, unknown>;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: (f: Fixture) => string;
  params: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture) => unknown;
  success: number;
  /** What the fixture must not contain for a create to be possible. */
  omit?: "assessment" | "grant";
}

const org = (f: Fixture) => ({ orgId: f.orgId });
const answers = (name: string) => ({ town: { name } });
const SCENARIO_DATA = defaultComparison(K, { population: 7660, landCode: "05" }, 2026);
const PROVIDER = { kind: "gp-practice", name: "Praxis am Markt", street: "Marktstraße 1", postcode: "32694", city: "Dörentrup", doctors: [{ birthYear: 1960, employment: "licensed", licence: "full" }] };

const CURATED_VERSION = { kind: "rule-parameter", key: "bedarfsplanung.gp-ratio", value: 1600, version: "BPL-RL Matrix", validFrom: "2030-01-01", source: "G-BA Bedarfsplanungs-Richtlinie (Test)", note: "Matrixtest", basedOn: 0 };

const OPERATIONS: Partial<Record<Resource, Partial<Record<Action, Operation>>>> = {
  organisation: {
    read: { module: organisationRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}`, params: org, success: 200 },
    create: { module: organisationsRoute, method: "POST", path: () => "/api/v1/organisations", params: () => ({}), body: () => ({ kind: "TOWN", ags: DOERENTRUP }), success: 201 },
    update: { module: organisationRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}`, params: org, body: () => ({ name: "Neuer Name" }), success: 200 },
    delete: { module: organisationRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}`, params: org, success: 204 },
  },
  membership: {
    read: { module: membersRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/members`, params: org, success: 200 },
    create: { module: membersRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/members`, params: org, body: () => ({ email: "outsider@matrix.test", role: "VIEWER" }), success: 201 },
    update: { module: memberRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/members/${f.targetMembershipId}`, params: (f) => ({ orgId: f.orgId, membershipId: f.targetMembershipId }), body: () => ({ role: "EDITOR" }), success: 200 },
    delete: { module: memberRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/members/${f.targetMembershipId}`, params: (f) => ({ orgId: f.orgId, membershipId: f.targetMembershipId }), success: 204 },
  },
  invitation: {
    read: { module: invitationsRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/invitations`, params: org, success: 200 },
    create: { module: invitationsRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/invitations`, params: org, body: () => ({ role: "VIEWER", email: "invitee@matrix.test" }), success: 201 },
    update: { module: invitationRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/invitations/${f.invitationId}`, params: (f) => ({ orgId: f.orgId, invitationId: f.invitationId }), success: 200 },
    delete: { module: invitationRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/invitations/${f.invitationId}`, params: (f) => ({ orgId: f.orgId, invitationId: f.invitationId }), success: 204 },
  },
  countyGrant: {
    read: { module: grantsRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/county-grants`, params: org, success: 200 },
    create: { module: grantsRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/county-grants`, params: org, body: (f) => ({ countyOrganisationId: f.countyOrgId }), success: 201, omit: "grant" },
    update: { module: grantRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/county-grants/${f.grantId}`, params: (f) => ({ orgId: f.orgId, grantId: f.grantId! }), success: 200 },
    delete: { module: grantRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/county-grants/${f.grantId}`, params: (f) => ({ orgId: f.orgId, grantId: f.grantId! }), success: 204 },
  },
  assessment: {
    read: { module: assessmentRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/assessments/${f.ags}`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), success: 200 },
    create: { module: assessmentRoute, method: "PUT", path: (f) => `/api/v1/organisations/${f.orgId}/assessments/${f.ags}`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), body: () => ({ answers: answers("Neu"), status: "DRAFT", version: 0 }), success: 200, omit: "assessment" },
    update: { module: assessmentRoute, method: "PUT", path: (f) => `/api/v1/organisations/${f.orgId}/assessments/${f.ags}`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), body: () => ({ answers: answers("Geändert"), status: "DRAFT", version: 1 }), success: 200 },
    delete: { module: assessmentRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/assessments/${f.ags}`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), success: 204 },
  },
  provider: {
    read: { module: providersRoute, method: "GET", path: (f) => `/api/v1/municipalities/${f.ags}/providers`, params: (f) => ({ ags: f.ags }), success: 200 },
    create: { module: providersRoute, method: "POST", path: (f) => `/api/v1/municipalities/${f.ags}/providers`, params: (f) => ({ ags: f.ags }), body: () => PROVIDER, success: 201 },
    update: { module: providerRoute, method: "PATCH", path: (f) => `/api/v1/municipalities/${f.ags}/providers/${f.providerId}`, params: (f) => ({ ags: f.ags, id: f.providerId }), body: () => ({ version: 1, successorStatus: "found" }), success: 200 },
    delete: { module: providerRoute, method: "DELETE", path: (f) => `/api/v1/municipalities/${f.ags}/providers/${f.providerId}`, params: (f) => ({ ags: f.ags, id: f.providerId }), success: 204 },
  },
  scenario: {
    read: { module: scenariosRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/scenarios`, params: org, success: 200 },
    create: { module: scenariosRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/scenarios`, params: org, body: (f) => ({ ags: f.ags, name: "Neues Szenario", data: SCENARIO_DATA }), success: 201 },
    update: { module: scenarioRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/scenarios/${f.scenarioId}`, params: (f) => ({ orgId: f.orgId, id: f.scenarioId }), body: () => ({ version: 1, name: "Umbenannt" }), success: 200 },
    delete: { module: scenarioRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/scenarios/${f.scenarioId}`, params: (f) => ({ orgId: f.orgId, id: f.scenarioId }), success: 204 },
  },
  // --- workshop (issue 14) ---
  workshop: {
    read: { module: workshopsRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/workshops`, params: org, success: 200 },
    create: { module: workshopsRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/workshops`, params: org, body: (f) => ({ ags: f.ags, title: "Ratsklausur", date: "2026-12-10" }), success: 201 },
    update: { module: workshopRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/workshops/${f.workshopId}`, params: (f) => ({ orgId: f.orgId, id: f.workshopId }), body: () => ({ version: 1, title: "Umbenannt" }), success: 200 },
    delete: { module: workshopRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/workshops/${f.workshopId}`, params: (f) => ({ orgId: f.orgId, id: f.workshopId }), success: 204 },
  },
  // --- end workshop ---
  // --- plan (issue 15) ---
  plan: {
    read: { module: planRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/plans/${f.ags}`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), success: 200 },
    create: { module: planItemsRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/plans/${f.ags}/items`, params: (f) => ({ orgId: f.orgId, ags: f.ags }), body: () => ({ title: "Praxisräume suchen", ownerText: "Bauamt", planVersion: 1 }), success: 201 },
    update: { module: planItemRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/plans/${f.ags}/items/${f.planItemId}`, params: (f) => ({ orgId: f.orgId, ags: f.ags, itemId: f.planItemId }), body: () => ({ version: 1, status: "in_arbeit" }), success: 200 },
    delete: { module: planItemRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/plans/${f.ags}/items/${f.planItemId}`, params: (f) => ({ orgId: f.orgId, ags: f.ags, itemId: f.planItemId }), success: 204 },
  },
  // --- end plan ---
  // --- curation (issue 13) ---
  knowledgeVersion: {
    read: { module: knowledgeVersionsRoute, method: "GET", path: () => "/api/v1/knowledge/versions", params: () => ({}), success: 200 },
    create: { module: knowledgeVersionsRoute, method: "POST", path: () => "/api/v1/knowledge/versions", params: () => ({}), body: () => CURATED_VERSION, success: 201 },
    update: { module: knowledgeVersionsRoute, method: "PATCH", path: () => "/api/v1/knowledge/versions", params: () => ({}), success: 200 },
    delete: { module: knowledgeVersionsRoute, method: "DELETE", path: () => "/api/v1/knowledge/versions", params: () => ({}), success: 204 },
  },
  // --- end curation ---
  auditLog: {
    read: { module: auditRoute, method: "GET", path: (f) => `/api/v1/organisations/${f.orgId}/audit`, params: org, success: 200 },
    create: { module: auditRoute, method: "POST", path: (f) => `/api/v1/organisations/${f.orgId}/audit`, params: org, success: 201 },
    update: { module: auditRoute, method: "PATCH", path: (f) => `/api/v1/organisations/${f.orgId}/audit`, params: org, success: 200 },
    delete: { module: auditRoute, method: "DELETE", path: (f) => `/api/v1/organisations/${f.orgId}/audit`, params: org, success: 204 },
  },
};

function tableAsExpected(resource: Resource): Record<Action, Expected> {
  const actions = PERMISSIONS[resource].actions as Partial<Record<Action, readonly Role[] | typeof SIGNED_IN | typeof OPERATOR>>;
  const out = {} as Record<Action, Expected>;
  for (const action of ACTIONS) {
    const allowed = actions[action];
    if (!allowed) out[action] = "n/a";
    else if (allowed === SIGNED_IN) out[action] = "SIGNED_IN";
    else if (allowed === OPERATOR) out[action] = "OPERATOR";
    else {
      const found = (Object.entries(EXPECTED_ROLES) as Array<[Expected, readonly Role[] | string | null]>).find(
        ([, roles]) => Array.isArray(roles) && roles.length === allowed.length && roles.every((r) => allowed.includes(r)),
      );
      out[action] = found ? found[0] : (`unexpected roles ${allowed.join("+")}` as Expected);
    }
  }
  return out;
}

const RESOURCES = Object.keys(PERMISSIONS) as Resource[];

interface Case {
  resource: Resource;
  action: Action;
  /** "OPERATOR": the platform operator (no role in the organisation). */
  role: Role | "OPERATOR" | null;
  scope: Scope;
  expected: number | "not offered";
}

function expectedOutcome(resource: Resource, action: Action, role: Role | "OPERATOR" | null, scope: Scope, success: number): number | "not offered" {
  const allowed = EXPECTED_ROLES[EXPECTED[resource][action]];
  if (allowed === null) return "not offered";
  if (scope === "none") return 401;
  if (allowed === "SIGNED_IN") return success;
  // A platform resource: the operator may, every organisation role is refused (403, its existence is public).
  if (allowed === "OPERATOR") return role === "OPERATOR" ? success : 403;
  if (role === "OPERATOR") return 404; // the operator has no role in any organisation: its data stays hidden
  if (scope === "other") return 404;
  return allowed.includes(role!) ? success : 403;
}

// Generated from the permission table: every resource × action × role × scope ("none" has no role: once per action).
const CASES: Case[] = RESOURCES.filter((r) => !ROUTES_PENDING.includes(r)).flatMap((resource) =>
  ACTIONS.flatMap((action) => {
    const success = OPERATIONS[resource]?.[action]?.success ?? 200;
    const withRoles = ROLES.flatMap((role) =>
      (["own", "other"] as const).map((scope) => ({ resource, action, role, scope, expected: expectedOutcome(resource, action, role, scope, success) })),
    );
    // The platform operator (issue 13): once per action, on the own organisation's fixture (it has no role there).
    const operator = { resource, action, role: "OPERATOR" as const, scope: "own" as const, expected: expectedOutcome(resource, action, "OPERATOR", "own", success) };
    return [...withRoles, operator, { resource, action, role: null, scope: "none" as const, expected: expectedOutcome(resource, action, null, "none", success) }];
  }),
);

describe("permission table", () => {
  it.each(RESOURCES)("%s matches the expected matrix written out in this test", (resource) => {
    expect(tableAsExpected(resource)).toEqual(EXPECTED[resource]);
  });

  it("every resource with routes has an operation for every action", () => {
    for (const resource of RESOURCES.filter((r) => !ROUTES_PENDING.includes(r))) {
      expect(Object.keys(OPERATIONS[resource] ?? {}).sort(), resource).toEqual([...ACTIONS].sort());
    }
  });
});

describe.each(testDatabaseKinds)("authorisation matrix on %s", (kind) => {
  let db: TestDatabase;
  const cookies = new Map<Role | "otherAdmin" | "OPERATOR", string>();
  const userIds = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    for (const role of ROLES) {
      const { cookie, userId } = await signUp(auth, `${role.toLowerCase()}@matrix.test`);
      cookies.set(role, cookie);
      userIds.set(role, userId);
    }
    const other = await signUp(auth, "other-admin@matrix.test");
    cookies.set("otherAdmin", other.cookie);
    userIds.set("otherAdmin", other.userId);
    // --- curation (issue 13) ---
    const operator = await signUp(auth, "operator@matrix.test");
    await db.prisma.user.update({ where: { id: operator.userId }, data: { platformOperator: true } });
    cookies.set("OPERATOR", operator.cookie);
    // --- end curation ---
    userIds.set("target-a", (await signUp(auth, "target-a@matrix.test")).userId);
    userIds.set("target-b", (await signUp(auth, "target-b@matrix.test")).userId);
    await signUp(auth, "outsider@matrix.test");
  });
  afterAll(async () => db?.close());

  /** Own town (Dörentrup) with one member per role; other town (Extertal) with its own admin; county Lippe. */
  /**
   * The fixtures of the last case, kept for the next case with the same `omit` while no case changed data: a refused
   * request or a read is proven to leave the tenant tables byte-for-byte unchanged, so rebuilding them would only
   * cost time (this file is the longest of the integration suite). A case that fails or writes clears it.
   */
  let reusable: { omit: Operation["omit"]; fixtures: { own: Fixture; other: Fixture }; snapshot?: string } | null = null;

  async function fixturesFor(omit?: Operation["omit"]): Promise<{ own: Fixture; other: Fixture }> {
    if (reusable && reusable.omit === omit) return reusable.fixtures;
    const fixtures = await buildFixtures(omit);
    reusable = { omit, fixtures };
    return fixtures;
  }

  async function buildFixtures(omit?: Operation["omit"]): Promise<{ own: Fixture; other: Fixture }> {
    reusable = null;
    const p = db.prisma;
    await p.auditLog.deleteMany();
    await p.curatedVersion.deleteMany(); // --- curation (issue 13) ---
    await p.organisation.deleteMany();
    const county = await insertOrganisation(p, { kind: "COUNTY", name: "Kreis Lippe", kreisKey: LIPPE }, [], { id: true });
    const make = async (ags: string, members: Array<[string, Role]>, target: string, label: string): Promise<Fixture> => {
      const organisation = await insertOrganisation(p, { kind: "TOWN", name: label, municipalityAgs: ags }, members.map(([userId, role]) => ({ userId, role })), { id: true });
      const targetMembership = await p.membership.create({ data: { organisationId: organisation.id, userId: userIds.get(target)!, role: "VIEWER" } });
      const invitation = await p.invitation.create({
        data: { organisationId: organisation.id, role: "VIEWER", tokenHash: hashInvitationToken(`${label}-${Math.random()}`), expiresAt: new Date(Date.now() + 86_400_000) },
      });
      const grant =
        omit === "grant" ? null : await p.countyAccessGrant.create({ data: { townOrganisationId: organisation.id, countyOrganisationId: county.id } });
      const stored = answers(`${label} gespeichert`);
      if (omit !== "assessment") {
        await p.assessment.create({ data: { organisationId: organisation.id, municipalityAgs: ags, answers: stored } });
      }
      const provider = await p.provider.create({
        data: { organisationId: organisation.id, municipalityAgs: ags, kind: "GP_PRACTICE", name: `${label} Praxis`, street: "Markt 1", postcode: "32694", city: label, doctors: { create: [{ birthYear: 1960, licence: "FULL" }] } },
      });
      const scenario = await p.scenario.create({ data: { organisationId: organisation.id, municipalityAgs: ags, name: `${label} Szenario`, assumptions: SCENARIO_DATA } });
      // --- workshop (issue 14) ---
      const workshop = await p.workshop.create({
        data: { organisationId: organisation.id, municipalityAgs: ags, title: `${label} Workshop`, date: new Date("2026-12-10"), code: label === "Dörentrup" ? "ABCDEF" : "GHJKMN", presenterTokenHash: `hash-${label}`, codeExpiresAt: new Date("2026-12-12") },
      });
      // --- end workshop ---
      // --- plan (issue 15) ---
      const plan = await p.actionPlan.create({
        data: { organisationId: organisation.id, municipalityAgs: ags, items: { create: { title: `${label} Maßnahme`, position: 1, statusHistory: { create: { status: "geplant" } } } } },
        include: { items: true },
      });
      // --- end plan ---
      return { planItemId: plan.items[0]!.id, orgId: organisation.id, targetMembershipId: targetMembership.id, invitationId: invitation.id, grantId: grant?.id ?? null, countyOrgId: county.id, ags, answers: stored, providerId: provider.id, scenarioId: scenario.id, workshopId: workshop.id };
    };
    const own = await make(DOERENTRUP, ROLES.map((role) => [userIds.get(role)!, role]), "target-a", "Dörentrup");
    const other = await make(EXTERTAL, [[userIds.get("otherAdmin")!, "ADMIN"]], "target-b", "Extertal");
    return { own, other };
  }

  beforeEach(() => {
    registerProcessDatabase(db);
  });

  it.each(CASES)("$resource $action as $role on $scope organisation → $expected", async ({ resource, action, role, scope, expected }) => {
    const operation = OPERATIONS[resource]![action]!;
    if (expected === "not offered") {
      // Not offered at all: the route module exports no handler for it.
      expect(operation.module[operation.method], `${resource}.${action} must not have a handler`).toBeUndefined();
      return;
    }
    const { own, other } = await fixturesFor(operation.omit);
    const kept = reusable;
    reusable = null; // until this case has shown that it changed nothing
    const fixture = scope === "other" ? other : own;
    const cookie = role ? cookies.get(role) : undefined;
    const before = kept?.snapshot ?? (await snapshotTenantData(db.prisma));
    const auditBefore = await db.prisma.auditLog.count();

    const response = await call(operation.module[operation.method], operation.method, operation.path(fixture), operation.params(fixture), {
      cookie,
      body: operation.body?.(fixture),
    });

    expect(response.status, await response.clone().text()).toBe(expected);
    if (expected >= 400) {
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe({ 401: "unauthorised", 403: "forbidden", 404: "not_found" }[expected]);
      expect(await snapshotTenantData(db.prisma)).toBe(before);
    } else if (operation.method !== "GET") {
      expect(await db.prisma.auditLog.count()).toBe(auditBefore + 1);
    } else {
      expect(await snapshotTenantData(db.prisma)).toBe(before);
    }
    if (resource === "assessment" && action === "read" && expected === 200) {
      const body = (await response.json()) as { data: { answers: unknown; version: number } };
      expect(body.data).toMatchObject({ answers: fixture.answers, version: 1 });
    }
    if (expected >= 400 || operation.method === "GET") reusable = { omit: operation.omit, fixtures: { own, other }, snapshot: before };
  });

  it("a granted county reads the town's organisation and assessment but not its admin data, and writes nothing", async () => {
    const { own } = await buildFixtures();
    await db.prisma.membership.create({ data: { organisationId: own.countyOrgId, userId: userIds.get("otherAdmin")!, role: "ADMIN" } });
    const cookie = cookies.get("otherAdmin");
    const params = { orgId: own.orgId, ags: own.ags };
    const path = `/api/v1/organisations/${own.orgId}/assessments/${own.ags}`;
    expect((await call(assessmentRoute.GET, "GET", path, params, { cookie })).status).toBe(200);
    const orgPath = `/api/v1/organisations/${own.orgId}`;
    expect((await call(organisationRoute.GET, "GET", orgPath, { orgId: own.orgId }, { cookie })).status).toBe(200);
    const before = await snapshotTenantData(db.prisma);
    const rename = await call(organisationRoute.PATCH, "PATCH", orgPath, { orgId: own.orgId }, { cookie, body: { name: "Übernommen" } });
    expect(rename.status).toBe(403);
    const put = await call(assessmentRoute.PUT, "PUT", path, params, { cookie, body: { answers: answers("Kreis"), version: 1 } });
    expect(put.status).toBe(403);
    // --- plan (issue 15) ---
    const planPath = `/api/v1/organisations/${own.orgId}/plans/${own.ags}`;
    expect((await call(planRoute.GET, "GET", planPath, params, { cookie })).status).toBe(200);
    const planWrite = await call(planItemsRoute.POST, "POST", `${planPath}/items`, params, { cookie, body: { title: "Kreis", planVersion: 1 } });
    expect(planWrite.status).toBe(403);
    // --- end plan ---
    expect((await call(auditRoute.GET, "GET", `/api/v1/organisations/${own.orgId}/audit`, { orgId: own.orgId }, { cookie })).status).toBe(403);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  // --- county plan (issue 17) ---
  // The county's own measures plan (`/plans/{kreisKey}`) is the plan resource with the Kreis as its scope: the plan row
  // of EXPECTED applies to the county organisation's members; a member of a town only (even one that granted the
  // county access) is an outsider (404), and nobody signed in gets 401. Each case changes nothing unless it succeeds.
  const COUNTY_PLAN_CASES = ACTIONS.flatMap((action) => [...ROLES, "otherAdmin" as const, null].map((who) => ({ action, who })));
  it.each(COUNTY_PLAN_CASES)("county's own plan: $action as $who", async ({ action, who }) => {
    const { own } = await buildFixtures();
    const p = db.prisma;
    await p.membership.createMany({ data: ROLES.map((role) => ({ organisationId: own.countyOrgId, userId: userIds.get(role)!, role })) });
    const plan = await p.actionPlan.create({
      data: { organisationId: own.countyOrgId, kreisKey: LIPPE, items: { create: { title: "Kreis-Maßnahme", position: 1, statusHistory: { create: { status: "geplant" } } } } },
      include: { items: true },
    });
    const fixture: Fixture = { ...own, orgId: own.countyOrgId, ags: LIPPE, planItemId: plan.items[0]!.id };
    const operation = OPERATIONS.plan![action]!;
    const allowed = EXPECTED_ROLES[EXPECTED.plan[action]] as readonly Role[];
    const expected = who === null ? 401 : who === "otherAdmin" ? 404 : allowed.includes(who) ? operation.success : 403;
    const before = await snapshotTenantData(p);
    const response = await call(operation.module[operation.method], operation.method, operation.path(fixture), operation.params(fixture), {
      cookie: who ? cookies.get(who) : undefined,
      body: operation.body?.(fixture),
    });
    expect(response.status, await response.clone().text()).toBe(expected);
    if (expected >= 400 || operation.method === "GET") expect(await snapshotTenantData(p)).toBe(before);
    else expect(await p.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { kreisKey: true, municipalityAgs: true } })).toEqual({ kreisKey: LIPPE, municipalityAgs: null });
  });
  // --- end county plan ---

  it("refuses a cross-site mutation even with a valid admin session, and changes nothing", async () => {
    const { own } = await buildFixtures();
    const before = await snapshotTenantData(db.prisma);
    const response = await call(organisationRoute.PATCH, "PATCH", `/api/v1/organisations/${own.orgId}`, { orgId: own.orgId }, {
      cookie: cookies.get("ADMIN"),
      origin: "https://evil.example",
      body: { name: "Gekapert" },
    });
    expect(response.status).toBe(403);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("the tenant snapshot the cases compare notices one changed field, a new row and a deleted one", async () => {
    const { own } = await buildFixtures();
    const p = db.prisma;
    const before = await snapshotTenantData(p);
    await p.doctor.updateMany({ where: { providerId: own.providerId }, data: { birthYear: 1961 } });
    const changed = await snapshotTenantData(p);
    expect(changed).not.toBe(before);
    expect(Object.entries(JSON.parse(changed) as Record<string, string>).filter(([table, print]) => print !== (JSON.parse(before) as Record<string, string>)[table]).map(([table]) => table)).toEqual(["Doctor"]);
    await p.planningArea.create({ data: { organisationId: own.countyOrgId, name: "Mittelbereich Test" } });
    expect(await snapshotTenantData(p)).not.toBe(changed);
    const withArea = await snapshotTenantData(p);
    await p.planningArea.deleteMany({ where: { name: "Mittelbereich Test" } });
    expect(await snapshotTenantData(p)).not.toBe(withArea);
  });
});
