import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import type { Caller, TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { closeSignals } from "@/lib/server/db/signals";
import { addBlock, blockAction, createWorkshop, setPaperCounts } from "@/lib/server/db/tenant/workshops";
import { joinWorkshop, submitAnswer } from "@/lib/server/db/workshop-participation";
import { consensusTemplate, modelVoteTemplate, ratingsTemplate } from "@/lib/domain/workshop/templates";
import { WORKSHOP_PDF_CHAPTERS } from "@/lib/server/pdf/workshop-results";
import * as pdfRoute from "@/app/api/v1/organisations/[orgId]/workshops/[id]/results.pdf/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, seedTerritory, signUp } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";
import { readinessPoint, storedRecommendation } from "../support/stored-result";

/** The text of a PDF as pdftotext (poppler-utils) extracts it, in reading order, whitespace joined. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "workshop-pdf-")), "w.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}
const pdfInfo = (pdf: Buffer) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "workshop-pdf-")), "w.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdfinfo", [file], { encoding: "utf8" });
};

/**
 * The workshop's results as a PDF (issue 14) on both databases: tagged A4 with "Seite n von m"; every block with its
 * numbers (the same as the results page and CSV), the rules, the collective radar as a table beside the self-check's
 * profile, role groups ≥ 5, paper counts, the moderation log, the date and the participant count. Members only.
 */
describe.each(testDatabaseKinds)("workshop results PDF on %s", (kind) => {
  let db: TestDatabase;
  let admin: { cookie: string; userId: string };
  let stranger: { cookie: string; userId: string };
  let orgId: string;
  let workshopId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    admin = await signUp(auth, "moderation@wspdf.test", "Mona Moderation");
    stranger = await signUp(auth, "stranger@wspdf.test");
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Gemeinde Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: admin.userId, role: "ADMIN" }], { id: true });
    orgId = org.id;
    const caller: Caller = { userId: admin.userId, email: "moderation@wspdf.test", name: "Mona Moderation", emailVerified: true, platformOperator: false, roles: new Map([[orgId, "ADMIN"]]), grantedTowns: new Set() };
    const ctx: TenantContext = { prisma: db.prisma, caller };
    await db.prisma.assessment.create({ data: { organisationId: orgId, municipalityAgs: DOERENTRUP, answers: {}, result: storedRecommendation({ readiness: [readinessPoint("expertise", "Fachexpertise", 20)] }) } });

    const w = await createWorkshop(ctx, orgId, { ags: DOERENTRUP, title: "Runder Tisch Hausärzte", date: "2026-12-10", retentionMonths: 12 });
    await db.prisma.workshop.update({ where: { id: w.id }, data: { codeExpiresAt: new Date(Date.now() + 86_400_000) } });
    workshopId = w.id;
    const ratings = await addBlock(ctx, orgId, w.id, ratingsTemplate());
    const vote = await addBlock(ctx, orgId, w.id, modelVoteTemplate());
    const consensus = await addBlock(ctx, orgId, w.id, consensusTemplate("Wir gründen ein kommunales MVZ."));
    await addBlock(ctx, orgId, w.id, consensusTemplate("Nie geöffnet."));
    // Six council members (a role group of ≥ 5) and one GP.
    const people = [];
    for (let i = 0; i < 6; i++) people.push((await joinWorkshop(db.prisma, w.code, "Rat")).participantId);
    people.push((await joinWorkshop(db.prisma, w.code, "Ärzteschaft")).participantId);
    // One block open at a time: each opened, answered by everyone, closed.
    const answerOf = (block: string, i: number) =>
      block === ratings.id ? { type: "ratings", ratings: { expertise: i < 4 ? 4 : 2 } } : block === vote.id ? { type: "singleChoice", choice: i < 5 ? "provider-network" : "municipal-mvz" } : { type: "consensus", value: i < 4 ? 2 : 5 };
    for (const block of [ratings, vote, consensus]) {
      await blockAction(ctx, orgId, w.id, block.id, "open");
      for (const [i, p] of people.entries()) await submitAnswer(db.prisma, w.code, p, block.id, answerOf(block.id, i));
      if (block === vote) await setPaperCounts(ctx, orgId, w.id, vote.id, { "municipal-mvz": 3 });
      await blockAction(ctx, orgId, w.id, block.id, "close");
    }
    await blockAction(ctx, orgId, w.id, vote.id, "reveal");
  });
  afterAll(async () => {
    await closeSignals();
    await db?.close();
  });

  const get = (cookie?: string) => call(pdfRoute.GET, "GET", `/api/v1/organisations/${orgId}/workshops/${workshopId}/results.pdf`, { orgId, id: workshopId }, { cookie });

  it("renders the blocks, numbers, rules, the radar as a table and the moderation log as tagged A4 with page numbers", async () => {
    const response = await get(admin.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    const pdf = Buffer.from(await response.arrayBuffer());
    const info = pdfInfo(pdf);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);

    const text = pdfText(pdf);
    expect(text).toContain("Workshop-Ergebnisse: Runder Tisch Hausärzte");
    for (const chapter of WORKSHOP_PDF_CHAPTERS) expect(text).toContain(chapter);
    expect(text).toContain("10. Dezember 2026");
    expect(text).toMatch(/Teilnehmende 7/);
    // Rules: role groups only from 5; the consensus rule of the consensus block.
    expect(text).toContain("Rollengruppen erst ab 5 Personen getrennt ausgewiesen");
    expect(text).toContain("gespalten, wenn mind. 1/3 der Bewertungen außerhalb von Median ±1 liegt");
    // Ratings: Fachexpertise mean (4·4 + 3·2) / 7 = 3,14, and the radar table beside the self-check's 20.
    expect(text).toContain("1. Wie gut ist unsere Gemeinde");
    expect(text).toMatch(/Fachexpertise 7 3,14 4/);
    expect(text).toContain("Gemeinsames Bild neben dem Profil der Selbsteinschätzung (Radar als Tabelle)");
    expect(text).toMatch(/Fachexpertise 3,1 54 20/);
    // Model vote: 5 network, 2 + 3 paper MVZ; the council group (6) broken out, the single GP not.
    expect(text).toContain("2. Welches Trägermodell sollten wir verfolgen?");
    expect(text).toContain("davon vom Papier: 3");
    expect(text).toMatch(/Gesundheitsnetzwerk 5/);
    expect(text).toMatch(/Kommunales MVZ 5/);
    expect(text).toContain("Rollengruppe Rat");
    expect(text).not.toContain("Rollengruppe Ärzteschaft");
    // Consensus: 4 × 2 and 3 × 5 → split.
    expect(text).toContain("3. Wir gründen ein kommunales MVZ.");
    // (pdftotext reads the label column of a table after its number columns when the cells differ in height.)
    expect(text).toMatch(/3\. Wir gründen ein kommunales MVZ\..*außerhalb Mittelwert Median 3 3,29 2.*gespalten/);
    expect(text).toContain("4. Nie geöffnet.");
    expect(text).toContain("Noch keine Antworten.");
    // The moderation log: who did what, in words.
    expect(text).toContain("Mona Moderation");
    expect(text).toContain("Geöffnet Block 1");
    expect(text).toContain("Papierstimmen erfasst Block 2");
    expect(text).toContain("Ergebnis freigegeben Block 2");
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Seite ${page} von ${pages}`);
  });

  it("is refused to other organisations (404) and without a session (401)", async () => {
    expect((await get(stranger.cookie)).status).toBe(404);
    expect((await get()).status).toBe(401);
  });
});
