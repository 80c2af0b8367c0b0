import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/organisations/[orgId]/town-package/[ags]/route";
import * as importRoute from "@/app/api/v1/organisations/[orgId]/town-package/route";
import * as previewRoute from "@/app/api/v1/organisations/[orgId]/town-package/preview/route";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TownPackage } from "@/lib/domain/schemas/town-package";
import type { TenantContext } from "@/lib/server/auth/guard";
import { workshopResults } from "@/lib/server/db/tenant/workshops";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { fillTown } from "../support/town-fixture";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * Every row the town package carries, for one organisation and town, without what identifies the row itself (ids,
 * owning organisation, creation times, join codes and presenter links): equal for two organisations means the same
 * data. Versions are compared too (an import keeps them). Workshops: the workshop, its blocks and the aggregate each
 * block shows (raw answers never travel; a restored block holds its kept aggregate, as after retention).
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
    providers: providers.map(({ id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, doctors, ...p }) => ({
      ...p,
      doctors: doctors.map(({ id: _d, providerId: _p, ...d }) => d),
    })),
    assessment: assessment && { answers: assessment.answers, status: assessment.status, ruleSetVersion: assessment.ruleSetVersion, result: assessment.result, version: assessment.version },
    scenarios: scenarios.map((s) => ({ name: s.name, assumptions: s.assumptions, knowledgeVersion: s.knowledgeVersion, version: s.version })),
    planVersion: plan?.version,
    plan: plan?.items.map(({ id: _i, planId: _p, createdAt: _c, updatedAt: _u, statusHistory, ownerMembershipId, ownerText, ...item }) => ({
      ...item,
      ...(options.ownerAsText
        ? { owner: ownerText ?? (ownerMembershipId ? members.get(ownerMembershipId) : null) }
        : { ownerMembershipId, ownerText }),
      history: statusHistory.map((h) => ({ status: h.status, changedAt: h.changedAt })),
    })),
    workshops: await workshopRows(prisma, organisationId, ags),
  };
}

