import { createHash, randomBytes } from "node:crypto";
import { ModerationDetailSchema } from "@/lib/domain/workshop/moderation-detail";
import { authorize, can, type TenantContext } from "@/lib/server/auth/guard";
import { codeFromBytes } from "@/lib/domain/workshop/code";
import { Prisma } from "@/lib/generated/prisma/client";
import { paperCountProblem } from "@/lib/domain/workshop/paper";
import { BlockConfigSchema, WorkshopInputError, type BlockAction, type BlockConfig, type CreateWorkshopInput, type IdeaModeration, type MoveDirection, type UpdateWorkshopInput } from "@/lib/domain/schemas/workshop";
import { publishWorkshopChange } from "@/lib/server/db/signals";
import { blockResults, ideaWall, retainedAggregates } from "@/lib/server/db/workshop-participation";
import { recordAudit } from "./audit";
import { ConflictError, TenantNotFoundError } from "./errors";

/**
 * Workshops of an organisation (issue 14), tenant side: moderators, editors and admins create and run them (see
 * lib/domain/permissions.ts). Every change bumps the workshop's version and publishes a change signal after commit.
 */
export interface WorkshopRecord {
  id: string;
  organisationId: string;
  ags: string;
  title: string;
  date: string;
  code: string;
  status: "DRAFT" | "LIVE" | "ENDED";
  codeExpiresAt: Date;
  retentionMonths: number;
  version: number;
}
export interface WorkshopBlockRecord {
  id: string;
  position: number;
  status: "DRAFT" | "OPEN" | "CLOSED" | "REVEALED";
  config: BlockConfig;
  openedAt: Date | null;
  closedAt: Date | null;
}

const SELECT = { id: true, organisationId: true, municipalityAgs: true, title: true, date: true, code: true, status: true, codeExpiresAt: true, retentionMonths: true, version: true } as const;
type Row = Prisma.WorkshopGetPayload<{ select: typeof SELECT }>;
const toRecord = (r: Row): WorkshopRecord => ({
  id: r.id,
  organisationId: r.organisationId,
  ags: r.municipalityAgs,
  title: r.title,
  date: r.date.toISOString().slice(0, 10),
  code: r.code,
  status: r.status,
  codeExpiresAt: r.codeExpiresAt,
  retentionMonths: r.retentionMonths,
  version: r.version,
});
const BLOCK_SELECT = { id: true, position: true, status: true, config: true, openedAt: true, closedAt: true } as const;
type BlockRow = Prisma.WorkshopBlockGetPayload<{ select: typeof BLOCK_SELECT }>;
export const toBlockRecord = (r: BlockRow): WorkshopBlockRecord => ({ ...r, config: BlockConfigSchema.parse(r.config) });

export const hashPresenterToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The code stops working at the end of the day after the workshop (the product's assumption, issue 14: "codes expire after the workshop"). */
function expiryFor(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 2);
  return d;
}

async function assertTownOfOrganisation(ctx: TenantContext, organisationId: string, ags: string) {
  const org = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, municipalityAgs: true, kreisKey: true } });
  if (!org) throw new TenantNotFoundError("Organisation nicht gefunden.");
  if (org.kind === "TOWN" && org.municipalityAgs === ags) return;
  if (org.kind === "COUNTY" && org.kreisKey) {
    const m = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { kreisKey: true } });
    if (m?.kreisKey === org.kreisKey) return;
  }
  throw new TenantNotFoundError(`Die Gemeinde ${ags} gehört nicht zu dieser Organisation.`);
}

export async function listWorkshops(ctx: TenantContext, organisationId: string): Promise<WorkshopRecord[]> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const rows = await ctx.prisma.workshop.findMany({ where: { organisationId }, select: SELECT, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
  return rows.map(toRecord);
}

async function findOwn(ctx: TenantContext, organisationId: string, id: string): Promise<Row> {
  const row = await ctx.prisma.workshop.findFirst({ where: { id, organisationId }, select: SELECT });
  if (!row) throw new TenantNotFoundError("Den Workshop gibt es nicht (mehr).");
  return row;
}

export async function getWorkshop(ctx: TenantContext, organisationId: string, id: string): Promise<WorkshopRecord & { blocks: WorkshopBlockRecord[] }> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const row = await findOwn(ctx, organisationId, id);
  const blocks = await ctx.prisma.workshopBlock.findMany({ where: { workshopId: id }, select: BLOCK_SELECT, orderBy: { position: "asc" } });
  return { ...toRecord(row), blocks: blocks.map(toBlockRecord) };
}

