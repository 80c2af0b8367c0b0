import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller, TenantContext } from "@/lib/server/auth/guard";
import { AccessError } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { closeSignals } from "@/lib/server/db/signals";
import { measureOptions, rankedMeasures, ratingsProposal } from "@/lib/server/db/tenant/workshop-outcomes";
import { rankedMeasureKey, takeWorkshopMeasuresIntoPlan } from "@/lib/server/db/tenant/workshop-to-plan";
import { addBlock, blockAction, createWorkshop, getWorkshop, ideasForModeration, moderateIdea, moderationLog, moveBlock, setPaperCounts, workshopResults } from "@/lib/server/db/tenant/workshops";
import { applyWorkshopRetention, blockResults, joinWorkshop, submitAnswer, submitIdea, workshopSnapshot } from "@/lib/server/db/workshop-participation";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { AnswerRejected, WorkshopInputError } from "@/lib/domain/schemas/workshop";
import { dotVoteTemplate, measuresTemplate, ratingsTemplate } from "@/lib/domain/workshop/templates";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { DOERENTRUP, seedTerritory } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";
import { readinessPoint, storedRecommendation } from "../support/stored-result";

/**
 * Running a workshop (issue 14) on both databases: reordering the agenda, the idea wall's moderation (hide, merge,
 * cluster) and the dot vote over it, paper counts, results by role group (≥ 5), the measures vote for the town's
 * gaps, the ranked measures as plain data for the action plan, retention keeping the aggregates, the moderation log.
 */
