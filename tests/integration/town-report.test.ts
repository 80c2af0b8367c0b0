import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as reportRoute from "@/app/api/v1/organisations/[orgId]/reports/[ags]/route";
import * as councilPaperRoute from "@/app/api/v1/organisations/[orgId]/scenarios/[id]/council-paper/route";
import { COUNCIL_PAPER_CHAPTERS } from "@/lib/server/pdf/council-paper";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { TOWN_REPORT_CHAPTERS } from "@/lib/server/pdf/town-report";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, seedTerritory, signUp } from "../support/tenancy";
import { createCountyOrganisation, createTownOrganisation, grantCountyAccess } from "../support/factories";
import { fillTown } from "../support/town-fixture";

/** The text of a PDF as pdftotext (poppler-utils) extracts it, in reading order. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-")), "r.pdf");
  fs.writeFileSync(file, pdf);
  // Lines wrapped in table cells and paragraphs joined again: one space between words.
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const pdfInfo = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-")), "r.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdfinfo", [file], { encoding: "utf8" });
};

describe.each(testDatabaseKinds)("town report PDF on %s", (kind) => {
  let db: TestDatabase;
  let admin: { cookie: string; userId: string };
  let county: { cookie: string; userId: string };
  let stranger: { cookie: string; userId: string };
  let orgId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    admin = await signUp(auth, "admin@report.test", "Anna Amt");
    county = await signUp(auth, "county@report.test", "Kreis Lippe");
    stranger = await signUp(auth, "stranger@report.test");
    const org = await createTownOrganisation(db.prisma, [[admin, "ADMIN"]]);
    orgId = org.id;
    const countyOrg = await createCountyOrganisation(db.prisma, [[county, "VIEWER"]]);
    await grantCountyAccess(db.prisma, orgId, countyOrg.id);
    await fillTown(db.prisma, orgId, DOERENTRUP, { ownerMembershipId: org.membershipIds[0] });
  });
  afterAll(async () => db?.close());

  const get = (cookie?: string) => call(reportRoute.GET, "GET", `/api/v1/organisations/${orgId}/reports/${DOERENTRUP}`, { orgId, ags: DOERENTRUP }, { cookie });

  it("renders every section of Dörentrup's report as tagged A4 text with citations, sources and page numbers", async () => {
    const response = await get(admin.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const info = pdfInfo(pdf);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);

    const text = pdfText(pdf);
    expect(text).toContain("Bericht zur hausärztlichen Versorgung – Dörentrup");
    expect(text).toContain("Gemeinde Dörentrup");
    for (const chapter of TOWN_REPORT_CHAPTERS) expect(text).toContain(chapter);
    // Supply check: practices, the forecast chart's table alternative and the closing practice.
    expect(text).toContain("Hausarztpraxis am Markt");
    expect(text).toContain("Versorgungsgrad");
    expect(text).toContain("Grenze 75 %");
    // Recommendation with its footnote markers and the rule-set version.
    expect(text).toContain("Empfohlenes Trägermodell:");
    expect(text).toMatch(/\[\d+(, \d+)*\]/);
    expect(text).toMatch(/Regelwerk und Wissensstand Version \S+/);
    // Scenario, workshop aggregate, plan with owners and dates.
    expect(text).toContain("MVZ oder Netzwerk 2026");
    expect(text).toContain("Welches Modell soll die Gemeinde verfolgen?");
    expect(text).toContain("Gesundheitsnetzwerk");
    expect(text).toContain("Gesundheitskoordination im Rathaus einrichten");
    expect(text).toContain("Anna Amt");
    expect(text).toContain("Bauamt");
    expect(text).toMatch(/1 von 3 Maßnahmen erledigt/);
    // Sources: the footnotes name the documents and sections; the licence attribution of the register.
    expect(text).toMatch(/Abschnitt „[^“]+“/);
    expect(text).toContain("KommKom Münsterland");
    expect(text).toContain("Datenlizenz Deutschland – Namensnennung – Version 2.0");
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Seite ${page} von ${pages}`);
  });

  it("lets a granted county read the report without the workshop results, and nobody else", async () => {
    const response = await get(county.cookie);
    expect(response.status).toBe(200);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Gesundheitskoordination im Rathaus einrichten");
    expect(text).not.toContain("Welches Modell soll die Gemeinde verfolgen?");
    expect((await get(stranger.cookie)).status).toBe(404);
    expect((await get()).status).toBe(401);
  });

  it("renders the comparison's council paper of a saved scenario with the same machinery", async () => {
    const scenario = await db.prisma.scenario.findFirstOrThrow({ where: { organisationId: orgId } });
    const path = `/api/v1/organisations/${orgId}/scenarios/${scenario.id}/council-paper`;
    const response = await call(councilPaperRoute.GET, "GET", path, { orgId, id: scenario.id }, { cookie: admin.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf);
    for (const chapter of COUNCIL_PAPER_CHAPTERS) expect(text).toContain(chapter);
    expect(text).toContain("MVZ oder Netzwerk 2026");
    expect(text).toContain("Saldo für die Gemeinde");
    expect(text).toMatch(/Abschnitt „[^“]+“/);
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))![1]);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    const other = await call(councilPaperRoute.GET, "GET", path, { orgId, id: scenario.id }, { cookie: stranger.cookie });
    expect(other.status).toBe(404);
  });
});
