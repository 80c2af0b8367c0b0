import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/organisations/[orgId]/town-package/[ags]/route";
import * as importRoute from "@/app/api/v1/organisations/[orgId]/town-package/route";
import * as previewRoute from "@/app/api/v1/organisations/[orgId]/town-package/preview/route";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TownPackage } from "@/lib/domain/schemas/town-package";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { fillTown } from "../support/town-fixture";

/**
 * Every row the town package carries, for one organisation and town, without what identifies the row itself (ids,
 * owning organisation, creation times, versions): equal for two organisations means the same data.
 */
async function townRows(prisma: PrismaClient, organisationId: string, ags: string, options: { ownerAsText?: boolean } = {}) {
  const where = { organisationId, municipalityAgs: ags };
  const providers = await prisma.provider.findMany({ where, orderBy: { name: "asc" }, include: { doctors: { orderBy: { position: "asc" } } } });
  const assessment = await prisma.assessment.findUnique({ where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } } });
  const scenarios = await prisma.scenario.findMany({ where, orderBy: { name: "asc" } });
  const plan = await prisma.actionPlan.findUnique({
    where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
    include: { items: { orderBy: { position: "asc" }, include: { statusHistory: { orderBy: { changedAt: "asc" } } } } },
  });
  const members = new Map((await prisma.membership.findMany({ include: { user: true } })).map((m) => [m.id, m.user.name]));
  return {
    providers: providers.map(({ id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, version: _v, doctors, ...p }) => ({
      ...p,
      doctors: doctors.map(({ id: _d, providerId: _p, ...d }) => d),
    })),
    assessment: assessment && { answers: assessment.answers, status: assessment.status, ruleSetVersion: assessment.ruleSetVersion, result: assessment.result },
    scenarios: scenarios.map((s) => ({ name: s.name, assumptions: s.assumptions, knowledgeVersion: s.knowledgeVersion })),
    plan: plan?.items.map(({ id: _i, planId: _p, createdAt: _c, updatedAt: _u, version: _v, statusHistory, ownerMembershipId, ownerText, ...item }) => ({
      ...item,
      ...(options.ownerAsText
        ? { owner: ownerText ?? (ownerMembershipId ? members.get(ownerMembershipId) : null) }
        : { ownerMembershipId, ownerText }),
      history: statusHistory.map((h) => ({ status: h.status, changedAt: h.changedAt })),
    })),
  };
}

/** The plan tables too (snapshotTenantData predates them). */
async function everything(prisma: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  return (
    (await snapshotTenantData(prisma)) +
    JSON.stringify([await prisma.actionPlan.findMany(byId), await prisma.actionPlanItem.findMany(byId), await prisma.actionPlanItemStatusChange.findMany(byId)])
  );
}