/** Creates a workshop; returns the presenter token once (only its hash is stored). */
export async function createWorkshop(ctx: TenantContext, organisationId: string, input: CreateWorkshopInput): Promise<WorkshopRecord & { presenterToken: string }> {
  authorize(ctx.caller, "workshop", "create", organisationId);
  const caller = ctx.caller;
  await assertTownOfOrganisation(ctx, organisationId, input.ags);
  const presenterToken = randomBytes(24).toString("base64url");
  for (let attempt = 0; ; attempt++) {
    const code = codeFromBytes(randomBytes(16));
    try {
      const record = await ctx.prisma.$transaction(async (tx) => {
        const row = await tx.workshop.create({
          data: {
            organisationId,
            municipalityAgs: input.ags,
            title: input.title,
            date: new Date(`${input.date}T00:00:00Z`),
            code,
            presenterTokenHash: hashPresenterToken(presenterToken),
            codeExpiresAt: expiryFor(input.date),
            retentionMonths: input.retentionMonths,
          },
          select: SELECT,
        });
        const r = toRecord(row);
        await recordAudit(tx, caller, { organisationId, action: "workshop.create", entityType: "workshop", entityId: row.id, after: { title: r.title, ags: r.ags, date: r.date } });
        return r;
      });
      return { ...record, presenterToken };
    } catch (error) {
      // A code collision (unique violation) is retried with a fresh code.
      if (attempt < 5 && /unique|P2002|23505/i.test(String((error as { code?: string; message?: string }).code ?? "") + String((error as Error).message))) continue;
      throw error;
    }
  }
}

export async function updateWorkshop(ctx: TenantContext, organisationId: string, id: string, input: UpdateWorkshopInput): Promise<WorkshopRecord> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const saved = await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.workshop.findFirst({ where: { id, organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Den Workshop gibt es nicht (mehr).");
    const updated = await tx.workshop.updateMany({
      where: { id, organisationId, version: input.version },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.date !== undefined ? { date: new Date(`${input.date}T00:00:00Z`), codeExpiresAt: expiryFor(input.date) } : {}),
        ...(input.retentionMonths !== undefined ? { retentionMonths: input.retentionMonths } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError("Der Workshop wurde inzwischen geändert. Bitte neu laden.", { current: toRecord(before) });
    const after = toRecord(await tx.workshop.findFirstOrThrow({ where: { id }, select: SELECT }));
    await recordAudit(tx, caller, { organisationId, action: "workshop.update", entityType: "workshop", entityId: id, before: toRecord(before), after });
    return after;
  });
  publishWorkshopChange(saved.code);
  return saved;
}

export async function deleteWorkshop(ctx: TenantContext, organisationId: string, id: string): Promise<void> {
  authorize(ctx.caller, "workshop", "delete", organisationId);
  const caller = ctx.caller;
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.workshop.findFirst({ where: { id, organisationId }, select: SELECT });
    if (!before) throw new TenantNotFoundError("Den Workshop gibt es nicht (mehr).");
    await tx.workshop.delete({ where: { id } });
    await recordAudit(tx, caller, { organisationId, action: "workshop.delete", entityType: "workshop", entityId: id, before: { title: before.title, date: toRecord(before).date } });
  });
}

async function bump(tx: Prisma.TransactionClient, workshopId: string, actorId: string, action: string, detail: unknown) {
  await tx.workshop.update({ where: { id: workshopId }, data: { version: { increment: 1 } } });
  await tx.workshopModerationEntry.create({ data: { workshopId, actorId, action, detail: JSON.parse(JSON.stringify(detail ?? null)) as Prisma.InputJsonValue } });
}

