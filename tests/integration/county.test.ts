import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AccessError, loadCaller, type TenantContext } from "@/lib/server/auth/guard";
import { serializeCountyProvidersCsv } from "@/lib/domain/csv/providers";
import { getKreisRegister } from "@/lib/server/db/county";
import { ConflictError, TenantInputError } from "@/lib/server/db/tenant/errors";
import { getCountyView, resolveCountyOrganisation } from "@/lib/server/db/tenant/county-view";
import { createPlanningArea, updatePlanningArea } from "@/lib/server/db/tenant/planning-areas";
import { exportCountyProvidersCsv, previewCountyProvidersCsv, replaceCountyProvidersFromCsv, replaceProvidersFromCsv } from "@/lib/server/db/tenant/providers";
import type { Provider } from "@/lib/domain/schemas/provider";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { DOERENTRUP, EXTERTAL, LIPPE, seedTerritory, snapshotTenantData } from "../support/tenancy";
import { insertOrganisation, type MemberRecord, type OrganisationRecord } from "@/lib/server/db/organisation-records";

/**
 * County view (issue 17) on both databases: the county sees exactly what it owns or was granted, a revoked grant
 * disappears at once, the county-wide CSV round trip is byte-identical, a bad row stops the import and changes
 * nothing, planning areas carry the KV's figure with optimistic concurrency, and the roles are enforced.
 */
const practice = (name: string, birthYear: number, exit?: number): Provider => ({
  kind: "gp-practice",
  name,
  street: "Marktstraße 1",
  postcode: "32694",
  city: "Dörentrup",
  successorStatus: "none",
  doctors: [{ name: `Dr. ${name}`, birthYear, employment: "licensed", licence: "full", ...(exit ? { plannedExitYear: exit } : {}) }],
});
const TOWN_HEADER = "Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin oder Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr";
const HEADER = "AGS;Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin oder Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr";

