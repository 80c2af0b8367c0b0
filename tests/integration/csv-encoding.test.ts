import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import * as importRoute from "@/app/api/v1/municipalities/[ags]/providers/import/route";
import * as countyRoute from "@/app/api/v1/organisations/[orgId]/county-providers/route";
import { serializeCountyProvidersCsv, serializeProvidersCsv } from "@/lib/domain/csv/providers";
import type { Provider } from "@/lib/domain/schemas/provider";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { DOERENTRUP, EXTERTAL, LIPPE, ORIGIN, seedTerritory, signUp, snapshotTenantData } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * Issue 18: the API takes the provider CSV as the file German tools write it — Windows-1252 from Excel's "CSV
 * (Trennzeichen-getrennt)", UTF-16 from "Unicode-Text", UTF-8 with or without BOM — posted as `text/csv`; the
 * encoding is detected on the server by the same pure function the browser uses, and the answer names it.
 */
const PRACTICE: Provider = {
  kind: "gp-practice",
  name: "Hausärztliche Praxis Größer",
  street: "Mühlenstraße 3",
  postcode: "32694",
  city: "Dörentrup",
  successorStatus: "none",
  doctors: [{ name: "Dr. Jürgens", birthYear: 1961, employment: "licensed", licence: "full" }],
};

/** Latin-1 characters are the same bytes in Windows-1252 (the file has no €, „ or “). */
function windows1252(text: string): Uint8Array {
  const body = text.replace(/^\uFEFF/, "");
  return Uint8Array.from(body, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Latin-1: ${c}`);
    return code;
  });
}
function utf16le(text: string): Uint8Array {
  const body = text.replace(/^\uFEFF/, "");
  const out = new Uint8Array(2 + body.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < body.length; i++) {
    out[2 + i * 2] = body.charCodeAt(i) & 0xff;
    out[3 + i * 2] = body.charCodeAt(i) >> 8;
  }
  return out;
}

async function postFile(handler: unknown, path: string, params: Record<string, string>, cookie: string, bytes: Uint8Array): Promise<Response> {
  const request = new Request(`${ORIGIN}${path}`, { method: "POST", headers: { origin: ORIGIN, cookie, "content-type": "text/csv" }, body: new Blob([new Uint8Array(bytes)]) });
  return (handler as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>)(request, { params: Promise.resolve(params) });
}

describe.each(testDatabaseKinds)("CSV files in any encoding through the API on %s", (kind) => {
  let db: TestDatabase;
  let editor: string;
  let countyAdmin: string;
  let countyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    const e = await signUp(auth, "editor@encoding.test", "Edith");
    const c = await signUp(auth, "county@encoding.test", "Kreis");
    [editor, countyAdmin] = [e.cookie, c.cookie];
    await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: e.userId, role: "EDITOR" }], { id: true });
    countyId = (await insertOrganisation(db.prisma, { kind: "COUNTY", name: "Kreis Lippe", kreisKey: LIPPE }, [{ userId: c.userId, role: "ADMIN" }], { id: true })).id;
  });
  afterAll(async () => db?.close());

  it("imports a Windows-1252 file of a town with its umlauts intact, and says how it was read", async () => {
    const path = `/api/v1/municipalities/${DOERENTRUP}/providers/import`;
    const bytes = windows1252(serializeProvidersCsv([PRACTICE]));
    expect(bytes.includes(0xdf)).toBe(true); // "ß" as Excel writes it, not valid UTF-8
    const before = await snapshotTenantData(db.prisma);
    const preview = await postFile(importRoute.POST, path, { ags: DOERENTRUP }, editor, bytes);
    expect(preview.status, await preview.clone().text()).toBe(200);
    expect((await preview.json()).data.encoding).toBe("windows-1252");
    expect(await snapshotTenantData(db.prisma)).toBe(before); // preview is the default: nothing changed

    const applied = await postFile(importRoute.POST, `${path}?mode=apply`, { ags: DOERENTRUP }, editor, bytes);
    expect(applied.status, await applied.clone().text()).toBe(200);
    const stored = await db.prisma.provider.findFirstOrThrow({ where: { municipalityAgs: DOERENTRUP }, include: { doctors: true } });
    expect(stored).toMatchObject({ name: "Hausärztliche Praxis Größer", street: "Mühlenstraße 3", city: "Dörentrup" });
    expect(stored.doctors[0]!.label).toBe("Dr. Jürgens");
  });

  it("reads a UTF-16 file (Excel's Unicode text) and a UTF-8 file with BOM the same way", async () => {
    const path = `/api/v1/municipalities/${DOERENTRUP}/providers/import`;
    const csv = serializeProvidersCsv([PRACTICE]);
    const utf16 = await postFile(importRoute.POST, path, { ags: DOERENTRUP }, editor, utf16le(csv));
    expect(utf16.status, await utf16.clone().text()).toBe(200);
    expect((await utf16.json()).data.encoding).toBe("utf-16le");
    const bom = await postFile(importRoute.POST, path, { ags: DOERENTRUP }, editor, new TextEncoder().encode(csv.startsWith("\uFEFF") ? csv : `\uFEFF${csv}`));
    expect(bom.status).toBe(200);
    expect((await bom.json()).data.encoding).toBe("utf-8-bom");
  });

  it("imports a county-wide Windows-1252 file; a bad row in one still stops it and changes nothing", async () => {
    const path = `/api/v1/organisations/${countyId}/county-providers`;
    const csv = serializeCountyProvidersCsv([
      { ags: DOERENTRUP, providers: [PRACTICE] },
      { ags: EXTERTAL, providers: [{ ...PRACTICE, name: "Praxis Bösingfeld", city: "Extertal" }] },
    ]);
    const applied = await postFile(countyRoute.POST, `${path}?mode=apply`, { orgId: countyId }, countyAdmin, windows1252(csv));
    expect(applied.status, await applied.clone().text()).toBe(200);
    expect((await applied.json()).data.encoding).toBe("windows-1252");
    expect((await db.prisma.provider.findMany({ where: { organisationId: countyId }, orderBy: { name: "asc" } })).map((p) => p.name)).toEqual(["Hausärztliche Praxis Größer", "Praxis Bösingfeld"]);

    const before = await snapshotTenantData(db.prisma);
    const bad = await postFile(countyRoute.POST, `${path}?mode=apply`, { orgId: countyId }, countyAdmin, windows1252(csv.replace("32694", "3269X")));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.encoding).toBe("windows-1252");
    expect(body.error.rows.length).toBeGreaterThan(0);
    expect(await snapshotTenantData(db.prisma)).toBe(before);
  });

  it("refuses an unknown mode with a German message", async () => {
    const response = await postFile(importRoute.POST, `/api/v1/municipalities/${DOERENTRUP}/providers/import?mode=alles`, { ags: DOERENTRUP }, editor, windows1252(serializeProvidersCsv([PRACTICE])));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("mode muss");
  });
});