export async function addBlock(ctx: TenantContext, organisationId: string, workshopId: string, config: BlockConfig): Promise<WorkshopBlockRecord> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const workshop = await findOwn(ctx, organisationId, workshopId);
  const parsed = BlockConfigSchema.parse(config);
  const block = await ctx.prisma.$transaction(async (tx) => {
    const last = await tx.workshopBlock.aggregate({ where: { workshopId }, _max: { position: true } });
    const row = await tx.workshopBlock.create({ data: { workshopId, type: parsed.type, position: (last._max.position ?? 0) + 1, config: parsed as unknown as Prisma.InputJsonValue }, select: BLOCK_SELECT });
    await bump(tx, workshopId, caller.userId, "block.add", { blockId: row.id, type: parsed.type });
    return toBlockRecord(row);
  });
  publishWorkshopChange(workshop.code);
  return block;
}

/** Open (closes any other open block), close, reveal or reset (deletes the block's answers and ideas) a block. */
export async function blockAction(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string, action: BlockAction): Promise<WorkshopBlockRecord> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const workshop = await findOwn(ctx, organisationId, workshopId);
  const now = new Date();
  const block = await ctx.prisma.$transaction(async (tx) => {
    const current = await tx.workshopBlock.findFirst({ where: { id: blockId, workshopId }, select: BLOCK_SELECT });
    if (!current) throw new TenantNotFoundError("Den Block gibt es nicht (mehr).");
    let data: Prisma.WorkshopBlockUpdateInput;
    switch (action) {
      case "open": {
        // A dot vote over ideas takes the idea wall as it is now (hidden and merged ideas left out).
        if (current.config && typeof current.config === "object") {
          const config = BlockConfigSchema.parse(current.config);
          if (config.type === "dotVote" && config.ideasFromBlockId) {
            const options = ideaOptions(await ideaWall(tx, config.ideasFromBlockId));
            if (options.length < 2) throw new WorkshopInputError("Für die Punktabfrage braucht es mindestens zwei sichtbare Ideen im Ideen-Block.");
            await tx.workshopBlock.update({ where: { id: blockId }, data: { config: { ...config, options } as unknown as Prisma.InputJsonValue } });
          }
        }
        await tx.workshopBlock.updateMany({ where: { workshopId, status: "OPEN", NOT: { id: blockId } }, data: { status: "CLOSED", closedAt: now } });
        if (workshop.status === "DRAFT") await tx.workshop.update({ where: { id: workshopId }, data: { status: "LIVE" } });
        data = { status: "OPEN", openedAt: now, closedAt: null };
        break;
      }
      case "close":
        data = { status: "CLOSED", closedAt: now };
        break;
      case "reveal":
        data = { status: "REVEALED", closedAt: current.closedAt ?? now };
        break;
      case "reset":
        await tx.workshopAnswer.deleteMany({ where: { blockId } });
        await tx.workshopIdea.deleteMany({ where: { blockId } });
        data = { status: "DRAFT", openedAt: null, closedAt: null, paperCounts: Prisma.DbNull };
        break;
    }
    const row = await tx.workshopBlock.update({ where: { id: blockId }, data, select: BLOCK_SELECT });
    await bump(tx, workshopId, caller.userId, `block.${action}`, { blockId });
    return toBlockRecord(row);
  });
  publishWorkshopChange(workshop.code);
  return block;
}

/** Idea moderation: hide/show, merge into another idea, put under a cluster heading. */
export async function moderateIdea(
  ctx: TenantContext,
  organisationId: string,
  workshopId: string,
  ideaId: string,
  change: IdeaModeration,
): Promise<void> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const workshop = await findOwn(ctx, organisationId, workshopId);
  await ctx.prisma.$transaction(async (tx) => {
    const idea = await tx.workshopIdea.findFirst({ where: { id: ideaId, block: { workshopId } }, select: { id: true, blockId: true } });
    if (!idea) throw new TenantNotFoundError("Die Idee gibt es nicht (mehr).");
    if (change.mergedIntoId) {
      const target = await tx.workshopIdea.findFirst({ where: { id: change.mergedIntoId, blockId: idea.blockId }, select: { id: true } });
      if (!target || target.id === ideaId) throw new WorkshopInputError("Eine Idee lässt sich nur mit einer anderen Idee desselben Blocks zusammenführen.");
      // Ideas merged into this one follow it to the target (no chains).
      await tx.workshopIdea.updateMany({ where: { mergedIntoId: ideaId }, data: { mergedIntoId: change.mergedIntoId } });
    }
    await tx.workshopIdea.update({ where: { id: ideaId }, data: { ...change, ...(change.cluster !== undefined ? { cluster: change.cluster || null } : {}) } });
    await bump(tx, workshopId, caller.userId, "idea.moderate", { ideaId, ...change });
  });
  publishWorkshopChange(workshop.code);
}

