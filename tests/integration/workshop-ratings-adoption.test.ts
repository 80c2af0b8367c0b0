import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller, TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { closeSignals } from "@/lib/server/db/signals";
import { adoptWorkshopRatings, ratingsAdoption } from "@/lib/server/db/tenant/workshop-to-assessment";
import { saveAssessment, getAssessment } from "@/lib/server/db/tenant/assessments";
import { listAuditLog } from "@/lib/server/db/tenant/audit";
import { ConflictError } from "@/lib/server/db/tenant/errors";
import { addBlock, blockAction, createWorkshop } from "@/lib/server/db/tenant/workshops";
import { joinWorkshop, submitAnswer } from "@/lib/server/db/workshop-participation";
import { resultToStore } from "@/lib/server/use-cases/stored-result";
import { ratingsTemplate } from "@/lib/domain/workshop/templates";
import type { Role } from "@/lib/domain/permissions";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { getAuth } from "@/lib/server/auth/auth";
import * as adoptionRoute from "@/app/api/v1/organisations/[orgId]/workshops/[id]/blocks/[blockId]/ratings-adoption/route";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * The editor's confirmation of a workshop's ratings (issue 14) on both databases: the proposal names the answers that
 * would change and writes nothing; only editors and admins of the workshop's organisation see or confirm it (a
 * moderator, a viewer and another town are refused); the confirmation changes exactly the chosen answers in one write,
 * raises the version, recomputes the stored result with the rule-set version and audits it in German words; a stale
 * version is refused with both states (409) and changes nothing.
 */
