import { randomBytes } from "node:crypto";
import { aggregateChoices, aggregateDots, aggregateRanking, aggregateRatings, aggregateWeighting, byRoleGroup, consensus, summarise, type RatingValue } from "@/lib/domain/workshop/aggregate";
import { normaliseCode } from "@/lib/domain/workshop/code";
import { paperAnswers } from "@/lib/domain/workshop/paper";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AnswerRejected, AnswerSchema, BlockConfigSchema, PaperCountsSchema, parseAnswer, type Answer, type BlockConfig } from "@/lib/domain/schemas/workshop";
import { publishWorkshopChange } from "./signals";

/**
 * The public side of a workshop (issue 14): participants join by code without an account; a participant is a random
 * id kept in an httpOnly cookie (no name, no IP address). One answer per participant and block, enforced by the
 * unique key (blockId, participantId): an answer sent twice is the same answer (upsert), a changed one replaces it,
 * until the block closes. Results are counted in the database with GROUP BY and never shown to participants before
 * the moderator reveals the block.
 */
export class WorkshopCodeError extends Error {
  constructor(
    readonly reason: "invalid" | "unknown" | "expired",
    message: string,
  ) {
    super(message);
    this.name = "WorkshopCodeError";
  }
}

const WORKSHOP_SELECT = { id: true, code: true, title: true, status: true, codeExpiresAt: true, version: true } as const;

/** The workshop for a typed code, or a WorkshopCodeError with a clear German message. */
export async function findWorkshopByCode(prisma: PrismaClient, input: string, now = new Date()) {
  const code = normaliseCode(input);
  if (!code) throw new WorkshopCodeError("invalid", "Ein Workshop-Code hat 6 Zeichen (Buchstaben und Ziffern, ohne 0, O, 1, I und L).");
  const workshop = await prisma.workshop.findUnique({ where: { code }, select: WORKSHOP_SELECT });
  if (!workshop) throw new WorkshopCodeError("unknown", `Zum Code ${code} gibt es keinen Workshop. Bitte prüfen Sie den Code auf der Leinwand.`);
  if (workshop.status === "ENDED" || workshop.codeExpiresAt <= now) throw new WorkshopCodeError("expired", `Der Workshop zum Code ${code} ist beendet; der Code gilt nicht mehr.`);
  return workshop;
}

/** Joins a workshop: a new random participant id (the caller puts it into an httpOnly cookie). */
export async function joinWorkshop(prisma: PrismaClient, code: string, roleLabel?: string | null): Promise<{ participantId: string; workshopId: string; code: string }> {
  const workshop = await findWorkshopByCode(prisma, code);
  const participantId = randomBytes(18).toString("base64url");
  await prisma.workshopParticipant.create({ data: { id: participantId, workshopId: workshop.id, roleLabel: roleLabel ?? null } });
  publishWorkshopChange(workshop.code);
  return { participantId, workshopId: workshop.id, code: workshop.code };
}

async function participantOf(prisma: PrismaClient, workshopId: string, participantId: string) {
  const participant = await prisma.workshopParticipant.findFirst({ where: { id: participantId, workshopId }, select: { id: true } });
  if (!participant) throw new WorkshopCodeError("unknown", "Bitte treten Sie dem Workshop zuerst mit dem Code bei.");
  return participant;
}

/**
 * Stores (or replaces) the participant's answer to an open block, then publishes a change signal. `input` is the
 * answer, or a function that builds it from the block's configuration (the form post). Two statements: one read
 * (workshop by code, the block, the participant) and one write (the upsert, which also notes the participant as
 * seen), so an answer costs two round trips to the database.
 */