/** Counts from a paper flipchart for a block (mixed rooms); replaces earlier paper counts. */
export async function setPaperCounts(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string, counts: Record<string, number>): Promise<void> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const workshop = await findOwn(ctx, organisationId, workshopId);
  await ctx.prisma.$transaction(async (tx) => {
    const block = await tx.workshopBlock.findFirst({ where: { id: blockId, workshopId }, select: { config: true } });
    if (!block) throw new TenantNotFoundError("Den Block gibt es nicht (mehr).");
    const problem = paperCountProblem(BlockConfigSchema.parse(block.config), counts);
    if (problem) throw new WorkshopInputError(problem);
    const nonZero = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    await tx.workshopBlock.update({ where: { id: blockId }, data: { paperCounts: Object.keys(nonZero).length ? nonZero : Prisma.DbNull } });
    await bump(tx, workshopId, caller.userId, "paper.counts", { blockId, counts });
  });
  publishWorkshopChange(workshop.code);
}

/** Results of every block (overall and by role group ≥ 5) for the results page and the CSV export. */
export async function workshopResults(ctx: TenantContext, organisationId: string, id: string) {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const workshop = await getWorkshop(ctx, organisationId, id);
  const [counted, kept] = await Promise.all([ctx.prisma.workshopParticipant.count({ where: { workshopId: id } }), retainedAggregates(ctx.prisma, id)]);
  // After retention deleted the raw answers, the kept aggregates are the results (issue 14: "the aggregates stay").
  const blocks = await Promise.all(
    workshop.blocks.map(async (b) => {
      const stored = kept.get(b.id);
      if (stored && (await ctx.prisma.workshopAnswer.count({ where: { blockId: b.id } })) === 0) return { ...b, overall: stored.overall, byRole: stored.byRole, n: stored.n, paper: stored.paper, suppressed: stored.suppressed };
      return { ...b, ...(await blockResults(ctx.prisma, b.id)) };
    }),
  );
  const participants = counted === 0 && kept.size > 0 ? Math.max(...[...kept.values()].map((k) => k.participants ?? 0)) : counted;
  return { workshop, participants, blocks, retained: kept.size > 0 };
}

/** A new presenter link (the old one stops working); returns the token once, only its hash is stored. */
export async function rotatePresenterToken(ctx: TenantContext, organisationId: string, id: string): Promise<string> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  await findOwn(ctx, organisationId, id);
  const token = randomBytes(24).toString("base64url");
  await ctx.prisma.$transaction(async (tx) => {
    await tx.workshop.update({ where: { id }, data: { presenterTokenHash: hashPresenterToken(token) } });
    await recordAudit(tx, caller, { organisationId, action: "workshop.presenterLink", entityType: "workshop", entityId: id });
  });
  return token;
}

/** Answers per block of a workshop (the control view's "answered" counts) and the number of joined participants. */
export async function workshopCounts(ctx: TenantContext, organisationId: string, id: string): Promise<{ participants: number; answered: Record<string, number> }> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  await findOwn(ctx, organisationId, id);
  const [participants, rows] = await Promise.all([
    ctx.prisma.workshopParticipant.count({ where: { workshopId: id } }),
    ctx.prisma.workshopAnswer.groupBy({ by: ["blockId"], where: { block: { workshopId: id } }, _count: { _all: true } }),
  ]);
  return { participants, answered: Object.fromEntries(rows.map((r) => [r.blockId, r._count._all])) };
}