describe.each(testDatabaseKinds)("town package export and import on %s", (kind) => {
  let db: TestDatabase;
  let editorA: { cookie: string; userId: string };
  let editorB: { cookie: string; userId: string };
  let viewerB: { cookie: string; userId: string };
  let editorExtertal: { cookie: string; userId: string };
  let stranger: { cookie: string; userId: string };
  let orgA: string;
  let orgB: string;
  let orgExtertal: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    editorA = await signUp(auth, "a@package.test", "Anna Amt");
    editorB = await signUp(auth, "b@package.test", "Bernd Bau");
    viewerB = await signUp(auth, "viewer@package.test");
    editorExtertal = await signUp(auth, "extertal@package.test");
    stranger = await signUp(auth, "stranger@package.test");
    const a = await db.prisma.organisation.create({
      data: { name: "Gemeinde Dörentrup", kind: "TOWN", municipalityAgs: DOERENTRUP, memberships: { create: [{ userId: editorA.userId, role: "EDITOR" }] } },
      include: { memberships: true },
    });
    orgA = a.id;
    orgB = (
      await db.prisma.organisation.create({
        data: {
          name: "Dörentrup (neu)",
          kind: "TOWN",
          municipalityAgs: DOERENTRUP,
          memberships: { create: [{ userId: editorB.userId, role: "EDITOR" }, { userId: viewerB.userId, role: "VIEWER" }] },
        },
      })
    ).id;
    orgExtertal = (
      await db.prisma.organisation.create({ data: { name: "Extertal", kind: "TOWN", municipalityAgs: EXTERTAL, memberships: { create: [{ userId: editorExtertal.userId, role: "EDITOR" }] } } })
    ).id;
    await fillTown(db.prisma, orgA, DOERENTRUP, { ownerMembershipId: a.memberships[0]!.id });
  });
  afterAll(async () => db?.close());

  const exportFrom = async (orgId: string, cookie: string) => {
    const response = await call(exportRoute.GET, "GET", `/api/v1/organisations/${orgId}/town-package/${DOERENTRUP}`, { orgId, ags: DOERENTRUP }, { cookie });
    return { response, pkg: response.status === 200 ? ((await response.json()) as TownPackage) : null };
  };
  const post = (route: typeof importRoute | typeof previewRoute, orgId: string, cookie: string, body: unknown) =>
    call(route.POST, "POST", `/api/v1/organisations/${orgId}/town-package${route === previewRoute ? "/preview" : ""}`, { orgId }, { cookie, body });

  it("exports a town's package and imports it into another organisation: every row the same, preview first", async () => {
    const { response, pkg } = await exportFrom(orgA, editorA.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`gemeindepaket-${DOERENTRUP}`);
    expect(pkg).toMatchObject({ kind: "versorgungslotse.gemeindepaket", schemaVersion: 1, town: { ags: DOERENTRUP } });
    expect(pkg!.providers).toHaveLength(3);
    expect(pkg!.workshops[0]!.blocks[0]!.lines.map((l) => l.label)).toEqual(["Kommunales MVZ", "Gesundheitsnetzwerk"]);

    const before = await everything(db.prisma);
    const preview = await post(previewRoute, orgB, editorB.cookie, pkg);
    expect(preview.status).toBe(200);
    expect((await preview.json()).data).toMatchObject({
      incoming: { providers: 3, doctors: 4, assessment: true, scenarios: 1, planItems: 3, workshops: 1 },
      replaced: { providers: 0, assessment: false, scenarios: 0, planItems: 0 },
    });
    expect(await everything(db.prisma)).toBe(before);

    const imported = await post(importRoute, orgB, editorB.cookie, pkg);
    expect(imported.status).toBe(200);
    expect(await townRows(db.prisma, orgB, DOERENTRUP, { ownerAsText: true })).toEqual(await townRows(db.prisma, orgA, DOERENTRUP, { ownerAsText: true }));
    const audit = await db.prisma.auditLog.findFirst({ where: { organisationId: orgB, action: "townPackage.import" } });
    expect(audit?.actorId).toBe(editorB.userId);
  });

  it("restores the same organisation after a reset, members as owners included", async () => {
    const { pkg } = await exportFrom(orgA, editorA.cookie);
    const original = await townRows(db.prisma, orgA, DOERENTRUP);
    const where = { organisationId: orgA, municipalityAgs: DOERENTRUP };
    await db.prisma.provider.deleteMany({ where });
    await db.prisma.assessment.deleteMany({ where });
    await db.prisma.scenario.deleteMany({ where });
    await db.prisma.actionPlan.deleteMany({ where });
    const imported = await post(importRoute, orgA, editorA.cookie, pkg);
    expect(imported.status).toBe(200);
    expect(await townRows(db.prisma, orgA, DOERENTRUP)).toEqual(original);
  });

  it("refuses a broken package with German messages naming the fields, and changes nothing", async () => {
    const { pkg } = await exportFrom(orgA, editorA.cookie);
    const before = await everything(db.prisma);
    const broken = structuredClone(pkg!) as unknown as Record<string, unknown> & TownPackage;
    broken.plan!.items[2]!.status = "fertig" as never;
    (broken.providers[0] as Record<string, unknown>).extra = 1;
    const response = await post(importRoute, orgB, editorB.cookie, broken);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; issues: { path: string; message: string }[] } };
    expect(body.error.message).toBe("Das Gemeindepaket ist fehlerhaft. Es wurde nichts geändert.");
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["plan.items.2.status", "providers.0"]));
    expect(body.error.issues.find((i) => i.path === "plan.items.2.status")?.message).toContain("Unbekannter Status");

    const badScenario = structuredClone(pkg!);
    (badScenario.scenarios[0]!.data as { models: Record<string, { horizonYears: number }> }).models["municipal-mvz"]!.horizonYears = 99;
    const second = await post(importRoute, orgB, editorB.cookie, badScenario);
    expect(second.status).toBe(400);
    expect(((await second.json()) as typeof body).error.issues[0]!.path).toMatch(/^scenarios\.0\.data\.models\.municipal-mvz\.horizonYears/);

    const notAPackage = await post(importRoute, orgB, editorB.cookie, { hello: "world" });
    expect(notAPackage.status).toBe(400);
    expect(JSON.stringify(await notAPackage.json())).toContain("Das ist kein Gemeindepaket des Versorgungslotsen.");
    expect(await everything(db.prisma)).toBe(before);
  });

  it("refuses other tenants: strangers, viewers, another town's organisation", async () => {
    const { pkg } = await exportFrom(orgA, editorA.cookie);
    const before = await everything(db.prisma);
    expect((await exportFrom(orgA, stranger.cookie)).response.status).toBe(404);
    expect((await exportFrom(orgA, editorB.cookie)).response.status).toBe(404);
    expect((await post(importRoute, orgA, stranger.cookie, pkg)).status).toBe(404);
    expect((await post(importRoute, orgA, editorB.cookie, pkg)).status).toBe(404);
    expect((await post(importRoute, orgB, viewerB.cookie, pkg)).status).toBe(403);
    const wrongTown = await post(importRoute, orgExtertal, editorExtertal.cookie, pkg);
    expect(wrongTown.status).toBe(400);
    expect(JSON.stringify(await wrongTown.json())).toContain("diese Organisation ist für sie nicht zuständig");
    expect(await everything(db.prisma)).toBe(before);
  });
});