export async function submitAnswer(prisma: PrismaClient, code: string, participantId: string, blockId: string, input: unknown): Promise<Answer> {
  const normalised = normaliseCode(code);
  if (!normalised) throw new WorkshopCodeError("invalid", "Ein Workshop-Code hat 6 Zeichen (Buchstaben und Ziffern, ohne 0, O, 1, I und L).");
  const rows = await prisma.$queryRaw<Array<{ workshopStatus: string; codeExpiresAt: Date; blockStatus: string | null; config: unknown; participant: string | null }>>`
    SELECT w."status"::text AS "workshopStatus", w."codeExpiresAt" AS "codeExpiresAt", b."status"::text AS "blockStatus", b."config" AS config, p."id" AS participant
      FROM "Workshop" w
      LEFT JOIN "WorkshopBlock" b ON b."id" = ${blockId} AND b."workshopId" = w."id"
      LEFT JOIN "WorkshopParticipant" p ON p."id" = ${participantId} AND p."workshopId" = w."id"
     WHERE w."code" = ${normalised}`;
  const row = rows[0];
  if (!row) throw new WorkshopCodeError("unknown", `Zum Code ${normalised} gibt es keinen Workshop. Bitte prüfen Sie den Code auf der Leinwand.`);
  if (row.workshopStatus === "ENDED" || new Date(row.codeExpiresAt) <= new Date()) throw new WorkshopCodeError("expired", `Der Workshop zum Code ${normalised} ist beendet; der Code gilt nicht mehr.`);
  if (!row.participant) throw new WorkshopCodeError("unknown", "Bitte treten Sie dem Workshop zuerst mit dem Code bei.");
  if (!row.blockStatus) throw new AnswerRejected("Diese Frage gibt es in diesem Workshop nicht.");
  if (row.blockStatus !== "OPEN") throw new AnswerRejected("Diese Frage ist geschlossen; Antworten werden nicht mehr angenommen.");
  const config = BlockConfigSchema.parse(typeof row.config === "string" ? JSON.parse(row.config) : row.config);
  const answer = parseAnswer(config, typeof input === "function" ? (input as (c: BlockConfig) => unknown)(config) : input);
  // The status check and the write are one statement, so an answer cannot slip in after the block closed.
  const written = await prisma.$queryRaw<Array<{ written: number }>>`
    WITH ins AS (
      INSERT INTO "WorkshopAnswer" ("id", "blockId", "participantId", "value", "createdAt", "updatedAt")
      SELECT ${randomBytes(12).toString("hex")}, b."id", ${participantId}, ${JSON.stringify(answer)}::jsonb, now(), now()
        FROM "WorkshopBlock" b WHERE b."id" = ${blockId} AND b."status" = 'OPEN'
      ON CONFLICT ("blockId", "participantId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()
        WHERE "WorkshopAnswer"."value" IS DISTINCT FROM EXCLUDED."value"
      RETURNING 1
    ), seen AS (
      UPDATE "WorkshopParticipant" SET "lastSeenAt" = now() WHERE "id" = ${participantId} AND EXISTS (SELECT 1 FROM ins) RETURNING 1
    )
    SELECT (SELECT count(*) FROM ins)::int AS written`;
  if (Number(written[0]?.written ?? 0) === 0) {
    const still = await prisma.workshopBlock.findUnique({ where: { id: blockId }, select: { status: true } });
    if (still?.status !== "OPEN") throw new AnswerRejected("Diese Frage ist geschlossen; Antworten werden nicht mehr angenommen.");
    return answer; // the same answer again: nothing changed
  }
  publishWorkshopChange(normalised);
  return answer;
}

/** The participant's own answer to a block (never anyone else's). */
export async function getOwnAnswer(prisma: PrismaClient, code: string, participantId: string, blockId: string): Promise<Answer | null> {
  const workshop = await findWorkshopByCode(prisma, code);
  const row = await prisma.workshopAnswer.findFirst({ where: { blockId, participantId, block: { workshopId: workshop.id } }, select: { value: true } });
  return row ? AnswerSchema.parse(row.value) : null;
}

/** Adds an idea to an open ideas block (participants may add several). */
export async function submitIdea(prisma: PrismaClient, code: string, participantId: string, blockId: string, text: string): Promise<void> {
  const workshop = await findWorkshopByCode(prisma, code);
  await participantOf(prisma, workshop.id, participantId);
  const block = await prisma.workshopBlock.findFirst({ where: { id: blockId, workshopId: workshop.id }, select: { status: true, type: true } });
  if (!block || block.type !== "ideas") throw new AnswerRejected("Diese Frage gibt es in diesem Workshop nicht.");
  if (block.status !== "OPEN") throw new AnswerRejected("Diese Frage ist geschlossen; Antworten werden nicht mehr angenommen.");
  await prisma.workshopIdea.create({ data: { blockId, participantId, text } });
  publishWorkshopChange(workshop.code);
}

export type { BlockResult, IdeaOnWall, RetainedAggregate, WorkshopSnapshot } from "@/lib/domain/workshop/snapshot";
import { RetainedAggregateSchema, type BlockResult, type IdeaOnWall, type RetainedAggregate, type WorkshopSnapshot } from "@/lib/domain/workshop/snapshot";
import { readStoredJson } from "@/lib/server/db/stored-json";