async function workshopRows(prisma: PrismaClient, organisationId: string, ags: string) {
  const workshops = await prisma.workshop.findMany({ where: { organisationId, municipalityAgs: ags }, orderBy: [{ date: "asc" }, { title: "asc" }], include: { blocks: { orderBy: { position: "asc" } } } });
  const viewer: TenantContext = { prisma, caller: { userId: "rows", email: "rows@package.test", name: "rows", emailVerified: true, platformOperator: false, roles: new Map([[organisationId, "VIEWER"]]), grantedTowns: new Set() } };
  return Promise.all(
    workshops.map(async (w) => {
      const results = await workshopResults(viewer, organisationId, w.id);
      return {
        title: w.title,
        date: w.date,
        status: w.status,
        retentionMonths: w.retentionMonths,
        participants: results.participants,
        blocks: w.blocks.map((b, i) => {
          const r = results.blocks[i]!;
          return { type: b.type, position: b.position, status: b.status, config: b.config, openedAt: b.openedAt, closedAt: b.closedAt, overall: r.overall, byRole: r.byRole, n: r.n, paper: r.paper, suppressed: r.suppressed };
        }),
      };
    }),
  );
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
    const a = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: editorA.userId, role: "EDITOR" }], { id: true, memberships: true });
    orgA = a.id;
    orgB = (
      await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup (neu)", municipalityAgs: DOERENTRUP }, [{ userId: editorB.userId, role: "EDITOR" }, { userId: viewerB.userId, role: "VIEWER" }], { id: true })
    ).id;
    orgExtertal = (
      await insertOrganisation(db.prisma, { kind: "TOWN", name: "Extertal", municipalityAgs: EXTERTAL }, [{ userId: editorExtertal.userId, role: "EDITOR" }], { id: true })
    ).id;
    await fillTown(db.prisma, orgA, DOERENTRUP, { ownerMembershipId: a.memberships[0]!.id });
    // Rows edited a few times: the versions an import must keep.
    const where = { organisationId: orgA, municipalityAgs: DOERENTRUP };
    await db.prisma.provider.updateMany({ where, data: { version: 4 } });
    await db.prisma.assessment.updateMany({ where, data: { version: 7 } });
    await db.prisma.scenario.updateMany({ where, data: { version: 3 } });
    await db.prisma.actionPlan.updateMany({ where, data: { version: 5 } });
    await db.prisma.actionPlanItem.updateMany({ where: { plan: where }, data: { version: 2 } });
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
    expect(pkg).toMatchObject({ kind: "versorgungslotse.gemeindepaket", schemaVersion: 2, town: { ags: DOERENTRUP }, assessment: { version: 7 }, plan: { version: 5 } });
    expect(pkg!.providers).toHaveLength(3);
    expect(pkg!.workshops[0]!.blocks[0]!.lines.map((l) => l.label)).toEqual(["Kommunales MVZ", "Gesundheitsnetzwerk"]);

    const before = await everything(db.prisma);
    const preview = await post(previewRoute, orgB, editorB.cookie, pkg);
    expect(preview.status).toBe(200);
    expect((await preview.json()).data).toMatchObject({
      incoming: { providers: 3, doctors: 4, assessment: true, scenarios: 1, planItems: 3, workshops: 1 },
      replaced: { providers: 0, assessment: false, scenarios: 0, planItems: 0 },
      workshops: { restored: 1, alreadyThere: 0, notRestorable: 0 },
      notes: expect.arrayContaining(["Jeder Eintrag behält seinen Versionsstand aus der Datei.", expect.stringContaining("1 Workshop wird als beendeter Workshop")]),
    });
    expect(await everything(db.prisma)).toBe(before);

    const imported = await post(importRoute, orgB, editorB.cookie, pkg);
    expect(imported.status).toBe(200);
    const rowsB = await townRows(db.prisma, orgB, DOERENTRUP, { ownerAsText: true });
    const rowsA = await townRows(db.prisma, orgA, DOERENTRUP, { ownerAsText: true });
    // The workshop comes back ended (its code expired), with the same blocks and the same numbers.
    expect(rowsA.workshops[0]!.status).toBe("ENDED");
    expect(rowsB.workshops[0]!.blocks[0]!.overall).toMatchObject({ type: "choice", result: { counts: { netz: 3, mvz: 2 }, n: 5 } });
    expect(rowsB).toEqual(rowsA);
    expect(rowsB.assessment!.version).toBe(7);
    const restored = await db.prisma.workshop.findFirstOrThrow({ where: { organisationId: orgB } });
    expect(restored.codeExpiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await db.prisma.workshopAnswer.count({ where: { block: { workshopId: restored.id } } })).toBe(0);
    expect(await db.prisma.workshopParticipant.count({ where: { workshopId: restored.id } })).toBe(0);
    // Exported again from B: the same package (apart from where and when it was made).
    const again = (await exportFrom(orgB, editorB.cookie)).pkg!;
    const strip = (p: TownPackage) => ({ ...p, exportedAt: "", origin: null, plan: p.plan && { ...p.plan, items: p.plan.items.map((i) => ({ ...i, ownerMembershipId: null, ownerName: null, ownerText: i.ownerText ?? i.ownerName })) } });
    expect(strip(again)).toEqual(strip(pkg!));
    const audit = await db.prisma.auditLog.findFirst({ where: { organisationId: orgB, action: "townPackage.import" } });
    expect(audit?.actorId).toBe(editorB.userId);

    // A second import into B: the workshop is there already (not doubled); the assessment's version moves past the
    // stored one, so an editor's form still open on the old fassung cannot overwrite the import (said in the preview).
    const second = await post(previewRoute, orgB, editorB.cookie, pkg);
    expect((await second.json()).data).toMatchObject({ workshops: { restored: 0, alreadyThere: 1 }, notes: expect.arrayContaining([expect.stringContaining("Version 8 statt 7")]) });
    expect((await post(importRoute, orgB, editorB.cookie, pkg)).status).toBe(200);
    expect(await db.prisma.workshop.count({ where: { organisationId: orgB } })).toBe(1);
    expect((await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgB } })).version).toBe(8);
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

  it("still reads a version-1 file: versions start at 1, its workshops are shown, not restored (said in the preview)", async () => {
    const { pkg } = await exportFrom(orgA, editorA.cookie);
    const v1 = structuredClone(pkg!) as unknown as Record<string, unknown> & TownPackage;
    (v1 as { schemaVersion: number }).schemaVersion = 1;
    const drop = <T extends object>(o: T, ...keys: string[]) => keys.forEach((k) => delete (o as Record<string, unknown>)[k]);
    v1.providers.forEach((p) => drop(p, "version"));
    drop(v1.assessment!, "version");
    v1.scenarios.forEach((sc) => drop(sc, "version"));
    drop(v1.plan!, "version");
    v1.plan!.items.forEach((i) => drop(i, "version"));
    v1.workshops.forEach((w) => {
      drop(w, "retentionMonths");
      w.blocks.forEach((b) => drop(b, "position", "config", "status", "openedAt", "closedAt", "paper", "suppressed", "overall", "byRole"));
    });
    const orgC = (await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup (alt)", municipalityAgs: DOERENTRUP }, [{ userId: editorB.userId, role: "EDITOR" }], { id: true })).id;
    const preview = await post(previewRoute, orgC, editorB.cookie, v1);
    expect(preview.status).toBe(200);
    expect((await preview.json()).data).toMatchObject({
      workshops: { restored: 0, notRestorable: 1 },
      notes: expect.arrayContaining([expect.stringContaining("Paketversion 1 (ohne Versionsstände)"), expect.stringContaining("nur angezeigt, nicht wiederhergestellt")]),
    });
    expect((await post(importRoute, orgC, editorB.cookie, v1)).status).toBe(200);
    const rows = await townRows(db.prisma, orgC, DOERENTRUP);
    expect(rows.assessment!.version).toBe(1);
    expect(rows.providers.every((p) => p.version === 1)).toBe(true);
    expect(rows.workshops).toEqual([]);
    await db.prisma.organisation.delete({ where: { id: orgC } });
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
