import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { loadCaller, type TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { describeAuditEntry } from "@/lib/domain/audit/describe";
import { PARAMETER_KEYS, resolveParameter } from "@/lib/domain/rule-parameters";
import * as versionsRoute from "@/app/api/v1/knowledge/versions/route";
import { getKreisRegister } from "@/lib/server/db/county";
import { getCountyView, resolveCountyOrganisation } from "@/lib/server/db/tenant/county-view";
import { createPlanningArea } from "@/lib/server/db/tenant/planning-areas";
import { replaceCountyProvidersFromCsv } from "@/lib/server/db/tenant/providers";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, LIPPE, seedTerritory, signUp } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * Curating the knowledge (issue 13): only the platform operator adds a version of a rule parameter or a funding
 * programme (403 before the body is parsed), the input is parsed strictly, a version valid from a later day changes
 * nothing today and everything from that day, the change is audited in German words, and a stale or racing addition
 * gets a 409 — on both databases.
 */

const PATH = "/api/v1/knowledge/versions";
const LATER = "2099-06-01";
const today = new Date().toISOString().slice(0, 10);

const ratioVersion = (basedOn: number, overrides: Record<string, unknown> = {}) => ({
  kind: "rule-parameter",
  key: PARAMETER_KEYS.gpRatio,
  value: 1500,
  version: "BPL-RL 2099",
  validFrom: LATER,
  source: "G-BA Bedarfsplanungs-Richtlinie, Beschluss vom 15.05.2099",
  note: "Neue allgemeine Verhältniszahl für Hausärzte.",
  basedOn,
  ...overrides,
});

