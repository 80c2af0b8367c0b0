import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as organisationRoute from "@/app/api/v1/organisations/[orgId]/route";
import * as municipalitiesRoute from "@/app/api/v1/municipalities/route";
import * as municipalityRoute from "@/app/api/v1/municipalities/[ags]/route";
import * as providersRoute from "@/app/api/v1/municipalities/[ags]/providers/route";
import * as importRoute from "@/app/api/v1/municipalities/[ags]/providers/import/route";
import * as authRoute from "@/app/api/auth/[...all]/route";
import * as scenariosRoute from "@/app/api/v1/organisations/[orgId]/scenarios/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * Issue 12, finding 7: NUL (U+0000) and unpaired surrogates in outside text reached PostgreSQL (error 22021, a 500)
 * through every text field, path parameter and CSV cell. Through the route handlers, on both databases: each is now
 * a 400 with a German message naming the field, and nothing is stored.
 */
describe.each(testDatabaseKinds)("hostile text on %s", (kind) => {
  let db: TestDatabase;
  let admin: { cookie: string; userId: string };
  let orgId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    admin = await signUp(await getAuth(), "admin@bad-input.test", "Ada");
    const town = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: admin.userId, role: "ADMIN" }], { id: true });
    orgId = town.id;
  });
  afterAll(async () => db?.close());

  const expect400 = async (response: Response, message: RegExp) => {
    const text = await response.text();
    expect(response.status, text).toBe(400);
    expect(text).toMatch(message);
  };

  it.each([
    ["NUL", "Stadt\u0000Mitte", /Nullzeichen/],
    ["a lone surrogate", "Stadt \uD800", /Unicode-Ersatzzeichen/],
  ])("an organisation name with %s is refused and nothing changes", async (_, name, message) => {
    const before = await snapshotTenantData(db.prisma);
    await expect400(await call(organisationsRoute.POST, "POST", "/api/v1/organisations", {}, { cookie: admin.cookie, body: { kind: "TOWN", ags: DOERENTRUP, name } }), message);
    await expect400(await call(organisationRoute.PATCH, "PATCH", `/api/v1/organisations/${orgId}`, { orgId }, { cookie: admin.cookie, body: { name } }), message);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("a NUL in a path parameter is refused before the database sees it", async () => {
    await expect400(await call(organisationRoute.GET, "GET", "/api/v1/organisations/%00", { orgId: "\u0000" }, { cookie: admin.cookie }), /Nullzeichen/);
    await expect400(await call(municipalityRoute.GET, "GET", "/api/v1/municipalities/%00", { ags: "0576602\u0000" }), /Nullzeichen|8 Ziffern/);
  });

  it("a provider with a NUL in its street and a scenario with a lone surrogate in its name are refused", async () => {
    const provider = { kind: "pharmacy", name: "Apotheke", street: "Weg\u0000 1", postcode: "32694", city: "Dörentrup" };
    await expect400(await call(providersRoute.POST, "POST", `/api/v1/municipalities/${DOERENTRUP}/providers`, { ags: DOERENTRUP }, { cookie: admin.cookie, body: provider }), /street: Der Text enthält ein Nullzeichen/);
    await expect400(
      await call(scenariosRoute.POST, "POST", `/api/v1/organisations/${orgId}/scenarios`, { orgId }, { cookie: admin.cookie, body: { ags: DOERENTRUP, name: "Plan \uDC00", data: {} } }),
      /name: Der Text enthält ein ungültiges Zeichen/,
    );
    expect(await db.prisma.provider.count()).toBe(0);
  });

  it("a CSV cell with a NUL is refused with its line", async () => {
    const csv = "Art;Name;Straße;PLZ;Ort\nApotheke;Apo\u0000theke;Weg 1;32694;Dörentrup\n";
    const response = await call(importRoute.POST, "POST", `/api/v1/municipalities/${DOERENTRUP}/providers/import`, { ags: DOERENTRUP }, { cookie: admin.cookie, body: { csv, mode: "apply" } });
    const text = await response.text();
    expect(response.status, text).toBeGreaterThanOrEqual(400);
    expect(response.status, text).toBeLessThan(500);
    expect(text).toMatch(/Nullzeichen/);
    expect(await db.prisma.provider.count()).toBe(0);
  });

  it("the search refuses NUL and a 3,000-character query with a clear message", async () => {
    await expect400(await call(municipalitiesRoute.GET, "GET", "/api/v1/municipalities?q=D%C3%B6%00", {}), /Nullzeichen/);
    await expect400(await call(municipalitiesRoute.GET, "GET", `/api/v1/municipalities?q=${"a".repeat(3000)}`, {}), /höchstens 100 Zeichen/);
  });

  it("Better Auth's endpoints refuse a NUL in a name (was a 500 from update-user) and still work with good input", async () => {
    await expect400(await call(authRoute.POST, "POST", "/api/auth/update-user", {}, { cookie: admin.cookie, body: { name: "A\u0000da" } }), /name: Der Text enthält ein Nullzeichen/);
    const renamed = await call(authRoute.POST, "POST", "/api/auth/update-user", {}, { cookie: admin.cookie, body: { name: "Ada Lovelace" } });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect((await db.prisma.user.findUnique({ where: { id: admin.userId } }))?.name).toBe("Ada Lovelace");
  });
});