describe.each(testDatabaseKinds)("county view on %s", (kind) => {
  let db: TestDatabase;
  let countyId: string;
  let otherCountyId: string;
  let townId: string;
  let extertalTownId: string;
  const users: Record<string, string> = {};

  async function ctxOf(user: string): Promise<TenantContext> {
    return { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: users[user]!, email: `${user}@county.test`, name: user }) };
  }
  async function view(user = "countyAdmin", organisationId = countyId) {
    const ctx = await ctxOf(user);
    const register = (await getKreisRegister(db.prisma, LIPPE))!;
    const county = (await resolveCountyOrganisation({ ...ctx, organisationId }, LIPPE))!;
    return getCountyView(ctx, register.kreis, register.municipalities, county, { asOf: "2026-06-01" });
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedTerritory(db.prisma);
    for (const name of ["countyAdmin", "countyViewer", "otherCounty", "townAdmin", "extertalAdmin"]) {
      users[name] = (await db.prisma.user.create({ data: { id: `u-${name}`, email: `${name}@county.test`, name, emailVerified: true } })).id;
    }
    const org = (record: OrganisationRecord, members: MemberRecord[]) => insertOrganisation(db.prisma, record, members, { id: true });
    countyId = (await org({ kind: "COUNTY", name: "Kreis Lippe", kreisKey: LIPPE }, [{ userId: users.countyAdmin!, role: "ADMIN" }, { userId: users.countyViewer!, role: "VIEWER" }])).id;
    otherCountyId = (await org({ kind: "COUNTY", name: "Kreis Lippe (andere)", kreisKey: LIPPE }, [{ userId: users.otherCounty!, role: "ADMIN" }])).id;
    townId = (await org({ kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: users.townAdmin!, role: "ADMIN" }])).id;
    extertalTownId = (await org({ kind: "TOWN", name: "Gemeinde Extertal", municipalityAgs: EXTERTAL }, [{ userId: users.extertalAdmin!, role: "ADMIN" }])).id;
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    await db.prisma.provider.deleteMany();
    await db.prisma.countyAccessGrant.deleteMany();
    await db.prisma.assessment.deleteMany();
    await db.prisma.planningArea.deleteMany();
  });

  it("sees exactly its own inventories and what towns granted it — nothing of other towns or counties", async () => {
    // The towns' own data; only Dörentrup grants the county.
    await replaceProvidersFromCsv(await ctxOf("townAdmin"), DOERENTRUP, TOWN_HEADER + "\r\n1;Hausarztpraxis;Praxis Dörentrup;Weg 1;32694;Dörentrup;keine;Dr. D;1960;;zugelassen;voll;;2027\r\n");
    await replaceProvidersFromCsv(await ctxOf("extertalAdmin"), EXTERTAL, TOWN_HEADER + "\r\n1;Hausarztpraxis;Geheime Praxis Extertal;Weg 1;32699;Extertal;keine;Dr. E;1970;;zugelassen;voll;;\r\n");
    await db.prisma.assessment.create({ data: { organisationId: townId, municipalityAgs: DOERENTRUP, answers: {}, status: "COMPLETED", result: { topLabel: "Kommunales MVZ", confidence: { level: "mittel" } } } });
    await db.prisma.assessment.create({ data: { organisationId: extertalTownId, municipalityAgs: EXTERTAL, answers: {}, status: "DRAFT", result: {} } });
    await db.prisma.countyAccessGrant.create({ data: { townOrganisationId: townId, countyOrganisationId: countyId } });
    // The other county's own data for Extertal.
    await replaceCountyProvidersFromCsv(await ctxOf("otherCounty"), otherCountyId, `${HEADER}\r\n${EXTERTAL};1;Hausarztpraxis;Andere Kreis-Praxis;Weg 2;32699;Extertal;keine;Dr. X;1950;;zugelassen;voll;;\r\n`);

    const v = await view();
    const doe = v.towns.get(DOERENTRUP)!;
    expect(doe).toMatchObject({ source: "town-grant", grantedBy: { organisationId: townId }, selfCheck: { status: "COMPLETED", topLabel: "Kommunales MVZ", confidence: "mittel" } });
    expect(doe.providers.map((p) => p.name)).toEqual(["Praxis Dörentrup"]);
    const ext = v.towns.get(EXTERTAL)!;
    expect(ext).toMatchObject({ source: null, grantedBy: null, selfCheck: null, providers: [] });
    // Urgency: Dörentrup is ranked from the granted data, Extertal is unknown (not "gering").
    const rows = new Map(v.screening.rows.map((r) => [r.ags, r]));
    expect(rows.get(DOERENTRUP)!.urgency.level).not.toBe("unbekannt");
    expect(rows.get(EXTERTAL)!.urgency.level).toBe("unbekannt");
    expect(v.screening.wave.towns.map((t) => t.ags)).toEqual([DOERENTRUP]);
    expect(JSON.stringify(v.screening)).not.toMatch(/Geheime Praxis|Andere Kreis-Praxis/);
  });

  it("a revoked grant disappears from the county view at once", async () => {
    await replaceProvidersFromCsv(await ctxOf("townAdmin"), DOERENTRUP, TOWN_HEADER + "\r\n1;Hausarztpraxis;Praxis Dörentrup;Weg 1;32694;Dörentrup;keine;Dr. D;1960;;zugelassen;voll;;\r\n");
    const grant = await db.prisma.countyAccessGrant.create({ data: { townOrganisationId: townId, countyOrganisationId: countyId } });
    expect((await view()).towns.get(DOERENTRUP)!.source).toBe("town-grant");
    await db.prisma.countyAccessGrant.delete({ where: { id: grant.id } });
    const after = await view();
    expect(after.towns.get(DOERENTRUP)).toMatchObject({ source: null, grantedBy: null, providers: [] });
    expect(after.screening.rows.find((r) => r.ags === DOERENTRUP)!.urgency.level).toBe("unbekannt");
  });

  it("county-wide CSV: the round trip is byte-identical and towns not in the file keep their data", async () => {
    const csv = serializeCountyProvidersCsv([
      { ags: EXTERTAL, providers: [practice("Praxis Ä; am Markt", 1962, 2029), practice("Praxis Nord", 1975)] },
      { ags: DOERENTRUP, providers: [practice("Praxis Süd", 1958)] },
    ]);
    const ctx = await ctxOf("countyAdmin");
    const preview = await previewCountyProvidersCsv(ctx, countyId, csv);
    expect(preview).toMatchObject({ ok: true, towns: [{ ags: EXTERTAL, preview: { summary: { providersAfter: 2 } } }, { ags: DOERENTRUP, preview: { summary: { providersAfter: 1 } } }] });
    expect(await db.prisma.provider.count()).toBe(0); // the preview changes nothing
    expect((await replaceCountyProvidersFromCsv(ctx, countyId, csv)).ok).toBe(true);
    const exported = await exportCountyProvidersCsv(ctx, countyId);
    // The export sorts towns by AGS: Dörentrup (…024) after Extertal (…020).
    expect(exported).toBe(csv);
    // A second file for Extertal only leaves Dörentrup alone.
    await replaceCountyProvidersFromCsv(ctx, countyId, serializeCountyProvidersCsv([{ ags: EXTERTAL, providers: [practice("Praxis Neu", 1980)] }]));
    const v = await view();
    expect(v.towns.get(DOERENTRUP)!.providers.map((p) => p.name)).toEqual(["Praxis Süd"]);
    expect(v.towns.get(EXTERTAL)!.providers.map((p) => p.name)).toEqual(["Praxis Neu"]);
  });

  it("a bad row stops the whole county import and changes nothing", async () => {
    const ctx = await ctxOf("countyAdmin");
    await replaceCountyProvidersFromCsv(ctx, countyId, serializeCountyProvidersCsv([{ ags: DOERENTRUP, providers: [practice("Bestehend", 1960)] }]));
    const before = await snapshotTenantData(db.prisma);
    const bad = [
      HEADER,
      `${DOERENTRUP};1;Hausarztpraxis;Neu A;Weg 1;32694;Dörentrup;keine;Dr. A;1960;;zugelassen;voll;;`,
      `${EXTERTAL};2;Hausarztpraxis;Neu B;Weg 2;32699;Extertal;keine;Dr. B;1970;;zugelassen;voll;;`,
      `09162000;3;Hausarztpraxis;München;Weg 3;80331;München;keine;Dr. C;1970;;zugelassen;voll;;`,
      `${EXTERTAL};4;Hausarztpraxis;Neu D;Weg 4;32699;Extertal;keine;Dr. D;19x0;;zugelassen;voll;;`,
    ].join("\r\n");
    const outcome = await replaceCountyProvidersFromCsv(ctx, countyId, bad);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => [e.line, e.column])).toEqual([
      [4, "AGS"],
      [5, "Geburtsjahr"],
    ]);
    expect(outcome.errors[0]!.message).toBe("Die Gemeinde 09162000 gehört nicht zu diesem Kreis.");
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("planning areas: the KV's figure applies to the area's towns, a stale version is refused, towns outside the Kreis too", async () => {
    const ctx = await ctxOf("countyAdmin");
    await replaceCountyProvidersFromCsv(ctx, countyId, serializeCountyProvidersCsv([{ ags: DOERENTRUP, providers: [practice("Praxis Süd", 1958)] }]));
    const area = await createPlanningArea(ctx, countyId, { name: "Mittelbereich Nord", towns: [DOERENTRUP, EXTERTAL], kvVersorgungsgrad: 72.5 });
    expect(area).toMatchObject({ version: 1, towns: [EXTERTAL, DOERENTRUP].sort(), kvVersorgungsgrad: 72.5 });
    const v = await view();
    const doe = v.screening.rows.find((r) => r.ags === DOERENTRUP)!;
    expect(doe.supply!.versorgungsgrad).toMatchObject({ basis: "kv", value: 72.5 });
    expect(doe.urgency.criteria.find((c) => c.id === "versorgungsgrad")!.level).toBe("hoch");
    expect(v.areas[0]).toMatchObject({ inhabitants: 7660 * 2, area: { name: "Mittelbereich Nord" } });
    expect(v.areas[0]!.supply!.gpHeadcount).toBe(1);

    await updatePlanningArea(ctx, countyId, area.id, { name: "Mittelbereich Nord", towns: [DOERENTRUP], kvVersorgungsgrad: 80, version: 1 });
    const stale = updatePlanningArea(ctx, countyId, area.id, { name: "Alt", towns: [DOERENTRUP], kvVersorgungsgrad: 90, version: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(createPlanningArea(ctx, countyId, { name: "Fremd", towns: ["09162000"] })).rejects.toBeInstanceOf(TenantInputError);
    await expect(createPlanningArea(ctx, countyId, { name: "Doppelt", towns: [DOERENTRUP] })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.prisma.planningArea.findMany()).map((a) => [a.name, a.kvVersorgungsgrad, a.version])).toEqual([["Mittelbereich Nord", 80, 2]]);
  });

  it.each<[string, () => string, number]>([
    ["a viewer of the county may not import", () => "countyViewer", 403],
    ["the town's admin gets 404 for the county's data", () => "townAdmin", 404],
    ["another county's admin gets 404", () => "otherCounty", 404],
  ])("%s", async (_label, user, status) => {
    const ctx = await ctxOf(user());
    const before = await snapshotTenantData(db.prisma);
    const csv = serializeCountyProvidersCsv([{ ags: DOERENTRUP, providers: [practice("X", 1960)] }]);
    const attempt = replaceCountyProvidersFromCsv(ctx, countyId, csv);
    await expect(attempt).rejects.toBeInstanceOf(AccessError);
    await expect(attempt).rejects.toMatchObject({ status });
    await expect(createPlanningArea(ctx, countyId, { name: "X", towns: [DOERENTRUP] })).rejects.toMatchObject({ status });
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("a member of the town is no county: the view is refused, the choice names only the caller's counties", async () => {
    expect(await resolveCountyOrganisation(await ctxOf("townAdmin"), LIPPE)).toBeNull();
    await expect(resolveCountyOrganisation({ ...(await ctxOf("townAdmin")), organisationId: countyId }, LIPPE)).rejects.toMatchObject({ status: 404 });
  });
});
