import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller, TenantContext } from "@/lib/server/auth/guard";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { closeSignals, subscribeWorkshop } from "@/lib/server/db/signals";
import { addBlock, blockAction, createWorkshop, workshopResults } from "@/lib/server/db/tenant/workshops";
import { workshopResultsCsv } from "@/lib/server/use-cases/workshop-results-csv";
import { blockResults, deleteExpiredWorkshopAnswers, findWorkshopByCode, getOwnAnswer, joinWorkshop, submitAnswer, WorkshopCodeError } from "@/lib/server/db/workshop-participation";
import { AnswerRejected } from "@/lib/domain/schemas/workshop";
import * as eventsRoute from "@/app/api/v1/workshops/[code]/events/route";
import * as snapshotRoute from "@/app/api/v1/workshops/[code]/snapshot/route";
import * as joinRoute from "@/app/api/v1/workshops/join/route";
import * as presenterRoute from "@/app/api/v1/workshops/[code]/presenter/events/route";
import { JOIN_MAX_ATTEMPTS } from "@/lib/server/db/workshop-rate-limit";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { DOERENTRUP, seedTerritory } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

describe.each(testDatabaseKinds)("workshop participation on %s", (kind) => {
  let db: TestDatabase;
  let ctx: TenantContext;
  let orgId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const user = await db.prisma.user.create({ data: { id: "moderator-user", email: "mod@ws.test", name: "Moderation", emailVerified: true } });
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: user.id, role: "MODERATOR" }], { id: true });
    orgId = org.id;
    const caller: Caller = { userId: user.id, email: user.email, name: user.name, emailVerified: true, platformOperator: false, roles: new Map([[org.id, "MODERATOR"]]), grantedTowns: new Set() };
    ctx = { prisma: db.prisma, caller };
  });
  afterAll(async () => {
    await closeSignals();
    await db?.close();
  });

  async function workshopWithOpenBlock(date = new Date().toISOString().slice(0, 10)) {
    const workshop = await createWorkshop(ctx, orgId, { ags: DOERENTRUP, title: "Ratsklausur", date, retentionMonths: 12 });
    const block = await addBlock(ctx, orgId, workshop.id, { type: "singleChoice", prompt: "Welches Modell?", options: [{ key: "netz", label: "Netzwerk" }, { key: "mvz", label: "Kommunales MVZ" }] });
    await blockAction(ctx, orgId, workshop.id, block.id, "open");
    return { workshop, block };
  }

  it("counts 200 concurrent answers to one block exactly once each, and a change signal arrives", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    let signals = 0;
    const unsubscribe = await subscribeWorkshop(workshop.code, () => signals++);
    const participants = await Promise.all(Array.from({ length: 200 }, (_, i) => joinWorkshop(db.prisma, workshop.code, i % 2 ? "Rat" : "Bürgerschaft")));
    await Promise.all(participants.map((p, i) => submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "singleChoice", choice: i < 120 ? "netz" : "mvz" })));
    const results = await blockResults(db.prisma, block.id);
    expect(results.n).toBe(200);
    expect(results.overall).toEqual({ type: "choice", result: { counts: { netz: 120, mvz: 80 }, n: 200 } });
    expect(results.byRole.map((g) => [g.role, g.result.type === "choice" ? g.result.result.n : 0]).sort()).toEqual([["Bürgerschaft", 100], ["Rat", 100]]);
    await expect.poll(() => signals).toBeGreaterThan(0);
    unsubscribe();
  });

  it("a double submit and a resubmit change nothing; a changed answer replaces the old one; a participant reads only their own answer", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    const a = await joinWorkshop(db.prisma, workshop.code);
    const b = await joinWorkshop(db.prisma, workshop.code);
    const vote = { type: "singleChoice", choice: "netz" };
    await Promise.all([submitAnswer(db.prisma, workshop.code, a.participantId, block.id, vote), submitAnswer(db.prisma, workshop.code, a.participantId, block.id, vote)]);
    await submitAnswer(db.prisma, workshop.code, a.participantId, block.id, vote);
    expect(await db.prisma.workshopAnswer.count({ where: { blockId: block.id } })).toBe(1);
    await submitAnswer(db.prisma, workshop.code, a.participantId, block.id, { type: "singleChoice", choice: "mvz" });
    expect((await blockResults(db.prisma, block.id)).overall).toEqual({ type: "choice", result: { counts: { netz: 0, mvz: 1 }, n: 1 } });
    expect(await getOwnAnswer(db.prisma, workshop.code, a.participantId, block.id)).toEqual({ type: "singleChoice", choice: "mvz" });
    expect(await getOwnAnswer(db.prisma, workshop.code, b.participantId, block.id)).toBeNull();
  });

  it("a closed block refuses answers with a clear message and keeps the stored one", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    const a = await joinWorkshop(db.prisma, workshop.code);
    await submitAnswer(db.prisma, workshop.code, a.participantId, block.id, { type: "singleChoice", choice: "netz" });
    await blockAction(ctx, orgId, workshop.id, block.id, "close");
    await expect(submitAnswer(db.prisma, workshop.code, a.participantId, block.id, { type: "singleChoice", choice: "mvz" })).rejects.toThrow(
      new AnswerRejected("Diese Frage ist geschlossen; Antworten werden nicht mehr angenommen."),
    );
    expect(await getOwnAnswer(db.prisma, workshop.code, a.participantId, block.id)).toEqual({ type: "singleChoice", choice: "netz" });
  });

  it("refuses an answer that breaks the block's rule, and an unknown or expired code, in German", async () => {
    const workshop = await createWorkshop(ctx, orgId, { ags: DOERENTRUP, title: "Punktabfrage", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    const block = await addBlock(ctx, orgId, workshop.id, { type: "dotVote", prompt: "Was zuerst?", options: [{ key: "a", label: "A" }, { key: "b", label: "B" }], dots: 3, stacking: false });
    await blockAction(ctx, orgId, workshop.id, block.id, "open");
    const p = await joinWorkshop(db.prisma, workshop.code);
    await expect(submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "dotVote", dots: { a: 2 } })).rejects.toThrow("Pro Möglichkeit ist höchstens ein Punkt erlaubt.");
    await expect(submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "dotVote", dots: { a: 1 }, extra: 1 })).rejects.toThrow(AnswerRejected);
    expect(await db.prisma.workshopAnswer.count({ where: { blockId: block.id } })).toBe(0);
    await expect(findWorkshopByCode(db.prisma, "ZZZZZZ")).rejects.toThrow(/keinen Workshop/);
    await expect(findWorkshopByCode(db.prisma, "ABC0")).rejects.toThrow(WorkshopCodeError);
    await expect(findWorkshopByCode(db.prisma, workshop.code, new Date(Date.now() + 10 * 86_400_000))).rejects.toThrow(/beendet/);
  });

  it("deletes raw answers after the retention period and keeps the aggregate", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    const p = await joinWorkshop(db.prisma, workshop.code);
    await submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "singleChoice", choice: "netz" });
    expect(await deleteExpiredWorkshopAnswers(db.prisma, new Date(Date.now() + 300 * 86_400_000))).toBe(0);
    expect(await deleteExpiredWorkshopAnswers(db.prisma, new Date(Date.now() + 400 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.workshopAnswer.count({ where: { blockId: block.id } })).toBe(0);
    const kept = await db.prisma.workshopModerationEntry.findFirst({ where: { workshopId: workshop.id, action: "retention.aggregate" } });
    expect(kept?.detail).toMatchObject({ blockId: block.id, n: 1, overall: { result: { counts: { netz: 1 } } } });
  });

  /** Reads SSE events from a stream until `predicate` matches one (or the timeout passes). */
  async function nextSnapshot(reader: ReadableStreamDefaultReader<Uint8Array>, buffer: { text: string }, predicate: (data: Record<string, unknown>) => boolean, timeoutMs = 5000) {
    const decoder = new TextDecoder();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const events = buffer.text.split("\n\n");
      buffer.text = events.pop()!;
      for (const event of events) {
        const data = event.split("\n").find((l) => l.startsWith("data: "));
        if (event.includes("event: snapshot") && data) {
          const parsed = JSON.parse(data.slice(6)) as Record<string, unknown>;
          if (predicate(parsed)) return { parsed, id: event.split("\n").find((l) => l.startsWith("id: "))!.slice(4) };
        }
      }
      if (Date.now() > deadline) return null;
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, deadline - Date.now())))]);
      if (chunk && !chunk.done) buffer.text += decoder.decode(chunk.value, { stream: true });
    }
  }

  it("streams versioned snapshots over SSE (no results before reveal), resumes with Last-Event-ID, and polling answers 304", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    const controller = new AbortController();
    const response = await eventsRoute.GET(new Request(`http://localhost/api/v1/workshops/${workshop.code}/events`, { signal: controller.signal }), { params: Promise.resolve({ code: workshop.code }) });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    const reader = response.body!.getReader();
    const buffer = { text: "" };
    const first = await nextSnapshot(reader, buffer, () => true);
    expect(first).not.toBeNull();
    const p = await joinWorkshop(db.prisma, workshop.code);
    await submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "singleChoice", choice: "mvz" });
    const answered = await nextSnapshot(reader, buffer, (s) => (s.block as { answered: number }).answered === 1);
    expect(answered?.parsed.block).toMatchObject({ answered: 1, results: null });
    await blockAction(ctx, orgId, workshop.id, block.id, "reveal");
    const revealed = await nextSnapshot(reader, buffer, (s) => (s.block as { status: string }).status === "REVEALED");
    expect(revealed?.parsed.block).toMatchObject({ results: { type: "choice", result: { counts: { mvz: 1, netz: 0 } } } });
    controller.abort();

    // Resuming with the current version sends nothing until the next change.
    const resumeController = new AbortController();
    const resumed = await eventsRoute.GET(new Request(`http://localhost/x`, { signal: resumeController.signal, headers: { "last-event-id": revealed!.id } }), { params: Promise.resolve({ code: workshop.code }) });
    expect(await nextSnapshot(resumed.body!.getReader(), { text: "" }, () => true, 800)).toBeNull();
    resumeController.abort();

    const polled = await snapshotRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ code: workshop.code }) });
    expect(polled.status).toBe(200);
    const etag = polled.headers.get("etag")!;
    const again = await snapshotRoute.GET(new Request("http://localhost/x", { headers: { "if-none-match": etag } }), { params: Promise.resolve({ code: workshop.code }) });
    expect(again.status).toBe(304);
    const unknown = await snapshotRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ code: "ZZZZZZ" }) });
    expect(unknown.status).toBe(404);
  });

  it("the results (overall and by role group ≥ 5) and the CSV show the same numbers", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    for (let i = 0; i < 7; i++) {
      const p = await joinWorkshop(db.prisma, workshop.code, i < 5 ? "Rat" : "KV");
      await submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "singleChoice", choice: i % 2 ? "mvz" : "netz" });
    }
    const results = await workshopResults(ctx, orgId, workshop.id);
    expect(results.participants).toBe(7);
    const [only] = results.blocks;
    expect(only!.overall).toEqual({ type: "choice", result: { counts: { netz: 4, mvz: 3 }, n: 7 } });
    // Rat (5) is broken out; KV (2) is not, and too small to pool.
    expect(only!.byRole.map((g) => g.role)).toEqual(["Rat"]);
    const csv = workshopResultsCsv({ title: workshop.title, date: workshop.date, participants: results.participants, exportedAt: new Date() }, results.blocks.map((b) => ({ ...b, result: b.overall })));
    expect(csv).toContain("Teilnehmende;7");
    expect(csv).toMatch(/;Netzwerk;4;/);
    expect(csv).toMatch(/;Kommunales MVZ;3;/);
  });

  it("joins by form post (cookie, redirect), explains an unknown code, and answers 429 after too many attempts from one address", async () => {
    const { workshop } = await workshopWithOpenBlock();
    const post = (code: string, ip: string) => {
      const body = new FormData();
      body.set("code", code);
      body.set("role", "Rat");
      return joinRoute.POST(new Request("http://localhost/api/v1/workshops/join", { method: "POST", body, headers: { "x-forwarded-for": ip } }));
    };
    const ok = await post(workshop.code.toLowerCase(), `192.0.2.${kind === "pglite" ? 1 : 2}`);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/w/${workshop.code}`);
    expect(ok.headers.get("set-cookie")).toMatch(new RegExp(`^vl_ws_${workshop.code}=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Lax`));
    const unknown = await post("ZZZZZZ", "192.0.2.9");
    expect(decodeURIComponent(unknown.headers.get("location")!)).toContain("Zum Code ZZZZZZ gibt es keinen Workshop");
    const ip = `198.51.100.${kind === "pglite" ? 1 : 2}`;
    const statuses: number[] = [];
    for (let i = 0; i <= JOIN_MAX_ATTEMPTS; i++) statuses.push((await post("ZZZZZZ", ip)).status);
    expect(statuses.slice(0, JOIN_MAX_ATTEMPTS).every((s) => s === 303)).toBe(true);
    expect(statuses[JOIN_MAX_ATTEMPTS]).toBe(429);
  });

  it("the presenter stream needs the presenter token and shows live results of the open block", async () => {
    const { workshop, block } = await workshopWithOpenBlock();
    const p = await joinWorkshop(db.prisma, workshop.code);
    await submitAnswer(db.prisma, workshop.code, p.participantId, block.id, { type: "singleChoice", choice: "netz" });
    const open = (token: string, signal?: AbortSignal) =>
      presenterRoute.GET(new Request(`http://localhost/x?token=${encodeURIComponent(token)}`, { signal }), { params: Promise.resolve({ code: workshop.code }) });
    expect((await open("falsch")).status).toBe(403);
    const controller = new AbortController();
    const response = await open(workshop.presenterToken, controller.signal);
    expect(response.status).toBe(200);
    const live = await nextSnapshot(response.body!.getReader(), { text: "" }, () => true);
    expect(live?.parsed.block).toMatchObject({ status: "OPEN", results: { type: "choice", result: { counts: { netz: 1, mvz: 0 } } } });
    controller.abort();
  });
});
