import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessError, type Caller, type TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { closeSignals } from "@/lib/server/db/signals";
import { addBlock, blockAction, createWorkshop, rotatePresenterToken, workshopCounts, workshopForMember, workshopForPresenter } from "@/lib/server/db/tenant/workshops";
import { joinWorkshop, submitAnswer } from "@/lib/server/db/workshop-participation";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { DOERENTRUP, seedTerritory } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/** The moderator pages' data functions (issue 14): presenter link rotation, the control view's counts, tenancy. */
describe.each(testDatabaseKinds)("workshop moderation on %s", (kind) => {
  let db: TestDatabase;
  let moderator: TenantContext;
  let viewer: TenantContext;
  let stranger: TenantContext;
  let orgId: string;

  const callerFor = (userId: string, roles: Array<[string, "MODERATOR" | "VIEWER"]>): Caller => ({ userId, email: `${userId}@ws.test`, name: userId, emailVerified: true, platformOperator: false, roles: new Map(roles), grantedTowns: new Set() });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    for (const id of ["mod", "view", "other"]) await db.prisma.user.create({ data: { id, email: `${id}@ws.test`, name: id, emailVerified: true } });
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: "mod", role: "MODERATOR" }, { userId: "view", role: "VIEWER" }], { id: true });
    const otherOrg = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Anderswo", municipalityAgs: DOERENTRUP }, [{ userId: "other", role: "MODERATOR" }], { id: true });
    orgId = org.id;
    moderator = { prisma: db.prisma, caller: callerFor("mod", [[org.id, "MODERATOR"]]) };
    viewer = { prisma: db.prisma, caller: callerFor("view", [[org.id, "VIEWER"]]) };
    stranger = { prisma: db.prisma, caller: callerFor("other", [[otherOrg.id, "MODERATOR"]]) };
  });
  afterAll(async () => {
    await closeSignals();
    await db?.close();
  });

  it("a new presenter link replaces the old one; a token opens only its own workshop", async () => {
    const workshop = await createWorkshop(moderator, orgId, { ags: DOERENTRUP, title: "Runder Tisch", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    const second = await createWorkshop(moderator, orgId, { ags: DOERENTRUP, title: "Bürgerabend", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    expect(await workshopForPresenter(db.prisma, workshop.id, workshop.presenterToken)).toMatchObject({ id: workshop.id, code: workshop.code });
    expect(await workshopForPresenter(db.prisma, second.id, workshop.presenterToken)).toBeNull();
    expect(await workshopForPresenter(db.prisma, workshop.id, "")).toBeNull();

    const fresh = await rotatePresenterToken(moderator, orgId, workshop.id);
    expect(fresh).not.toBe(workshop.presenterToken);
    expect(await workshopForPresenter(db.prisma, workshop.id, workshop.presenterToken)).toBeNull();
    expect(await workshopForPresenter(db.prisma, workshop.id, fresh)).toMatchObject({ id: workshop.id });
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: workshop.id, action: "workshop.presenterLink" } });
    expect(audit).toHaveLength(1);
  });

  it("the control view counts joined participants and answers per block", async () => {
    const workshop = await createWorkshop(moderator, orgId, { ags: DOERENTRUP, title: "Ratsklausur", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    const options = [{ key: "netz", label: "Netzwerk" }, { key: "mvz", label: "Kommunales MVZ" }];
    const first = await addBlock(moderator, orgId, workshop.id, { type: "singleChoice", prompt: "Welches Modell?", options });
    const second = await addBlock(moderator, orgId, workshop.id, { type: "singleChoice", prompt: "Und danach?", options });
    await blockAction(moderator, orgId, workshop.id, first.id, "open");
    const people = await Promise.all([1, 2, 3].map(() => joinWorkshop(db.prisma, workshop.code)));
    await submitAnswer(db.prisma, workshop.code, people[0]!.participantId, first.id, { type: "singleChoice", choice: "netz" });
    await submitAnswer(db.prisma, workshop.code, people[1]!.participantId, first.id, { type: "singleChoice", choice: "mvz" });
    await submitAnswer(db.prisma, workshop.code, people[1]!.participantId, first.id, { type: "singleChoice", choice: "mvz" });
    const counts = await workshopCounts(viewer, orgId, workshop.id);
    expect(counts.participants).toBe(3);
    expect(counts.answered[first.id]).toBe(2);
    expect(counts.answered[second.id]).toBeUndefined();
  });

  it("refuses a viewer a new presenter link and another organisation's moderator everything", async () => {
    const workshop = await createWorkshop(moderator, orgId, { ags: DOERENTRUP, title: "Geheim", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    await expect(rotatePresenterToken(viewer, orgId, workshop.id)).rejects.toBeInstanceOf(AccessError);
    await expect(rotatePresenterToken(stranger, orgId, workshop.id)).rejects.toBeInstanceOf(AccessError);
    await expect(workshopCounts(stranger, orgId, workshop.id)).rejects.toBeInstanceOf(AccessError);
    expect(await workshopForPresenter(db.prisma, workshop.id, workshop.presenterToken)).not.toBeNull();
  });

  it("the presentation view opens for members of the organisation (session), not for others or signed-out visitors", async () => {
    const workshop = await createWorkshop(moderator, orgId, { ags: DOERENTRUP, title: "Beamer", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    expect(await workshopForMember(moderator, workshop.id)).toMatchObject({ id: workshop.id, code: workshop.code, title: "Beamer", organisationId: orgId, municipalityAgs: DOERENTRUP });
    expect(await workshopForMember(viewer, workshop.id)).toMatchObject({ id: workshop.id });
    expect(await workshopForMember(stranger, workshop.id)).toBeNull();
    expect(await workshopForMember({ prisma: db.prisma, caller: null }, workshop.id)).toBeNull();
    expect(await workshopForMember(moderator, "gibt-es-nicht")).toBeNull();
  });
});
