import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scenariosRoute from "@/app/api/v1/organisations/[orgId]/scenarios/route";
import * as scenarioRoute from "@/app/api/v1/organisations/[orgId]/scenarios/[id]/route";
import * as duplicateRoute from "@/app/api/v1/organisations/[orgId]/scenarios/[id]/duplicate/route";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { defaultComparison } from "@/lib/domain/comparison/scenario-set";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, seedTerritory, signUp } from "../support/tenancy";
import { createTownOrganisation } from "../support/factories";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

/** Named comparison scenarios of an organisation (issue 8): CRUD, version conflicts, duplicate, validation. */
const DATA = defaultComparison(K, { population: 7660, landCode: "05" }, 2026);

interface Scenario {
  id: string;
  name: string;
  ags: string;
  version: number;
  data: typeof DATA;
}

describe.each(testDatabaseKinds)("scenario routes on %s", (kind) => {
  let db: TestDatabase;
  let cookie: string;
  let orgId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    const editor = await signUp(auth, "editor@scenarios.test");
    cookie = editor.cookie;
    const org = await createTownOrganisation(db.prisma, [[editor, "EDITOR"]], { name: "Dörentrup" });
    orgId = org.id;
  });
  afterAll(async () => db?.close());

  const base = () => `/api/v1/organisations/${orgId}/scenarios`;
  const create = (body: unknown) => call(scenariosRoute.POST, "POST", base(), { orgId }, { cookie, body });

  it("creates, lists per town, updates with the version read, refuses a stale version with 409, duplicates and deletes", async () => {
    const created = await create({ ags: DOERENTRUP, name: "MVZ mit Förderung", data: DATA });
    expect(created.status).toBe(201);
    const first = ((await created.json()) as { data: Scenario }).data;
    expect(first).toMatchObject({ name: "MVZ mit Förderung", ags: DOERENTRUP, version: 1 });
    expect(first.data).toEqual(DATA);

    const changed = { ...DATA, risks: { "gaps-soon": "yes" } };
    const patch = (body: unknown) => call(scenarioRoute.PATCH, "PATCH", `${base()}/${first.id}`, { orgId, id: first.id }, { cookie, body });
    const updated = await patch({ version: 1, data: changed });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { data: Scenario }).data).toMatchObject({ version: 2, data: { risks: { "gaps-soon": "yes" } } });

    const stale = await patch({ version: 1, name: "Alt" });
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { error: { code: string; current: Scenario } };
    expect(conflict.error.code).toBe("conflict");
    expect(conflict.error.current.version).toBe(2);

    const dup = await call(duplicateRoute.POST, "POST", `${base()}/${first.id}/duplicate`, { orgId, id: first.id }, { cookie, body: { name: "Kopie" } });
    expect(dup.status).toBe(201);
    expect(((await dup.json()) as { data: Scenario }).data).toMatchObject({ name: "Kopie", version: 1, data: { risks: { "gaps-soon": "yes" } } });

    const list = await call(scenariosRoute.GET, "GET", `${base()}?ags=${DOERENTRUP}`, { orgId }, { cookie });
    expect(((await list.json()) as { data: Scenario[] }).data.map((s) => s.name)).toEqual(["Kopie", "MVZ mit Förderung"]);

    const got = await call(scenarioRoute.GET, "GET", `${base()}/${first.id}`, { orgId, id: first.id }, { cookie });
    expect(((await got.json()) as { data: Scenario }).data.version).toBe(2);

    expect((await call(scenarioRoute.DELETE, "DELETE", `${base()}/${first.id}`, { orgId, id: first.id }, { cookie })).status).toBe(204);
    expect((await call(scenarioRoute.GET, "GET", `${base()}/${first.id}`, { orgId, id: first.id }, { cookie })).status).toBe(404);
  });

  it("answers a taken name with 409 and a town outside the organisation with 404", async () => {
    expect((await create({ ags: DOERENTRUP, name: "Doppelt", data: DATA })).status).toBe(201);
    const again = await create({ ags: DOERENTRUP, name: "Doppelt", data: DATA });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain("Doppelt");
    expect((await create({ ags: EXTERTAL, name: "Fremd", data: DATA })).status).toBe(404);
  });

  it.each([
    ["a negative investment", { ...DATA, models: { ...DATA.models, "municipal-mvz": { ...DATA.models["municipal-mvz"], investment: { ...DATA.models["municipal-mvz"].investment, building: -1 } } } }, "data.models.municipal-mvz.investment.building"],
    ["an unknown risk answer", { ...DATA, risks: { "gaps-soon": "vielleicht" } }, "data.risks.gaps-soon"],
  ])("answers %s with 400 naming the field", async (_label, data, path) => {
    const response = await create({ ags: DOERENTRUP, name: "Ungültig", data });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: Array<{ path: string }> } };
    expect(body.error.issues.map((i) => i.path)).toContain(path);
  });

  it("answers a missing version with 400 and no session with 401", async () => {
    const created = ((await (await create({ ags: DOERENTRUP, name: "Version", data: DATA })).json()) as { data: Scenario }).data;
    const missing = await call(scenarioRoute.PATCH, "PATCH", `${base()}/${created.id}`, { orgId, id: created.id }, { cookie, body: { name: "x" } });
    expect(missing.status).toBe(400);
    expect((await call(scenariosRoute.GET, "GET", base(), { orgId })).status).toBe(401);
  });
});
