import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as planRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/route";
import * as itemsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/route";
import * as itemRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/[itemId]/route";
import * as orderRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/order/route";
import * as csvRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/plan.csv/route";
import * as icsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/plan.ics/route";
import { addPlanItems, listPlanHistory, listPlanSummaries } from "@/lib/server/db/tenant/action-plans";
import { readCsv } from "@/lib/domain/csv/parse";
import { loadCaller } from "@/lib/server/auth/guard";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";
import { storedRecommendation } from "../support/stored-result";

/**
 * The action plan (issue 15) through its routes on both databases: create (own, catalogue and engine items),
 * reorder, status changes with their dates, concurrent edits → 409 with both values, cross-tenant refusal, CSV and
 * ICS downloads.
 */
describe.each(testDatabaseKinds)("action plan on %s", (kind) => {
  let db: TestDatabase;
  let anna: string;
  let ben: string;
  let viewer: string;
  let outsider: string;
  let annaId: string;
  let orgId: string;
  let otherOrgId: string;
  let annaMembership: string;
  const base = () => `/api/v1/organisations/${orgId}/plans/${DOERENTRUP}`;
  const params = () => ({ orgId, ags: DOERENTRUP });
  const itemParams = (itemId: string) => ({ ...params(), itemId });
  type Item = { id: string; title: string; version: number; status: string; position: number; ownerLabel: string | null; citations: unknown; history: Array<{ status: string }>; addressesFactor: string | null };
  const readPlan = async (cookie = anna) => (await (await call(planRoute.GET, "GET", base(), params(), { cookie })).json()).data as { version: number; exists: boolean; items: Item[] };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    const a = await signUp(auth, "anna@plan.test", "Anna Amt");
    const b = await signUp(auth, "ben@plan.test", "Ben");
    const v = await signUp(auth, "vera@plan.test", "Vera");
    const o = await signUp(auth, "otto@plan.test", "Otto");
    [anna, ben, viewer, outsider, annaId] = [a.cookie, b.cookie, v.cookie, o.cookie, a.userId];
    const organisation = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: a.userId, role: "EDITOR" }, { userId: b.userId, role: "ADMIN" }, { userId: v.userId, role: "VIEWER" }], { id: true, memberships: true });
    orgId = organisation.id;
    annaMembership = organisation.memberships.find((m) => m.userId === a.userId)!.id;
    const other = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Extertal", municipalityAgs: EXTERTAL }, [{ userId: o.userId, role: "ADMIN" }], { id: true });
    otherOrgId = other.id;
    // A saved assessment whose engine result proposes two catalogue measures.
    await db.prisma.assessment.create({
      data: {
        organisationId: orgId,
        municipalityAgs: DOERENTRUP,
        answers: { town: { name: "Dörentrup" } },
        result: storedRecommendation({ nextMeasures: [{ slug: "digitale-anlaufstelle-mediziner", title: "x", closesGaps: ["supply"], gapWeight: 40 }, { slug: "messe-gesundheitsberufe", title: "y", closesGaps: ["supply", "networking"], gapWeight: 30 }] }),
      },
    });
  });
  afterAll(async () => db?.close());

  it("creates the plan with the first item, takes engine and catalogue measures with their citation, refuses a duplicate", async () => {
    expect(await readPlan()).toMatchObject({ exists: false, version: 0, items: [] });
    const first = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), {
      cookie: anna,
      body: { title: "Praxisräume im Rathaus prüfen", ownerText: "Bauamt", startDate: "2027-01-01", dueDate: "2027-06-30", estimatedCostEuro: 12500, planVersion: 0 },
    });
    expect(first.status, await first.clone().text()).toBe(201);
    expect((await first.json()).data.plan).toMatchObject({ version: 1, exists: true });

    const engine = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: anna, body: { source: "engine", sourceRef: "digitale-anlaufstelle-mediziner", ownerMembershipId: annaMembership, dueDate: "2026-03-31", planVersion: 1 } });
    expect(engine.status, await engine.clone().text()).toBe(201);
    const catalogue = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: anna, body: { source: "catalogue", sourceRef: "gesunde-staedte-netzwerk", planVersion: 2 } });
    expect(catalogue.status).toBe(201);

    const plan = await readPlan();
    expect(plan.version).toBe(3);
    expect(plan.items.map((i) => [i.position, i.ownerLabel])).toEqual([[1, "Bauamt"], [2, "Anna Amt"], [3, null]]);
    expect(plan.items[1]).toMatchObject({ addressesFactor: "supply", status: "geplant", history: [{ status: "geplant" }] });
    expect(plan.items[1]!.title.length).toBeGreaterThan(3);
    expect(plan.items[2]!.citations).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "source" })]));

    // Not proposed by the saved assessment → 400; already in the plan → 409; nothing changes.
    const before = await snapshotTenantData(db.prisma);
    const notProposed = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: anna, body: { source: "engine", sourceRef: "gesunde-staedte-netzwerk", planVersion: 3 } });
    expect(notProposed.status).toBe(400);
    const duplicate = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: anna, body: { source: "catalogue", sourceRef: "digitale-anlaufstelle-mediziner", planVersion: 3 } });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.reason).toBe("already_in_plan");
    const unknownField = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: anna, body: { title: "x", planVersion: 3, prio: 1 } });
    expect(unknownField.status).toBe(400);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("reorders by priority; a stale plan version → 409 with both orders", async () => {
    const plan = await readPlan();
    const reversed = plan.items.map((i) => i.id).reverse();
    const ok = await call(orderRoute.PUT, "PUT", `${base()}/order`, params(), { cookie: anna, body: { version: plan.version, itemIds: reversed } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()).data.items as Item[]).map((i) => i.id)).toEqual(reversed);

    const stale = await call(orderRoute.PUT, "PUT", `${base()}/order`, params(), { cookie: ben, body: { version: plan.version, itemIds: plan.items.map((i) => i.id) } });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect((body.error.current.items as Item[]).map((i) => i.id)).toEqual(reversed);
    expect(body.error.submitted.itemIds).toEqual(plan.items.map((i) => i.id));

    const incomplete = await call(orderRoute.PUT, "PUT", `${base()}/order`, params(), { cookie: anna, body: { version: plan.version + 1, itemIds: reversed.slice(1) } });
    expect(incomplete.status).toBe(400);
    expect((await readPlan()).items.map((i) => i.id)).toEqual(reversed);
  });

  it("changes status with its date; two editors on one item → the second gets 409 with both values", async () => {
    const item = (await readPlan()).items.find((i) => i.title === "Praxisräume im Rathaus prüfen")!;
    const path = `${base()}/items/${item.id}`;
    const first = await call(itemRoute.PATCH, "PATCH", path, itemParams(item.id), { cookie: anna, body: { version: item.version, status: "erledigt", ownerText: "Bauamt und Kämmerei" } });
    expect(first.status, await first.clone().text()).toBe(200);
    const saved = (await first.json()).data;
    expect(saved).toMatchObject({ version: 2, status: "erledigt", history: [{ status: "geplant" }, { status: "erledigt" }] });
    expect(new Date(saved.statusChangedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const second = await call(itemRoute.PATCH, "PATCH", path, itemParams(item.id), { cookie: ben, body: { version: item.version, status: "zurueckgestellt", notes: "Ben" } });
    expect(second.status).toBe(409);
    const body = await second.json();
    expect(body.error.current).toMatchObject({ version: 2, status: "erledigt", ownerText: "Bauamt und Kämmerei" });
    expect(body.error.submitted).toMatchObject({ version: 1, status: "zurueckgestellt", notes: "Ben" });
    const stored = await db.prisma.actionPlanItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ status: "erledigt", version: 2, notes: null });

    const badDates = await call(itemRoute.PATCH, "PATCH", path, itemParams(item.id), { cookie: anna, body: { version: 2, startDate: "2028-01-01" } });
    expect(badDates.status).toBe(400);

    const ctx = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: annaId, email: "anna@plan.test", name: "Anna Amt" }) };
    const history = await listPlanHistory(ctx, orgId, DOERENTRUP);
    expect(history[0]!.summary_de).toBe("Maßnahme „Praxisräume im Rathaus prüfen“: Status: geplant → erledigt; Zuständig: Bauamt → Bauamt und Kämmerei");
    expect(history.map((h) => h.summary_de)).toContain("Maßnahmenplan angelegt");
    expect(history[0]!.actorName).toBe("Anna Amt");
  });

  it("viewers read but do not write; another town's admin gets 404; nothing changes", async () => {
    const plan = await readPlan(viewer);
    expect(plan.items).toHaveLength(3);
    const before = await snapshotTenantData(db.prisma);
    const write = await call(itemsRoute.POST, "POST", `${base()}/items`, params(), { cookie: viewer, body: { title: "x", planVersion: plan.version } });
    expect(write.status).toBe(403);
    expect((await call(planRoute.GET, "GET", base(), params(), { cookie: outsider })).status).toBe(404);
    const id = plan.items[0]!.id;
    expect((await call(itemRoute.PATCH, "PATCH", `${base()}/items/${id}`, itemParams(id), { cookie: outsider, body: { version: 1, title: "fremd" } })).status).toBe(404);
    expect((await call(itemRoute.DELETE, "DELETE", `${base()}/items/${id}`, itemParams(id), { cookie: outsider })).status).toBe(404);
    // The other town's admin addressing the item through their own organisation: not there.
    const viaOwn = { orgId: otherOrgId, ags: EXTERTAL, itemId: id };
    const foreign = await call(itemRoute.PATCH, "PATCH", `/api/v1/organisations/${otherOrgId}/plans/${EXTERTAL}/items/${id}`, viaOwn, { cookie: outsider, body: { version: 1, title: "fremd" } });
    expect(foreign.status).toBe(404);
    // A town's plan for another town's AGS does not exist.
    expect((await call(planRoute.GET, "GET", `/api/v1/organisations/${orgId}/plans/${EXTERTAL}`, { orgId, ags: EXTERTAL }, { cookie: anna })).status).toBe(404);
    expect((await call(csvRoute.GET, "GET", `${base()}/plan.csv`, params(), { cookie: outsider })).status).toBe(404);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("downloads the plan as German CSV and the open due dates as iCalendar", async () => {
    const response = await call(csvRoute.GET, "GET", `${base()}/plan.csv`, params(), { cookie: viewer });
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, so Excel reads the umlauts
    const text = new TextDecoder().decode(bytes);
    const rows = readCsv(text, ";").map((r) => r.fields);
    expect(rows[0]!.slice(0, 3)).toEqual(["Priorität", "Maßnahme", "Status"]);
    const own = rows.find((r) => r[1] === "Praxisräume im Rathaus prüfen")!;
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(own[col("Status")]).toBe("erledigt");
    expect(own[col("Fällig")]).toBe("30.06.2027");
    expect(own[col("Geschätzte Kosten (Euro)")]).toBe("12.500");
    expect(own[col("Zuständig")]).toBe("Bauamt und Kämmerei");
    const engine = rows.find((r) => r[col("Herkunft")] === "Vorschlag der Selbsteinschätzung")!;
    expect(engine[col("Überfällig")]).toBe("ja"); // due 2026-03-31, still open
    expect(rows.find((r) => r[col("Herkunft")] === "Maßnahmenkatalog")![col("Quelle")]).toMatch(/KommKom|Lösungsansätze/);

    const ics = await (await call(icsRoute.GET, "GET", `${base()}/plan.ics`, params(), { cookie: viewer })).text();
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260331\r\n");
    expect(ics).not.toContain("20270630"); // the done item has nothing left to be due
  });

  it("addPlanItems adds several at once (all or nothing) and the summary counts done and overdue", async () => {
    const ctx = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: annaId, email: "anna@plan.test", name: "Anna Amt" }) };
    const before = await snapshotTenantData(db.prisma);
    await expect(
      addPlanItems(ctx, orgId, DOERENTRUP, [
        { title: "Idee aus dem Workshop", source: "workshop", sourceRef: "block-1" },
        { source: "catalogue", sourceRef: "gibt-es-nicht" },
      ]),
    ).rejects.toThrow(/gibt es im Katalog nicht/);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
    const { added, plan } = await addPlanItems(ctx, orgId, DOERENTRUP, [
      { title: "Idee aus dem Workshop", source: "workshop", sourceRef: "block-1" },
      { title: "Zweite Idee", source: "workshop", sourceRef: "block-1" },
    ]);
    expect(added.map((i) => i.position)).toEqual([4, 5]);
    expect(plan.items).toHaveLength(5);
    const [summary] = await listPlanSummaries(ctx, orgId, "2026-12-02");
    expect(summary).toMatchObject({ ags: DOERENTRUP, total: 5, done: 1, overdue: 1 });
    // Deleting an item bumps the plan version.
    const id = added[1]!.id;
    expect((await call(itemRoute.DELETE, "DELETE", `${base()}/items/${id}`, itemParams(id), { cookie: anna })).status).toBe(204);
    expect((await readPlan()).version).toBe(plan.version + 1);
  });
});
