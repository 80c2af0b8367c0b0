import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as planRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/route";
import * as itemsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/route";
import * as itemRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/[itemId]/route";
import * as csvRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/plan.csv/route";
import * as icsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/plan.ics/route";
import { listPlanHistory, listPlanSummaries } from "@/lib/server/db/tenant/action-plans";
import { loadCaller } from "@/lib/server/auth/guard";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, LIPPE, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { createCountyOrganisation, createTownOrganisation, grantCountyAccess } from "../support/factories";

/**
 * The county's own measures plan (issue 17) on both databases: the plan resource with the Kreis as its scope
 * (`/plans/{kreisKey}`), kept apart from the county's plans for single towns; only the county organisation of that
 * Kreis keeps it, a town (even one that granted the county access) cannot read or write it.
 */
describe.each(testDatabaseKinds)("county plan on %s", (kind) => {
  let db: TestDatabase;
  let editor: string;
  let viewer: string;
  let townAdmin: string;
  let countyId: string;
  let otherCountyId: string;
  let townId: string;
  const params = (orgId = countyId, key: string = LIPPE) => ({ orgId, ags: key });
  const path = (orgId = countyId, key: string = LIPPE) => `/api/v1/organisations/${orgId}/plans/${key}`;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    await db.prisma.kreis.create({ data: { key: "05774", name: "Paderborn", seat: "Paderborn", typeCode: 44, landCode: "05", referenceDate: new Date("2024-12-31") } });
    const auth = await getAuth();
    const e = await signUp(auth, "eva@kreis.test", "Eva Kreis");
    const v = await signUp(auth, "vera@kreis.test", "Vera");
    const t = await signUp(auth, "tom@town.test", "Tom");
    [editor, viewer, townAdmin] = [e.cookie, v.cookie, t.cookie];
    countyId = (await createCountyOrganisation(db.prisma, [[e, "EDITOR"], [v, "VIEWER"]])).id;
    otherCountyId = (await createCountyOrganisation(db.prisma, [[e, "ADMIN"]], { name: "Kreis Paderborn", kreisKey: "05774" })).id;
    townId = (await createTownOrganisation(db.prisma, [[t, "ADMIN"]])).id;
    // The town granted the county access: that opens the town's data to the county, never the county's plan to the town.
    await grantCountyAccess(db.prisma, townId, countyId);
  });
  afterAll(async () => db?.close());

  it("keeps the county's own plan for the Kreis: create, read, edit, CSV and calendar under the Kreis's name", async () => {
    const empty = await call(planRoute.GET, "GET", path(), params(), { cookie: editor });
    expect(empty.status).toBe(200);
    expect((await empty.json()).data).toMatchObject({ exists: false, version: 0, ags: null, kreisKey: LIPPE, items: [] });

    const added = await call(itemsRoute.POST, "POST", `${path()}/items`, params(), {
      cookie: editor,
      body: { title: "Koordinierungsstelle Hausarztversorgung einrichten", ownerText: "Gesundheitsamt", dueDate: "2027-03-31", planVersion: 0 },
    });
    expect(added.status, await added.clone().text()).toBe(201);
    const catalogue = await call(itemsRoute.POST, "POST", `${path()}/items`, params(), { cookie: editor, body: { source: "catalogue", sourceRef: "messe-gesundheitsberufe", planVersion: 1 } });
    expect(catalogue.status, await catalogue.clone().text()).toBe(201);

    const plan = (await (await call(planRoute.GET, "GET", path(), params(), { cookie: viewer })).json()).data;
    expect(plan).toMatchObject({ exists: true, version: 2, ags: null, kreisKey: LIPPE });
    expect(plan.items.map((i: { title: string }) => i.title)[0]).toBe("Koordinierungsstelle Hausarztversorgung einrichten");
    expect(plan.items[1].citations).not.toBeNull();

    const first = plan.items[0] as { id: string; version: number };
    const done = await call(itemRoute.PATCH, "PATCH", `${path()}/items/${first.id}`, { ...params(), itemId: first.id }, { cookie: editor, body: { version: first.version, status: "in_arbeit" } });
    expect(done.status, await done.clone().text()).toBe(200);

    const csv = await call(csvRoute.GET, "GET", `${path()}/plan.csv`, params(), { cookie: viewer });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain(`massnahmenplan-${LIPPE}.csv`);
    expect(await csv.text()).toContain("Koordinierungsstelle Hausarztversorgung einrichten");
    const ics = await call(icsRoute.GET, "GET", `${path()}/plan.ics`, params(), { cookie: viewer });
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain("Lippe");

    const ctx = { prisma: db.prisma, caller: await loadCaller(db.prisma, (await db.prisma.user.findFirstOrThrow({ where: { email: "eva@kreis.test" } }))!) };
    const history = await listPlanHistory(ctx, countyId, { kreisKey: LIPPE });
    expect(history.map((h) => h.summary_de)).toContain("Maßnahmenplan angelegt");
    // The county's own plan is not a town's: the town summaries leave it out.
    expect(await listPlanSummaries(ctx, countyId, "2026-12-02")).toEqual([]);
  });

  it("keeps the Kreis plan apart from the county's plan for one of its towns", async () => {
    const town = await call(itemsRoute.POST, "POST", `/api/v1/organisations/${countyId}/plans/${DOERENTRUP}/items`, { orgId: countyId, ags: DOERENTRUP }, {
      cookie: editor,
      body: { title: "Sprechstunde im Dorfgemeinschaftshaus", planVersion: 0 },
    });
    expect(town.status, await town.clone().text()).toBe(201);
    const kreisPlan = (await (await call(planRoute.GET, "GET", path(), params(), { cookie: editor })).json()).data;
    expect(kreisPlan.items.map((i: { title: string }) => i.title)).not.toContain("Sprechstunde im Dorfgemeinschaftshaus");
    const townPlan = (await (await call(planRoute.GET, "GET", path(countyId, DOERENTRUP), params(countyId, DOERENTRUP), { cookie: editor })).json()).data;
    expect(townPlan).toMatchObject({ ags: DOERENTRUP, kreisKey: null });
    expect(townPlan.items.map((i: { title: string }) => i.title)).toEqual(["Sprechstunde im Dorfgemeinschaftshaus"]);
  });

  it("refuses, changing nothing: a viewer writing, a town (granted or not), another Kreis's key, an engine proposal", async () => {
    const before = await snapshotTenantData(db.prisma);
    const viewerPost = await call(itemsRoute.POST, "POST", `${path()}/items`, params(), { cookie: viewer, body: { title: "Nicht erlaubt", planVersion: 2 } });
    expect(viewerPost.status).toBe(403);
    // The town's member cannot read the county's plan (the grant goes from the town to the county, not back): to an
    // outsider the organisation's data does not exist.
    expect((await call(planRoute.GET, "GET", path(), params(), { cookie: townAdmin })).status).toBe(404);
    // A town organisation has no Kreis plan.
    const townKreis = await call(itemsRoute.POST, "POST", `${path(townId)}/items`, params(townId), { cookie: townAdmin, body: { title: "Kreisplan der Gemeinde", planVersion: 0 } });
    expect(townKreis.status).toBe(404);
    // The county of Paderborn keeps no plan for Lippe.
    const other = await call(itemsRoute.POST, "POST", `${path(otherCountyId)}/items`, params(otherCountyId), { cookie: editor, body: { title: "Falscher Kreis", planVersion: 0 } });
    expect(other.status).toBe(404);
    // A county has no self-check of its own: an engine proposal cannot be taken over.
    const engine = await call(itemsRoute.POST, "POST", `${path()}/items`, params(), { cookie: editor, body: { source: "engine", sourceRef: "messe-gesundheitsberufe", planVersion: 2 } });
    expect(engine.status).toBe(400);
    // Neither 8 nor 5 digits: refused by the schema with a German message.
    const bad = await call(planRoute.GET, "GET", path(countyId, "0576"), params(countyId, "0576"), { cookie: editor });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Kreisschlüssel");
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("enforces one scope per plan row in the database", async () => {
    await expect(db.prisma.actionPlan.create({ data: { organisationId: countyId, municipalityAgs: DOERENTRUP, kreisKey: LIPPE } })).rejects.toThrow();
    await expect(db.prisma.actionPlan.create({ data: { organisationId: countyId } })).rejects.toThrow();
  });
});