/** The visible ideas of an ideas block (hidden and merged ones left out), by cluster heading, then age. */
export async function ideaWall(prisma: Pick<PrismaClient, "workshopIdea">, blockId: string): Promise<IdeaOnWall[]> {
  const ideas = await prisma.workshopIdea.findMany({
    where: { blockId, hidden: false, mergedIntoId: null },
    select: { id: true, text: true, cluster: true, _count: { select: { merged: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const rows = ideas.map((i) => ({ id: i.id, text: i.text, cluster: i.cluster, merged: i._count.merged }));
  const clusters = [...new Set(rows.map((r) => r.cluster ?? ""))];
  return clusters.flatMap((c) => rows.filter((r) => (r.cluster ?? "") === c)).sort((a, b) => (a.cluster === null ? 1 : 0) - (b.cluster === null ? 1 : 0));
}

/** Aggregates a list of answers for a block's configuration (pure apart from the types). */
export function aggregateAnswers(config: BlockConfig, answers: readonly Answer[]): BlockResult {
  const of = <T extends Answer["type"]>(t: T) => answers.filter((a): a is Extract<Answer, { type: T }> => a.type === t);
  switch (config.type) {
    case "ratings":
      return { type: "ratings", result: aggregateRatings(config.categories.map((c) => c.key), of("ratings").map((a) => a.ratings as Record<string, RatingValue>)) };
    case "singleChoice":
      return { type: "choice", result: aggregateChoices(config.options.map((o) => o.key), of("singleChoice").map((a) => [a.choice])) };
    case "multipleChoice":
      return { type: "choice", result: aggregateChoices(config.options.map((o) => o.key), of("multipleChoice").map((a) => a.choices)) };
    case "scale": {
      const scale = Array.from({ length: config.max - config.min + 1 }, (_, i) => config.min + i);
      return { type: "scale", result: summarise(of("scale").map((a) => a.value), scale) };
    }
    case "consensus":
      return { type: "consensus", result: consensus(of("consensus").map((a) => a.value)) };
    case "dotVote":
      return { type: "dotVote", result: aggregateDots(config.options.map((o) => o.key), of("dotVote").map((a) => a.dots), config) };
    case "ranking":
      return { type: "ranking", result: aggregateRanking(config.options.map((o) => o.key), of("ranking").map((a) => a.order)) };
    case "weighting":
      return { type: "weighting", result: aggregateWeighting(config.options.map((o) => o.key), of("weighting").map((a) => a.points)) };
    case "ideas":
    case "openText":
      return { type: "text", result: { n: answers.length, texts: of("openText").map((a) => a.text) } };
  }
}

/**
 * A block's results: the stored answers counted with GROUP BY (identical answers collapse into one row with a
 * count), plus the paper counts the moderator entered (lib/domain/workshop/paper.ts; in the overall result only,
 * they carry no role), overall and by role group (groups < 5 not broken out). For an ideas block: the idea wall.
 */
export async function blockResults(
  prisma: PrismaClient,
  blockId: string,
): Promise<{ overall: BlockResult; byRole: Array<{ role: string; result: BlockResult }>; n: number; paper: number; suppressed: number }> {
  const block = await prisma.workshopBlock.findUniqueOrThrow({ where: { id: blockId }, select: { config: true, paperCounts: true } });
  const config = BlockConfigSchema.parse(block.config);
  if (config.type === "ideas") {
    const [ideas, authors] = await Promise.all([ideaWall(prisma, blockId), prisma.workshopIdea.count({ where: { blockId } })]);
    return { overall: { type: "ideas", result: { n: authors, ideas } }, byRole: [], n: authors, paper: 0, suppressed: 0 };
  }
  const rows = await prisma.$queryRaw<Array<{ value: unknown; role: string | null; n: bigint | number }>>`
    SELECT a."value" AS value, p."roleLabel" AS role, count(*) AS n
      FROM "WorkshopAnswer" a JOIN "WorkshopParticipant" p ON p."id" = a."participantId"
     WHERE a."blockId" = ${blockId}
     GROUP BY a."value", p."roleLabel"`;
  const expanded: Array<{ role: string | null; value: Answer }> = [];
  for (const row of rows) {
    const value = AnswerSchema.parse(typeof row.value === "string" ? JSON.parse(row.value) : row.value);
    for (let i = 0; i < Number(row.n); i++) expanded.push({ role: row.role, value });
  }
  const paper = paperAnswers(config, PaperCountsSchema.safeParse(block.paperCounts).data);
  const groups = byRoleGroup(expanded);
  return {
    overall: aggregateAnswers(config, [...expanded.map((e) => e.value), ...paper]),
    byRole: groups.groups.map((g) => ({ role: g.role, result: aggregateAnswers(config, g.values) })),
    n: expanded.length,
    paper: paper.length,
    suppressed: groups.suppressed,
  };
}

/** The kept aggregates of a workshop's blocks whose raw answers retention deleted (by block id). */
export async function retainedAggregates(prisma: PrismaClient, workshopId: string): Promise<Map<string, RetainedAggregate>> {
  const entries = await prisma.workshopModerationEntry.findMany({ where: { workshopId, action: "retention.aggregate" }, select: { detail: true }, orderBy: { createdAt: "asc" } });
  const kept = entries.map((e) => readStoredJson(RetainedAggregateSchema, e.detail, "WorkshopModerationEntry.detail (retention.aggregate)", `Workshop ${workshopId}`));
  return new Map(kept.map((d) => [d.blockId, d]));
}

/**
 * Retention (issue 14): raw answers of workshops whose date lies more than `retentionMonths` (the organisation sets it
 * per workshop; default 12) ago are deleted together with the participants (their role labels); each block's
 * aggregate is kept first as a moderation-log entry ("retention.aggregate"), which the results page and the CSV then
 * show instead of recounting. Ideas stay as anonymous texts (no participant). Idempotent. Returns the number of
 * answers deleted and of workshops touched.
 */
export async function deleteExpiredWorkshopAnswers(prisma: PrismaClient, now = new Date()): Promise<number> {
  return (await applyWorkshopRetention(prisma, now)).answers;
}

export async function applyWorkshopRetention(prisma: PrismaClient, now = new Date()): Promise<{ answers: number; participants: number; workshops: number }> {
  const workshops = await prisma.workshop.findMany({ select: { id: true, date: true, retentionMonths: true } });
  let answers = 0;
  let participantsDeleted = 0;
  let touched = 0;
  for (const w of workshops) {
    const expiry = new Date(w.date);
    expiry.setUTCMonth(expiry.getUTCMonth() + w.retentionMonths);
    if (expiry > now) continue;
    const participants = await prisma.workshopParticipant.count({ where: { workshopId: w.id } });
    const blocks = await prisma.workshopBlock.findMany({ where: { workshopId: w.id }, select: { id: true } });
    let any = participants > 0;
    for (const b of blocks) {
      const count = await prisma.workshopAnswer.count({ where: { blockId: b.id } });
      if (count === 0) continue;
      any = true;
      const results = await blockResults(prisma, b.id);
      const kept: RetainedAggregate = { blockId: b.id, ...results, participants };
      await prisma.$transaction([
        prisma.workshopModerationEntry.create({ data: { workshopId: w.id, action: "retention.aggregate", detail: JSON.parse(JSON.stringify(kept)) as Prisma.InputJsonValue } }),
        prisma.workshopAnswer.deleteMany({ where: { blockId: b.id } }),
      ]);
      answers += count;
    }
    if (!any) continue;
    touched++;
    await prisma.workshopIdea.updateMany({ where: { block: { workshopId: w.id } }, data: { participantId: null } });
    participantsDeleted += (await prisma.workshopParticipant.deleteMany({ where: { workshopId: w.id } })).count;
  }
  return { answers, participants: participantsDeleted, workshops: touched };
}

/**
 * What participants (and, with `withResults`, the presenter) see. The version combines the workshop's version with
 * the number and latest change of answers, so an answer changes it without writing the workshop row (no hot row).
 */
export async function workshopSnapshot(prisma: PrismaClient, code: string, options: { withResults?: boolean } = {}): Promise<WorkshopSnapshot> {
  const workshop = await findWorkshopByCode(prisma, code);
  const [participants, blocks, answerStamp, ideaCount] = await Promise.all([
    prisma.workshopParticipant.count({ where: { workshopId: workshop.id } }),
    prisma.workshopBlock.findMany({ where: { workshopId: workshop.id }, select: { id: true, position: true, status: true, config: true, updatedAt: true }, orderBy: { position: "asc" } }),
    prisma.workshopAnswer.aggregate({ where: { block: { workshopId: workshop.id } }, _count: true, _max: { updatedAt: true } }),
    prisma.workshopIdea.count({ where: { block: { workshopId: workshop.id } } }),
  ]);
  const current = blocks.find((b) => b.status === "OPEN") ?? [...blocks].reverse().find((b) => b.status === "REVEALED" || b.status === "CLOSED") ?? null;
  let block: WorkshopSnapshot["block"] = null;
  if (current) {
    const config = BlockConfigSchema.parse(current.config);
    const answered = config.type === "ideas" ? await prisma.workshopIdea.count({ where: { blockId: current.id } }) : await prisma.workshopAnswer.count({ where: { blockId: current.id } });
    const showResults = current.status === "REVEALED" || (options.withResults ?? false);
    const results = showResults ? await blockResults(prisma, current.id) : null;
    block = { id: current.id, position: current.position, status: current.status, config, answered, paper: results?.paper ?? 0, results: results?.overall ?? null, byRole: results?.byRole ?? [] };
  }
  // Composite: workshop version (moderation), participants, answer count, the latest answer change and the ideas.
  const version = [workshop.version, participants, answerStamp._count, answerStamp._max.updatedAt?.getTime() ?? 0, ideaCount].join(".");
  return { version, code: workshop.code, title: workshop.title, status: workshop.status, participants, block };
}