describe.each(testDatabaseKinds)("knowledge curation on %s", (kind) => {
  let db: TestDatabase;
  let operator: string;
  let operatorId: string;
  let editor: string;
  let townCtx: TenantContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    const op = await signUp(auth, "operator@curation.test");
    await db.prisma.user.update({ where: { id: op.userId }, data: { platformOperator: true } });
    operator = op.cookie;
    operatorId = op.userId;
    const ed = await signUp(auth, "editor@curation.test");
    editor = ed.cookie;
    await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: ed.userId, role: "ADMIN" }], { id: true });
    townCtx = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: ed.userId, email: "editor@curation.test", name: "editor" }) };
  });
  afterAll(async () => db?.close());

  const post = (cookie: string | undefined, body: unknown) => call(versionsRoute.POST, "POST", PATH, {}, { ...(cookie ? { cookie } : {}), body });
  const stored = () => db.prisma.curatedVersion.count();

  it("refuses anyone but the operator before parsing: signed out 401, a town's admin 403 even for a malformed body", async () => {
    expect((await post(undefined, ratioVersion(0))).status).toBe(401);
    const valid = await post(editor, ratioVersion(0));
    expect(valid.status).toBe(403);
    expect(((await valid.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    // A body the schema would refuse still gets 403, not 400: nothing about the input is revealed to a non-operator.
    expect((await post(editor, { unknown: true })).status).toBe(403);
    expect((await call(versionsRoute.GET, "GET", PATH, {}, { cookie: editor })).status).toBe(403);
    expect(await stored()).toBe(0);
  });

  it("refuses an unknown field, an unknown parameter and a version that does not start after the newest (400)", async () => {
    const extra = await post(operator, { ...ratioVersion(0), comment: "Tippfehler im Feldnamen" });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { error: { message: string } }).error.message).toMatch(/comment/);
    expect((await post(operator, ratioVersion(0, { key: "bedarfsplanung.gibt-es-nicht" }))).status).toBe(400);
    const early = await post(operator, ratioVersion(0, { validFrom: "2019-06-30" }));
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { message: string } }).error.message).toMatch(/nach der neuesten beginnen \(gültig ab 2019-06-30\)/);
    expect(await stored()).toBe(0);
  });

  it("a version valid from a later day leaves today's figures alone and is used from that day; audited in German words", async () => {
    const response = await post(operator, ratioVersion(0));
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as { data: { sequence: number } }).data.sequence).toBe(1);

    const now = await getMunicipalitySupply(townCtx, DOERENTRUP, {}, { asOf: today });
    expect(now.result.versorgungsgrad.ratio).toMatchObject({ value: 1609, version: "BPL-RL 2019" });
    const later = await getMunicipalitySupply(townCtx, DOERENTRUP, {}, { asOf: LATER });
    expect(later.result.versorgungsgrad.ratio).toMatchObject({
      value: 1500,
      version: "BPL-RL 2099",
      validFrom: LATER,
      source_de: "G-BA Bedarfsplanungs-Richtlinie, Beschluss vom 15.05.2099",
    });
    // The seeded version now ends the day before; the table stays one valid table.
    const snapshot = await getKnowledgeSnapshot(undefined, db.prisma);
    expect(resolveParameter(snapshot.ruleParameters, PARAMETER_KEYS.gpRatio, "2099-05-31")?.validUntil).toBe("2099-05-31");

    const audit = await db.prisma.auditLog.findMany({ where: { action: "ruleParameter.version" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisationId: null, actorId: operatorId, entityType: "ruleParameter", entityId: PARAMETER_KEYS.gpRatio });
    expect(describeAuditEntry(audit[0]!, { townName: () => undefined })).toBe(
      "Neue Version „BPL-RL 2099“ des Regelparameters „Allgemeine Verhältniszahl Hausärzte“: 1.500, gültig ab 1. Juni 2099",
    );
  });

  it("a funding programme closed from a later day is open today and closed from then; the amount changes with it", async () => {
    const id = "nw-hausarztaktionsprogramm";
    const response = await post(operator, { kind: "funding-programme", programmeId: id, open: false, amountMaxEur: 50000, validFrom: LATER, source: "MAGS NRW, Bekanntmachung 2099", note: "Programm endet.", basedOn: 0 });
    expect(response.status, await response.clone().text()).toBe(201);
    const nowProgramme = (await getKnowledgeSnapshot(undefined, db.prisma, { at: today })).fundingProgrammes.find((p) => p.id === id)!;
    expect(nowProgramme.validUntil).toBeUndefined();
    expect(nowProgramme.amountMaxEur).toBe(60000);
    const laterProgramme = (await getKnowledgeSnapshot(undefined, db.prisma, { at: LATER })).fundingProgrammes.find((p) => p.id === id)!;
    expect(laterProgramme).toMatchObject({ validUntil: "2099-05-31", amountMaxEur: 50000, note_de: "Programm endet." });
    expect(laterProgramme.citations[0]).toEqual({ kind: "rule", rule: "MAGS NRW, Bekanntmachung 2099" });
    expect(await db.prisma.auditLog.count({ where: { action: "fundingProgramme.version", organisationId: null } })).toBe(1);
  });

  it("a version based on a stale count gets 409; two racing additions: one 201, one 409, never a 500", async () => {
    const stale = await post(operator, ratioVersion(0, { validFrom: "2100-01-01" }));
    expect(stale.status).toBe(409);
    const before = await stored();
    const [a, b] = await Promise.all([
      post(operator, ratioVersion(1, { validFrom: "2100-01-01", version: "A" })),
      post(operator, ratioVersion(1, { validFrom: "2100-02-01", version: "B" })),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await stored()).toBe(before + 1);
  });

  it("the operator reads the versions; nothing can change or delete them (no PATCH, PUT or DELETE handler)", async () => {
    const list = await call(versionsRoute.GET, "GET", PATH, {}, { cookie: operator });
    expect(list.status).toBe(200);
    const { data } = (await list.json()) as { data: Array<{ kind: string; subject: string }> };
    expect(data.map((d) => d.kind)).toContain("funding-programme");
    const mod = versionsRoute as Record<string, unknown>;
    expect([mod.PATCH, mod.PUT, mod.DELETE]).toEqual([undefined, undefined, undefined]);
  });

  it("a county stores its KV's Verhältniszahl with source and date per planning area; its towns' figures use it and name it", async () => {
    const admin = await db.prisma.user.create({ data: { id: `u-county-${kind}`, email: "county@curation.test", name: "Kreis", emailVerified: true } });
    const county = await insertOrganisation(db.prisma, { kind: "COUNTY", name: "Kreis Lippe", kreisKey: LIPPE }, [{ userId: admin.id, role: "ADMIN" }], { id: true });
    const ctx: TenantContext = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: admin.id, email: "county@curation.test", name: "Kreis" }) };
    const area = await createPlanningArea(ctx, county.id, {
      name: "Mittelbereich Lemgo",
      towns: [DOERENTRUP],
      kvVerhaeltniszahl: 1000,
      kvSource: "KVWL, Bedarfsplan, Stand 01.07.2025",
      kvPublishedAt: "2025-07-01",
    });
    expect(area).toMatchObject({ kvVerhaeltniszahl: 1000, kvSource: "KVWL, Bedarfsplan, Stand 01.07.2025", kvPublishedAt: "2025-07-01", kvVersorgungsgrad: null });
    await expect(createPlanningArea(ctx, county.id, { name: "Falsch", towns: [DOERENTRUP], kvVerhaeltniszahl: 1000, kvQuelle: "x" })).rejects.toThrow();
    const csv = `AGS;Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin oder Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr\r\n${DOERENTRUP};1;Hausarztpraxis;Praxis am Markt;Marktstraße 1;32694;Dörentrup;keine;Dr. A;1960;;zugelassen;voll;;\r\n`;
    expect((await replaceCountyProvidersFromCsv(ctx, county.id, csv)).ok).toBe(true);
    const register = (await getKreisRegister(db.prisma, LIPPE))!;
    const chosen = (await resolveCountyOrganisation({ ...ctx, organisationId: county.id }, LIPPE))!;
    const view = await getCountyView(ctx, register.kreis, register.municipalities, chosen, { asOf: today });
    // One full licence (1 counted GP) for 7,660 inhabitants: with 1:1,000 the need is 7.66 GPs → 13 %, not the 21 % of 1:1,609.
    const doe = view.screening.rows.find((r) => r.ags === DOERENTRUP)!;
    expect(doe.supply!.versorgungsgrad.ratio).toMatchObject({ value: 1000, source_de: "KVWL, Bedarfsplan, Stand 01.07.2025", validFrom: "2025-07-01" });
    expect(view.areas[0]!.supply!.versorgungsgrad.ratio.value).toBe(1000);
    expect(Math.round(doe.supply!.versorgungsgrad.value!)).toBe(13);
  });

  it("PLATFORM_OPERATOR_EMAILS names the operator, but only once the address is confirmed", async () => {
    const user = await db.prisma.user.create({ data: { id: `u-named-${kind}`, email: "Betrieb@Curation.test", name: "Betrieb", emailVerified: false } });
    const previous = process.env.PLATFORM_OPERATOR_EMAILS;
    process.env.PLATFORM_OPERATOR_EMAILS = "betrieb@curation.test, andere@curation.test";
    try {
      const who = { id: user.id, email: user.email, name: user.name };
      expect((await loadCaller(db.prisma, who)).platformOperator).toBe(false);
      await db.prisma.user.update({ where: { id: user.id }, data: { emailVerified: true } });
      expect((await loadCaller(db.prisma, who)).platformOperator).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.PLATFORM_OPERATOR_EMAILS;
      else process.env.PLATFORM_OPERATOR_EMAILS = previous;
    }
    expect((await loadCaller(db.prisma, { id: user.id, email: user.email, name: user.name })).platformOperator).toBe(false);
  });
});