describe.each(testDatabaseKinds)("workshop facilitation on %s", (kind) => {
  let db: TestDatabase;
  let ctx: TenantContext;
  let viewer: TenantContext;
  let orgId: string;
  const today = new Date().toISOString().slice(0, 10);
  const options = [{ key: "netz", label: "Netzwerk" }, { key: "mvz", label: "Kommunales MVZ" }, { key: "offen", label: "Noch unentschieden" }];

  const callerFor = (userId: string, role: "MODERATOR" | "VIEWER", org: string): Caller => ({ userId, email: `${userId}@ws.test`, name: userId, emailVerified: true, platformOperator: false, roles: new Map([[org, role]]), grantedTowns: new Set() });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    for (const id of ["mod", "view"]) await db.prisma.user.create({ data: { id, email: `${id}@ws.test`, name: id === "mod" ? "Moderatorin" : id, emailVerified: true } });
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: "mod", role: "MODERATOR" }, { userId: "view", role: "VIEWER" }], { id: true });
    orgId = org.id;
    ctx = { prisma: db.prisma, caller: callerFor("mod", "MODERATOR", org.id) };
    viewer = { prisma: db.prisma, caller: callerFor("view", "VIEWER", org.id) };
  });
  afterAll(async () => {
    await closeSignals();
    await db?.close();
  });

  const newWorkshop = (title: string, date = today) => createWorkshop(ctx, orgId, { ags: DOERENTRUP, title, date, retentionMonths: 12 });

  it("moves blocks up and down (positions stay 1..n); the first cannot move up; a viewer cannot move", async () => {
    const w = await newWorkshop("Reihenfolge");
    const a = await addBlock(ctx, orgId, w.id, { type: "singleChoice", prompt: "A?", options });
    const b = await addBlock(ctx, orgId, w.id, { type: "singleChoice", prompt: "B?", options });
    const c = await addBlock(ctx, orgId, w.id, { type: "singleChoice", prompt: "C?", options });
    await moveBlock(ctx, orgId, w.id, c.id, "up");
    expect((await getWorkshop(ctx, orgId, w.id)).blocks.map((x) => [x.position, x.config.prompt])).toEqual([[1, "A?"], [2, "C?"], [3, "B?"]]);
    await moveBlock(ctx, orgId, w.id, a.id, "down");
    expect((await getWorkshop(ctx, orgId, w.id)).blocks.map((x) => x.config.prompt)).toEqual(["C?", "A?", "B?"]);
    await expect(moveBlock(ctx, orgId, w.id, c.id, "up")).rejects.toThrow("Der Block steht schon an erster Stelle.");
    await expect(moveBlock(viewer, orgId, w.id, b.id, "up")).rejects.toBeInstanceOf(AccessError);
    expect((await moderationLog(viewer, orgId, w.id)).filter((e) => e.action === "block.move")).toHaveLength(2);
  });

  it("the idea wall: hidden and merged ideas leave the wall, clusters group it; the dot vote opens over the visible ideas only", async () => {
    const w = await newWorkshop("Ideen");
    const ideas = await addBlock(ctx, orgId, w.id, { type: "ideas", prompt: "Wen müssen wir einbinden?", maxLength: 280 });
    await blockAction(ctx, orgId, w.id, ideas.id, "open");
    const p = await joinWorkshop(db.prisma, w.code);
    for (const text of ["die KV", "Kassenärztliche Vereinigung", "den Kreis", "Werbung für Bier"]) await submitIdea(db.prisma, w.code, p.participantId, ideas.id, text);
    const [kv, kv2, kreis, spam] = await ideasForModeration(ctx, orgId, w.id);
    await moderateIdea(ctx, orgId, w.id, spam!.id, { hidden: true });
    await moderateIdea(ctx, orgId, w.id, kv2!.id, { mergedIntoId: kv!.id });
    await moderateIdea(ctx, orgId, w.id, kreis!.id, { cluster: "Verwaltung" });
    await expect(moderateIdea(ctx, orgId, w.id, kv!.id, { mergedIntoId: kv!.id })).rejects.toBeInstanceOf(WorkshopInputError);
    const wall = (await blockResults(db.prisma, ideas.id)).overall;
    expect(wall.type === "ideas" && wall.result.ideas.map((i) => [i.text, i.cluster, i.merged])).toEqual([
      ["den Kreis", "Verwaltung", 0],
      ["die KV", null, 1],
    ]);

    // The dot vote is added before the wall is final; opening it takes the wall as it is then.
    const vote = await addBlock(ctx, orgId, w.id, dotVoteTemplate([{ key: "placeholder-1", label: "x" }, { key: "placeholder-2", label: "y" }], 2, false, ideas.id));
    await blockAction(ctx, orgId, w.id, vote.id, "open");
    const opened = (await getWorkshop(ctx, orgId, w.id)).blocks.find((b) => b.id === vote.id)!.config;
    expect(opened.type === "dotVote" && opened.options.map((o) => o.label)).toEqual(["Verwaltung: den Kreis", "die KV"]);
    await submitAnswer(db.prisma, w.code, p.participantId, vote.id, { type: "dotVote", dots: { [`idea-${kv!.id}`]: 1, [`idea-${kreis!.id}`]: 1 } });
    await expect(submitAnswer(db.prisma, w.code, p.participantId, vote.id, { type: "dotVote", dots: { [`idea-${spam!.id}`]: 1 } })).rejects.toBeInstanceOf(AnswerRejected);
    // Participants never see the hidden idea, even after the reveal.
    await blockAction(ctx, orgId, w.id, ideas.id, "reveal");
    await blockAction(ctx, orgId, w.id, vote.id, "close");
    const snapshot = await workshopSnapshot(db.prisma, w.code);
    expect(JSON.stringify(snapshot)).not.toContain("Werbung für Bier");
  });

  it("paper counts add to the overall result (not to role groups); keys that do not fit are refused; reset clears them", async () => {
    const w = await newWorkshop("Gemischter Raum");
    const block = await addBlock(ctx, orgId, w.id, { type: "singleChoice", prompt: "Welches Modell?", options });
    await blockAction(ctx, orgId, w.id, block.id, "open");
    // 6 council members (a group ≥ 5 is broken out) and 2 from the KV (pooled: fewer than 5).
    const council = await Promise.all(Array.from({ length: 6 }, () => joinWorkshop(db.prisma, w.code, "Rat")));
    const kv = await Promise.all(Array.from({ length: 2 }, () => joinWorkshop(db.prisma, w.code, "KV")));
    for (const p of council) await submitAnswer(db.prisma, w.code, p.participantId, block.id, { type: "singleChoice", choice: "mvz" });
    for (const p of kv) await submitAnswer(db.prisma, w.code, p.participantId, block.id, { type: "singleChoice", choice: "netz" });
    await setPaperCounts(ctx, orgId, w.id, block.id, { netz: 3, mvz: 0, offen: 1 });
    await expect(setPaperCounts(ctx, orgId, w.id, block.id, { unbekannt: 2 })).rejects.toThrow(/gehört nicht zu diesem Block/);
    const r = await blockResults(db.prisma, block.id);
    expect(r.overall.type === "choice" && r.overall.result.counts).toEqual({ netz: 5, mvz: 6, offen: 1 });
    expect(r.n).toBe(8);
    expect(r.paper).toBe(4);
    expect(r.byRole.map((g) => [g.role, g.result.type === "choice" && g.result.result.counts])).toEqual([["Rat", { netz: 0, mvz: 6, offen: 0 }]]);
    expect(r.suppressed).toBe(2);
    await blockAction(ctx, orgId, w.id, block.id, "reset");
    const after = await blockResults(db.prisma, block.id);
    expect([after.n, after.paper]).toEqual([0, 0]);
  });

  it("the measures vote offers catalogue measures for the town's gaps (needs a self-check) and the ranked result is plain data with citations", async () => {
    const w = await newWorkshop("Maßnahmen");
    await expect(measureOptions(ctx, orgId, { id: w.id, ags: DOERENTRUP }, null)).rejects.toThrow(/Selbsteinschätzung/);
    const knowledge = knowledgeFromFiles();
    const [weak, strong] = ["networking", "resources"] as const;
    await db.prisma.assessment.create({
      data: { organisationId: orgId, municipalityAgs: DOERENTRUP, answers: {}, result: storedRecommendation({ readiness: [readinessPoint(weak, "Netzwerk", 20), readinessPoint(strong, "Ressourcen", 95)] }) },
    });
    const offered = await measureOptions(ctx, orgId, { id: w.id, ags: DOERENTRUP }, null);
    const bySlug = new Map(knowledge.measures.map((m) => [m.slug, m]));
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered.every((o) => bySlug.get(o.key)?.closesGaps.includes(weak))).toBe(true);

    const block = await addBlock(ctx, orgId, w.id, measuresTemplate(offered.slice(0, 3), 3, true));
    await blockAction(ctx, orgId, w.id, block.id, "open");
    const p = await joinWorkshop(db.prisma, w.code);
    const q = await joinWorkshop(db.prisma, w.code);
    await submitAnswer(db.prisma, w.code, p.participantId, block.id, { type: "dotVote", dots: { [offered[1]!.key]: 3 } });
    await submitAnswer(db.prisma, w.code, q.participantId, block.id, { type: "dotVote", dots: { [offered[0]!.key]: 1, [offered[1]!.key]: 1 } });
    expect(await rankedMeasures(viewer, orgId, w.id)).toEqual([]); // still open: not yet a result
    await blockAction(ctx, orgId, w.id, block.id, "close");
    const ranked = await rankedMeasures(viewer, orgId, w.id);
    expect(ranked.map((r) => [r.slug, r.votes, r.source])).toEqual([
      [offered[1]!.key, 4, "catalogue"],
      [offered[0]!.key, 1, "catalogue"],
    ]);
    expect(ranked[0]!.title).toBe(bySlug.get(offered[1]!.key)!.title);
    expect(ranked[0]!.citation.length).toBeGreaterThan(5);

    // Into the town's action plan: only with the plan's own right (a moderator may not), then as catalogue items.
    const keys = ranked.map(rankedMeasureKey);
    await expect(takeWorkshopMeasuresIntoPlan(ctx, orgId, w.id, keys)).rejects.toBeInstanceOf(AccessError);
    const admin: TenantContext = { ...ctx, caller: { ...ctx.caller!, roles: new Map([[orgId, "ADMIN"]]) } };
    await expect(takeWorkshopMeasuresIntoPlan(admin, orgId, w.id, [])).rejects.toThrow("mindestens eine");
    const taken = await takeWorkshopMeasuresIntoPlan(admin, orgId, w.id, [keys[0]!]);
    expect(taken).toEqual({ ags: DOERENTRUP, added: 1 });
    const items = await db.prisma.actionPlanItem.findMany({ where: { plan: { organisationId: orgId, municipalityAgs: DOERENTRUP } }, select: { title: true, source: true, sourceRef: true, notes: true } });
    expect(items).toEqual([{ title: ranked[0]!.title, source: "catalogue", sourceRef: ranked[0]!.slug, notes: expect.stringContaining("4 Stimmen im Workshop") }]);

    // The collective ratings as a proposal beside the self-check's score (nothing written to the assessment).
    const ratings = await addBlock(ctx, orgId, w.id, ratingsTemplate());
    await blockAction(ctx, orgId, w.id, ratings.id, "open");
    await submitAnswer(db.prisma, w.code, p.participantId, ratings.id, { type: "ratings", ratings: { [weak]: 2, [strong]: "unknown" } });
    await submitAnswer(db.prisma, w.code, q.participantId, ratings.id, { type: "ratings", ratings: { [weak]: 3 } });
    const assessmentBefore = await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId }, select: { result: true, version: true } });
    const proposal = await ratingsProposal(viewer, orgId, w.id, ratings.id);
    expect(proposal.find((r) => r.category === weak)).toMatchObject({ roomMean: 2.5, roomN: 2, engineScore: 20, proposedScore: 38 });
    expect(proposal.find((r) => r.category === strong)).toMatchObject({ roomMean: null, roomN: 0, engineScore: 95, proposedScore: null });
    expect(await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId }, select: { result: true, version: true } })).toEqual(assessmentBefore);
  });

  it("retention deletes raw answers and participants, and the results page keeps showing the aggregates", async () => {
    const w = await newWorkshop("Alt", "2025-01-15");
    const block = await addBlock(ctx, orgId, w.id, { type: "consensus", prompt: "Wir gründen ein MVZ." });
    await db.prisma.workshop.update({ where: { id: w.id }, data: { codeExpiresAt: new Date(Date.now() + 86_400_000) } });
    await blockAction(ctx, orgId, w.id, block.id, "open");
    for (const value of [1, 4, 5]) await submitAnswer(db.prisma, w.code, (await joinWorkshop(db.prisma, w.code)).participantId, block.id, { type: "consensus", value });
    const before = await workshopResults(viewer, orgId, w.id);
    const done = await applyWorkshopRetention(db.prisma, new Date("2026-02-01T00:00:00Z"));
    expect(done.answers).toBe(3);
    expect(await db.prisma.workshopAnswer.count({ where: { blockId: block.id } })).toBe(0);
    expect(await db.prisma.workshopParticipant.count({ where: { workshopId: w.id } })).toBe(0);
    const after = await workshopResults(viewer, orgId, w.id);
    expect(after.participants).toBe(3);
    expect(before.blocks[0]!.overall).toMatchObject({ type: "consensus", result: { n: 3, median: 4, outside: 1, split: true, distribution: { "1": 1, "4": 1, "5": 1 } } });
    expect(after.blocks[0]!.overall).toMatchObject({ type: "consensus", result: { n: 3, median: 4, outside: 1, split: true, distribution: { "1": 1, "4": 1, "5": 1 } } });
    expect(after.blocks[0]!.overall.type === "consensus" && after.blocks[0]!.overall.result.mean).toBeCloseTo(10 / 3, 10);
    expect(after.blocks[0]!.n).toBe(3);
    expect((await applyWorkshopRetention(db.prisma, new Date("2026-02-01T00:00:00Z"))).workshops).toBe(0);
    expect((await moderationLog(viewer, orgId, w.id)).map((e) => e.action)).toContain("retention.aggregate");
  });
});