/** The presentation view's workshop for a read-only presenter token (null when the token does not fit). */
export interface PresentedWorkshop {
  id: string;
  code: string;
  title: string;
  organisationId: string;
  municipalityAgs: string;
}
const PRESENTED = { id: true, code: true, title: true, organisationId: true, municipalityAgs: true } as const;

export async function workshopForPresenter(prisma: Prisma.TransactionClient, id: string, token: string): Promise<PresentedWorkshop | null> {
  if (!token) return null;
  return prisma.workshop.findFirst({ where: { id, presenterTokenHash: hashPresenterToken(token) }, select: PRESENTED });
}

/** The presentation view's workshop for a signed-in member who may read the organisation's workshops (else null). */
export async function workshopForMember(ctx: TenantContext, id: string): Promise<PresentedWorkshop | null> {
  if (!ctx.caller) return null;
  const row = await ctx.prisma.workshop.findUnique({ where: { id }, select: PRESENTED });
  if (!row || !can(ctx.caller, "workshop", "read", row.organisationId)) return null;
  return row;
}

/** Dot-vote options from an idea wall: key "idea-<id>", the idea's text (with its cluster heading) as label. */
export function ideaOptions(ideas: ReadonlyArray<{ id: string; text: string; cluster: string | null }>): Array<{ key: string; label: string }> {
  return ideas.slice(0, 30).map((i) => ({ key: `idea-${i.id}`, label: (i.cluster ? `${i.cluster}: ${i.text}` : i.text).slice(0, 200) }));
}

/** Moves a block one place up or down in the agenda (swaps positions with its neighbour). */
export async function moveBlock(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string, direction: MoveDirection): Promise<void> {
  authorize(ctx.caller, "workshop", "update", organisationId);
  const caller = ctx.caller;
  const workshop = await findOwn(ctx, organisationId, workshopId);
  await ctx.prisma.$transaction(async (tx) => {
    const blocks = await tx.workshopBlock.findMany({ where: { workshopId }, select: { id: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const index = blocks.findIndex((b) => b.id === blockId);
    if (index < 0) throw new TenantNotFoundError("Den Block gibt es nicht (mehr).");
    const other = blocks[direction === "up" ? index - 1 : index + 1];
    if (!other) throw new WorkshopInputError(direction === "up" ? "Der Block steht schon an erster Stelle." : "Der Block steht schon an letzter Stelle.");
    // Renumber 1..n with the two swapped (positions stay unique and dense).
    const order = blocks.map((b) => b.id);
    [order[index], order[direction === "up" ? index - 1 : index + 1]] = [other.id, blockId];
    for (const [i, id] of order.entries()) if (blocks.find((b) => b.id === id)!.position !== i + 1) await tx.workshopBlock.update({ where: { id }, data: { position: i + 1 } });
    await bump(tx, workshopId, caller.userId, "block.move", { blockId, direction });
  });
  publishWorkshopChange(workshop.code);
}

/** Every idea of the workshop's ideas blocks for the moderation list (hidden and merged ones included). */
export async function ideasForModeration(ctx: TenantContext, organisationId: string, workshopId: string) {
  authorize(ctx.caller, "workshop", "read", organisationId);
  await findOwn(ctx, organisationId, workshopId);
  return ctx.prisma.workshopIdea.findMany({
    where: { block: { workshopId } },
    select: { id: true, blockId: true, text: true, hidden: true, mergedIntoId: true, cluster: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The moderation log of a workshop (newest first), with the moderator's name where known. */
export async function moderationLog(ctx: TenantContext, organisationId: string, workshopId: string) {
  authorize(ctx.caller, "workshop", "read", organisationId);
  await findOwn(ctx, organisationId, workshopId);
  const entries = await ctx.prisma.workshopModerationEntry.findMany({ where: { workshopId }, select: { id: true, actorId: true, action: true, detail: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 500 });
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => !!a))];
  const users = actorIds.length ? await ctx.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map((e) => ({ ...e, detail: ModerationDetailSchema.parse(e.detail), actor: e.actorId ? (names.get(e.actorId) ?? null) : null }));
}