describe.each(testDatabaseKinds)("workshop ratings into the self-assessment on %s", (kind) => {
  let db: TestDatabase;
  let orgId: string;
  let otherOrgId: string;
  const ctxs = new Map<string, TenantContext>();
  const as = (who: Role | "otherAdmin") => ctxs.get(who)!;
  const caller = (userId: string, org: string, role: Role): Caller => ({ userId, email: `${userId}@ws.test`, name: userId, emailVerified: true, platformOperator: false, roles: new Map([[org, role]]), grantedTowns: new Set() });
  // Weak expertise and resources in the self-check; the room rates expertise high (5) and resources low (1).
  const answers = { schemaVersion: 2, town: { name: "Dörentrup", ags: DOERENTRUP }, resources: { expertise: "none", investmentCapacity: "high", coordinationStaffTime: "dedicated", extraFunding: "secured" }, partners: { countyWilling: "no" } };
  let workshopId: string;
  let blockId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const roles: Role[] = ["ADMIN", "EDITOR", "MODERATOR", "VIEWER"];
    for (const id of [...roles, "otherAdmin"]) await db.prisma.user.create({ data: { id, email: `${id}@ws.test`, name: id === "EDITOR" ? "Erika Editor" : id, emailVerified: true } });
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, roles.map((role) => ({ userId: role, role })), { id: true });
    const other = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Extertal", municipalityAgs: EXTERTAL }, [{ userId: "otherAdmin", role: "ADMIN" }], { id: true });
    orgId = org.id;
    otherOrgId = other.id;
    for (const role of roles) ctxs.set(role, { prisma: db.prisma, caller: caller(role, orgId, role) });
    ctxs.set("otherAdmin", { prisma: db.prisma, caller: caller("otherAdmin", otherOrgId, "ADMIN") });

    await saveAssessment(as("EDITOR"), orgId, DOERENTRUP, { answers, status: "DRAFT", version: 0 } as never, await resultToStore(db.prisma, DOERENTRUP, answers));
    const w = await createWorkshop(as("MODERATOR"), orgId, { ags: DOERENTRUP, title: "Ratsklausur", date: "2026-12-10", retentionMonths: 12 });
    await db.prisma.workshop.update({ where: { id: w.id }, data: { codeExpiresAt: new Date(Date.now() + 86_400_000) } });
    workshopId = w.id;
    const block = await addBlock(as("MODERATOR"), orgId, w.id, ratingsTemplate());
    blockId = block.id;
    await blockAction(as("MODERATOR"), orgId, w.id, block.id, "open");
    for (const r of [{ expertise: 5, resources: 1 }, { expertise: 5, resources: 1 }, { expertise: 4, resources: "unknown" as const }]) {
      await submitAnswer(db.prisma, w.code, (await joinWorkshop(db.prisma, w.code)).participantId, block.id, { type: "ratings", ratings: r });
    }
  });
  afterAll(async () => {
    await closeSignals();
    await db?.close();
  });

  const assessmentRow = () => db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId }, select: { answers: true, version: true, result: true, ruleSetVersion: true } });

  it("refuses the proposal while the block is open, then shows the answers it would change without writing anything", async () => {
    await expect(ratingsAdoption(as("EDITOR"), orgId, workshopId, blockId)).rejects.toThrow("noch nicht geschlossen");
    await blockAction(as("MODERATOR"), orgId, workshopId, blockId, "close");
    const before = await assessmentRow();
    const view = await ratingsAdoption(as("EDITOR"), orgId, workshopId, blockId);
    expect(view.version).toBe(1);
    expect(view.categories.find((c) => c.category === "expertise")).toMatchObject({ roomN: 3, proposedScore: 92 });
    expect(view.categories.find((c) => c.category === "resources")).toMatchObject({ roomN: 2, proposedScore: 0 });
    const byField = new Map(view.changes.map((c) => [c.field, c]));
    // Expertise rated high: "none" → in-house; the county's willingness (also an expertise item) goes up too.
    expect(byField.get("resources.expertise")).toMatchObject({ current: "none", proposed: "in-house", categories: ["expertise"] });
    expect(byField.get("partners.countyWilling")).toMatchObject({ current: "no", proposed: "active" });
    // Resources rated 1: the high answers go down to their lowest value.
    expect(byField.get("resources.investmentCapacity")).toMatchObject({ current: "high", proposed: "none" });
    expect(byField.get("resources.investmentCapacity")!.currentLabel.length).toBeGreaterThan(1);
    expect(await assessmentRow()).toEqual(before);
  });

  it("only editors and admins of the workshop's organisation see or confirm it", async () => {
    for (const role of ["MODERATOR", "VIEWER"] as const) {
      await expect(ratingsAdoption(as(role), orgId, workshopId, blockId)).rejects.toMatchObject({ status: 403 });
      await expect(adoptWorkshopRatings(as(role), orgId, workshopId, blockId, { version: 1, fields: ["resources.expertise"] })).rejects.toMatchObject({ status: 403 });
    }
    // Another town's admin: the workshop does not exist for them (404), neither through their own organisation's id.
    await expect(ratingsAdoption(as("otherAdmin"), orgId, workshopId, blockId)).rejects.toMatchObject({ status: 404 });
    await expect(adoptWorkshopRatings(as("otherAdmin"), otherOrgId, workshopId, blockId, { version: 1, fields: ["resources.expertise"] })).rejects.toThrow("gibt es in diesem Workshop nicht");
    expect((await assessmentRow()).version).toBe(1);
    expect(await ratingsAdoption(as("ADMIN"), orgId, workshopId, blockId)).toMatchObject({ version: 1 });
  });

  it("takes exactly the chosen answers over in one write, recomputes the result and audits it in German", async () => {
    const before = await assessmentRow();
    await expect(adoptWorkshopRatings(as("EDITOR"), orgId, workshopId, blockId, { version: 1, fields: ["town.name"] })).rejects.toThrow("nicht im Vorschlag");
    const saved = await adoptWorkshopRatings(as("EDITOR"), orgId, workshopId, blockId, { version: 1, fields: ["resources.expertise", "resources.investmentCapacity"] });
    expect(saved).toMatchObject({ version: 2, changed: 2 });
    const after = await assessmentRow();
    const a = after.answers as typeof answers;
    expect(a.resources).toEqual({ ...answers.resources, expertise: "in-house", investmentCapacity: "none" });
    expect(a.partners).toEqual(answers.partners); // not chosen: unchanged
    expect(a.town).toEqual(answers.town);
    expect(after.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    const score = (row: typeof after, category: string) => (row.result as { readiness: Array<{ category: string; score: number }> }).readiness.find((r) => r.category === category)!.score;
    expect(score(after, "expertise")).toBeGreaterThan(score(before, "expertise"));
    expect(score(after, "resources")).toBeLessThan(score(before, "resources"));
    expect((await getAssessment(as("VIEWER"), orgId, DOERENTRUP)).version).toBe(2);

    const entry = (await listAuditLog(as("ADMIN"), orgId)).find((e) => e.action === "assessment.workshopRatings")!;
    expect(entry.actor?.name).toBe("Erika Editor");
    expect(entry.summary).toContain("Selbsteinschätzung für Dörentrup aus den Bewertungen des Workshops „Ratsklausur“ übernommen");
    expect(entry.summary).toContain("2 Antworten geändert");
    expect(entry.summary).toContain("Version 2");
    expect(entry.summary).toContain(`Regelwerk ${after.ruleSetVersion}`);

    // The proposal is now computed from the new answers: what was taken over is no longer proposed.
    const next = await ratingsAdoption(as("EDITOR"), orgId, workshopId, blockId);
    expect(next.version).toBe(2);
    expect(next.changes.map((c) => c.field)).not.toContain("resources.expertise");
    expect(next.changes.map((c) => c.field)).toContain("partners.countyWilling");
  });

  it("a stale version (someone saved meanwhile) → 409 with the current assessment and the submitted choice; nothing changes", async () => {
    const view = await ratingsAdoption(as("EDITOR"), orgId, workshopId, blockId); // version 2
    const current = await getAssessment(as("ADMIN"), orgId, DOERENTRUP);
    await saveAssessment(as("ADMIN"), orgId, DOERENTRUP, { answers: { ...(current.answers as object), goals: { prevention: "high" } }, status: "DRAFT", version: current.version } as never);
    const before = await assessmentRow();
    const error = await adoptWorkshopRatings(as("EDITOR"), orgId, workshopId, blockId, { version: view.version, fields: ["partners.countyWilling"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const details = (error as ConflictError).details as { current: { version: number; answers: { goals: unknown } }; submitted: { version: number; fields: string[]; changes: unknown[] } };
    expect(details.current.version).toBe(3);
    expect(details.current.answers.goals).toEqual({ prevention: "high" });
    expect(details.submitted).toMatchObject({ version: 2, fields: ["partners.countyWilling"], changes: [{ field: "partners.countyWilling", from: "no", to: "active" }] });
    expect(await assessmentRow()).toEqual(before);
    expect((await listAuditLog(as("ADMIN"), orgId)).filter((e) => e.action === "assessment.workshopRatings")).toHaveLength(1);
  });

  it("two editors confirming at once: exactly one write wins, the other gets the conflict", async () => {
    const { version } = await ratingsAdoption(as("EDITOR"), orgId, workshopId, blockId);
    const results = await Promise.allSettled([
      adoptWorkshopRatings(as("EDITOR"), orgId, workshopId, blockId, { version, fields: ["partners.countyWilling"] }),
      adoptWorkshopRatings(as("ADMIN"), orgId, workshopId, blockId, { version, fields: ["partners.countyWilling"] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await assessmentRow()).version).toBe(version + 1);
  });

  it("through the route with real sessions: editors and admins only (403 for the others, 404 for another town, 401 without a session), 409 with both states", async () => {
    const auth = await getAuth();
    const cookies = new Map<string, string>();
    for (const role of ["ADMIN", "EDITOR", "MODERATOR", "VIEWER"] as const) {
      const { cookie, userId } = await signUp(auth, `route-${role.toLowerCase()}@ws.test`);
      await db.prisma.membership.create({ data: { organisationId: orgId, userId, role } });
      cookies.set(role, cookie);
    }
    const other = await signUp(auth, "route-other@ws.test");
    await db.prisma.membership.create({ data: { organisationId: otherOrgId, userId: other.userId, role: "ADMIN" } });
    cookies.set("otherAdmin", other.cookie);
    const path = `/api/v1/organisations/${orgId}/workshops/${workshopId}/blocks/${blockId}/ratings-adoption`;
    const params = { orgId, id: workshopId, blockId };
    const get = (cookie?: string) => call(adoptionRoute.GET, "GET", path, params, { cookie });
    const post = (body: unknown, cookie?: string) => call(adoptionRoute.POST, "POST", path, params, { cookie, body });

    const view = ((await (await get(cookies.get("EDITOR"))).json()) as { data: { version: number; changes: Array<{ field: string }> } }).data;
    expect(view.changes.length).toBeGreaterThan(0);
    const body = { version: view.version, fields: [view.changes[0]!.field] };
    const before = await snapshotTenantData(db.prisma);
    for (const [who, status] of [["MODERATOR", 403], ["VIEWER", 403], ["otherAdmin", 404], [undefined, 401]] as const) {
      expect((await get(who && cookies.get(who))).status, `GET as ${who}`).toBe(status);
      expect((await post(body, who && cookies.get(who))).status, `POST as ${who}`).toBe(status);
    }
    expect(await snapshotTenantData(db.prisma)).toBe(before);
    // Unknown fields are refused (strict input), in German.
    const strict = await post({ ...body, extra: 1 }, cookies.get("ADMIN"));
    expect(strict.status).toBe(400);
    expect((await get(cookies.get("ADMIN"))).status).toBe(200);

    const saved = await post(body, cookies.get("EDITOR"));
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { data: { version: number } }).data.version).toBe(view.version + 1);
    const stale = await post(body, cookies.get("ADMIN"));
    expect(stale.status).toBe(409);
    const conflict = ((await stale.json()) as { error: { code: string; current: { version: number }; submitted: { version: number; fields: string[] } } }).error;
    expect(conflict).toMatchObject({ code: "conflict", current: { version: view.version + 1 }, submitted: { version: view.version, fields: body.fields } });
  });
});
