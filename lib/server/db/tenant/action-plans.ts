import { z } from "zod";
import { authorize, type Caller, type TenantContext } from "@/lib/server/auth/guard";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { planProgress } from "@/lib/domain/plan/progress";
import type { PlanItemStatus } from "@/lib/domain/plan/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Citation } from "@/lib/domain/citation";
import { FACTOR_CATEGORY_LABELS_DE, type FactorCategory } from "@/lib/domain/ids";
import type { Measure } from "@/lib/knowledge/measures";
import { PLAN_STATUS_DE } from "@/lib/domain/csv/plan-export";
import { StoredPlanCitationsSchema, type NewPlanItemInput, type PlanTarget, type ReorderPlanInput, type UpdatePlanItemInput } from "@/lib/domain/schemas/action-plan";
import { assertMunicipalityOfOrganisation } from "./assessments";
import { readStoredJson } from "@/lib/server/db/stored-json";
import { readStoredResult, STORED_RESULT_SELECT } from "@/lib/server/use-cases/stored-result";
import { recordAudit } from "./audit";
import { ConflictError, isUniqueViolation, TenantInputError, TenantNotFoundError } from "./errors";

/**
 * The action plan (Maßnahmenplan, issue 15): one per organisation and town, its items in priority order, each item's
 * status history. Tenant resource "plan" (lib/domain/permissions.ts). Optimistic concurrency on two levels: the plan's
 * version counts added, removed and reordered items; each item's version counts its edits. A stale version is a
 * ConflictError carrying `{ current, submitted }` and nothing changes. Every change writes an audit entry
 * (entityType "actionPlan", entityId = the plan's id) whose `after.summary_de` says in German what happened; the
 * plan's history (listPlanHistory) reads those.
 *
 * Scope (issue 17): a plan belongs to a town — `target` is its AGS, as every caller passed so far — or, for a county
 * organisation, to its own Kreis (`{ kreisKey }`: the county's own measures). Every function takes a `PlanTarget` in
 * the place of the former `ags`; the town form is unchanged.
 */

export type { PlanTarget };

interface PlanScope {
  ags: string | null;
  kreisKey: string | null;
  /** The unique key of the plan row. */
  where: Prisma.ActionPlanWhereUniqueInput;
  /** The scope columns of a new plan row. */
  data: { municipalityAgs: string } | { kreisKey: string };
  /** What the audit entry records. */
  audit: { ags: string } | { kreisKey: string };
}

function scopeOf(organisationId: string, target: PlanTarget): PlanScope {
  if (typeof target === "string") {
    return { ags: target, kreisKey: null, where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: target } }, data: { municipalityAgs: target }, audit: { ags: target } };
  }
  const { kreisKey } = target;
  return { ags: null, kreisKey, where: { organisationId_kreisKey: { organisationId, kreisKey } }, data: { kreisKey }, audit: { kreisKey } };
}

/** A town plan: the town belongs to the organisation (its own, or a town of the county's Kreis). A county plan: the organisation is the county of that Kreis. */
async function assertTarget(ctx: TenantContext, organisationId: string, target: PlanTarget): Promise<void> {
  if (typeof target === "string") return assertMunicipalityOfOrganisation(ctx, organisationId, target);
  const organisation = await ctx.prisma.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, kreisKey: true } });
  if (!organisation) throw new TenantNotFoundError("Organisation nicht gefunden.");
  if (organisation.kind !== "COUNTY" || organisation.kreisKey !== target.kreisKey) {
    throw new TenantNotFoundError(`Der Kreis ${target.kreisKey} gehört nicht zu dieser Organisation; einen eigenen Maßnahmenplan für den Kreis führt nur die Kreis-Organisation.`);
  }
}

export type PlanItemSource = "catalogue" | "engine" | "workshop" | "own";

export interface PlanItemRecord {
  id: string;
  title: string;
  addressesFactor: FactorCategory | null;
  addressesGap: string | null;
  modelId: string | null;
  ownerMembershipId: string | null;
  ownerText: string | null;
  /** The owner as shown: the member's name, or the free text (null: nobody named). */
  ownerLabel: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: PlanItemStatus;
  statusChangedAt: Date;
  estimatedCostEuro: number | null;
  fundingProgrammeIds: string[];
  notes: string | null;
  source: PlanItemSource;
  sourceRef: string | null;
  /** The catalogue's citations when the item comes from the catalogue (or an engine proposal of a catalogue measure). */
  citations: Citation[] | null;
  /** 1-based priority (1 = first). */
  position: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Every status the item had, oldest first, with the date of the change. */
  history: Array<{ status: PlanItemStatus; changedAt: Date }>;
}

export interface ActionPlanRecord {
  /** Null while the town has no plan yet (version 0). */
  id: string | null;
  organisationId: string;
  /** The town of a town plan; null for a county's own plan. */
  ags: string | null;
  /** The Kreis of a county's own plan; null for a town plan. */
  kreisKey: string | null;
  version: number;
  exists: boolean;
  updatedAt: Date | null;
  /** In priority order. */
  items: PlanItemRecord[];
}

export interface PlanHistoryEntry {
  at: Date;
  summary_de: string;
  /** Who made the change (members only; null for a granted county or a deleted account). */
  actorName: string | null;
}

type Tx = Prisma.TransactionClient;

const ITEM_INCLUDE = {
  statusHistory: { orderBy: [{ changedAt: "asc" }, { id: "asc" }], select: { status: true, changedAt: true } },
} satisfies Prisma.ActionPlanItemInclude;
type ItemRow = Prisma.ActionPlanItemGetPayload<{ include: typeof ITEM_INCLUDE }>;

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const DAY = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" });
const dayLabel = (iso: string | null) => (iso ? DAY.format(new Date(`${iso}T00:00:00Z`)) : "–");

function toItem(row: ItemRow, ownerNames: ReadonlyMap<string, string>): PlanItemRecord {
  const memberName = row.ownerMembershipId ? (ownerNames.get(row.ownerMembershipId) ?? null) : null;
  return {
    id: row.id,
    title: row.title,
    addressesFactor: (row.addressesFactor as FactorCategory | null) ?? null,
    addressesGap: row.addressesGap,
    modelId: row.modelId,
    ownerMembershipId: row.ownerMembershipId,
    ownerText: row.ownerText,
    ownerLabel: memberName ?? row.ownerText ?? null,
    startDate: isoDay(row.startDate),
    dueDate: isoDay(row.dueDate),
    status: row.status,
    statusChangedAt: row.statusChangedAt,
    estimatedCostEuro: row.estimatedCostEuro,
    fundingProgrammeIds: row.fundingProgrammeIds,
    notes: row.notes,
    source: row.source,
    sourceRef: row.sourceRef,
    citations: readStoredJson(StoredPlanCitationsSchema, row.citation, "ActionPlanItem.citation", row.id),
    position: row.position,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    history: row.statusHistory,
  };
}

/** Member names of the organisation by membership id (owners of items). */
async function memberNames(db: Tx | TenantContext["prisma"], organisationId: string): Promise<Map<string, string>> {
  const rows = await db.membership.findMany({ where: { organisationId }, select: { id: true, user: { select: { name: true, email: true } } } });
  return new Map(rows.map((m) => [m.id, m.user.name || m.user.email]));
}

async function readPlan(db: Tx | TenantContext["prisma"], organisationId: string, target: PlanTarget): Promise<ActionPlanRecord> {
  const scope = scopeOf(organisationId, target);
  const plan = await db.actionPlan.findUnique({
    where: scope.where,
    include: { items: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: ITEM_INCLUDE } },
  });
  const { ags, kreisKey } = scope;
  if (!plan) return { id: null, organisationId, ags, kreisKey, version: 0, exists: false, updatedAt: null, items: [] };
  const names = await memberNames(db, organisationId);
  return { id: plan.id, organisationId, ags, kreisKey, version: plan.version, exists: true, updatedAt: plan.updatedAt, items: plan.items.map((i) => toItem(i, names)) };
}

/** The name a plan is shown under (calendar, file titles): the town's name, or the Kreis's; the key if unknown. */
export async function planTargetName(ctx: TenantContext, target: PlanTarget): Promise<string> {
  if (typeof target === "string") return (await ctx.prisma.municipality.findUnique({ where: { ags: target }, select: { name: true } }))?.name ?? target;
  return (await ctx.prisma.kreis.findUnique({ where: { key: target.kreisKey }, select: { name: true } }))?.name ?? target.kreisKey;
}

/** The town's (or the county's own) plan of the organisation (`exists: false`, version 0 and no items while none is stored). */
export async function getActionPlan(ctx: TenantContext, organisationId: string, target: PlanTarget): Promise<ActionPlanRecord> {
  authorize(ctx.caller, "plan", "read", organisationId);
  await assertTarget(ctx, organisationId, target);
  return readPlan(ctx.prisma, organisationId, target);
}

const planConflict = (current: ActionPlanRecord, submitted: unknown) =>
  new ConflictError("Der Maßnahmenplan wurde inzwischen von jemand anderem geändert. Bitte neu laden, beide Fassungen vergleichen und erneut speichern.", {
    current,
    submitted,
  });

async function assertOwner(tx: Tx, organisationId: string, membershipId: string | null | undefined): Promise<void> {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, organisationId }, select: { id: true } });
  if (!member) throw new TenantInputError("Die zuständige Person ist kein Mitglied dieser Organisation.", { field: "ownerMembershipId" });
}

function assertFunding(known: ReadonlySet<string>, ids: readonly string[] | undefined): void {
  const unknown = (ids ?? []).filter((id) => !known.has(id));
  if (unknown.length) throw new TenantInputError(`Unbekanntes Förderprogramm: ${unknown.join(", ")}.`, { field: "fundingProgrammeIds" });
}

interface ResolvedItem {
  title: string;
  addressesFactor: string | null;
  addressesGap: string | null;
  citation: Prisma.InputJsonValue | undefined;
}

/** Title, gap and citation of a catalogue or engine item from the knowledge base; own and workshop items as given. */
function resolveItem(item: NewPlanItemInput, measures: ReadonlyMap<string, Measure>, proposed: ReadonlyMap<string, string[]> | null): ResolvedItem {
  if (item.source === "own" || item.source === "workshop") {
    if (!item.title) throw new TenantInputError("Bitte einen Titel angeben.", { field: "title" });
    return { title: item.title, addressesFactor: item.addressesFactor ?? null, addressesGap: item.addressesGap ?? null, citation: undefined };
  }
  const measure = measures.get(item.sourceRef ?? "");
  if (!measure) throw new TenantInputError(`Die Maßnahme „${item.sourceRef}“ gibt es im Katalog nicht.`, { field: "sourceRef" });
  let gaps: string[] = measure.closesGaps;
  if (item.source === "engine") {
    const closes = proposed?.get(measure.slug);
    if (!closes) {
      throw new TenantInputError(`„${measure.title}“ gehört nicht zu den vorgeschlagenen Maßnahmen der gespeicherten Selbsteinschätzung.`, { field: "sourceRef" });
    }
    gaps = closes;
  }
  const factor = item.addressesFactor ?? (gaps[0] as FactorCategory | undefined) ?? null;
  return {
    title: item.title ?? measure.title,
    addressesFactor: factor,
    // The first gap is the factor; the others the measure also closes are named as the gap.
    addressesGap: item.addressesGap ?? (gaps.length > 1 && !item.addressesFactor ? `Schließt auch: ${gaps.slice(1).map((g) => FACTOR_CATEGORY_LABELS_DE[g as FactorCategory] ?? g).join(", ")}` : null),
    citation: measure.citations as unknown as Prisma.InputJsonValue,
  };
}

/** The engine's proposed measures of the saved assessment (slug → the gaps it closes), or null when none is saved. */
async function proposedMeasures(ctx: TenantContext, organisationId: string, target: PlanTarget): Promise<Map<string, string[]> | null> {
  if (typeof target !== "string") return null; // a county's own plan has no self-check of its own
  const ags = target;
  const row = await ctx.prisma.assessment.findUnique({ where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } }, select: STORED_RESULT_SELECT });
  const result = row ? await readStoredResult(ctx.prisma, row) : null;
  return result ? new Map(result.nextMeasures.map((m) => [m.slug, m.closesGaps])) : null;
}

export interface AddPlanItemsOptions {
  /** The plan version the caller read (0: no plan yet). Given → a different stored version is a conflict. */
  planVersion?: number;
}

/**
 * Adds items at the end of the town's plan, creating the plan when there is none. The entry point for every feature
 * that fills the plan (self-check result, catalogue, workshop results): catalogue and engine items name the
 * measure's slug in `sourceRef` and get title, gap and citation from the knowledge base; an engine item must be
 * among the proposals of the saved assessment. A catalogue or engine measure already in the plan is refused (409,
 * `reason: "already_in_plan"`). Each item starts "geplant" with that first status dated. Bumps the plan's version
 * once. All or nothing.
 */
export async function addPlanItems(
  ctx: TenantContext,
  organisationId: string,
  target: PlanTarget,
  items: readonly NewPlanItemInput[],
  options: AddPlanItemsOptions = {},
): Promise<{ plan: ActionPlanRecord; added: PlanItemRecord[] }> {
  authorize(ctx.caller, "plan", "create", organisationId);
  const caller = ctx.caller;
  await assertTarget(ctx, organisationId, target);
  const scope = scopeOf(organisationId, target);
  if (items.length === 0) throw new TenantInputError("Bitte mindestens eine Maßnahme angeben.");
  const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const measures = new Map(knowledge.measures.map((m) => [m.slug, m]));
  const proposed = items.some((i) => i.source === "engine") ? await proposedMeasures(ctx, organisationId, target) : null;
  const funding = new Set(knowledge.fundingProgrammes.map((p) => p.id));
  const resolved = items.map((item) => {
    assertFunding(funding, item.fundingProgrammeIds);
    return { item, ...resolveItem(item, measures, proposed) };
  });

  const run = () =>
    ctx.prisma.$transaction(async (tx) => {
      let plan = await tx.actionPlan.findUnique({ where: scope.where, select: { id: true, version: true } });
      if (options.planVersion !== undefined && options.planVersion !== (plan?.version ?? 0)) throw planConflict(await readPlan(tx, organisationId, target), { items });
      if (plan) {
        const bumped = await tx.actionPlan.updateMany({ where: { id: plan.id, version: plan.version }, data: { version: { increment: 1 } } });
        if (bumped.count !== 1) throw planConflict(await readPlan(tx, organisationId, target), { items });
      } else {
        plan = await tx.actionPlan.create({ data: { organisationId, ...scope.data }, select: { id: true, version: true } });
        await recordAudit(tx, caller, { organisationId, action: "plan.create", entityType: "actionPlan", entityId: plan.id, after: { ...scope.audit, summary_de: "Maßnahmenplan angelegt" } });
      }
      const existing = await tx.actionPlanItem.findMany({ where: { planId: plan.id }, select: { source: true, sourceRef: true, position: true } });
      const taken = new Set(existing.filter((e) => e.source === "catalogue" || e.source === "engine").map((e) => e.sourceRef));
      let position = existing.reduce((max, e) => Math.max(max, e.position), 0);
      const addedIds: string[] = [];
      for (const r of resolved) {
        if ((r.item.source === "catalogue" || r.item.source === "engine") && r.item.sourceRef) {
          if (taken.has(r.item.sourceRef)) {
            throw new ConflictError(`„${r.title}“ steht schon im Maßnahmenplan.`, { reason: "already_in_plan", sourceRef: r.item.sourceRef });
          }
          taken.add(r.item.sourceRef);
        }
        await assertOwner(tx, organisationId, r.item.ownerMembershipId);
        position += 1;
        const row = await tx.actionPlanItem.create({
          data: {
            planId: plan.id,
            title: r.title,
            addressesFactor: r.addressesFactor,
            addressesGap: r.addressesGap,
            modelId: r.item.modelId ?? null,
            ownerMembershipId: r.item.ownerMembershipId ?? null,
            ownerText: r.item.ownerText ?? null,
            startDate: toDate(r.item.startDate),
            dueDate: toDate(r.item.dueDate),
            estimatedCostEuro: r.item.estimatedCostEuro ?? null,
            fundingProgrammeIds: r.item.fundingProgrammeIds ?? [],
            notes: r.item.notes ?? null,
            source: r.item.source,
            sourceRef: r.item.sourceRef ?? null,
            ...(r.citation !== undefined ? { citation: r.citation } : {}),
            position,
            statusHistory: { create: { status: "geplant", actorId: caller.userId } },
          },
          select: { id: true },
        });
        addedIds.push(row.id);
        await recordAudit(tx, caller, {
          organisationId,
          action: "plan.item.create",
          entityType: "actionPlan",
          entityId: plan.id,
          after: { itemId: row.id, title: r.title, source: r.item.source, sourceRef: r.item.sourceRef ?? null, summary_de: `Maßnahme „${r.title}“ aufgenommen` },
        });
      }
      const after = await readPlan(tx, organisationId, target);
      return { plan: after, added: after.items.filter((i) => addedIds.includes(i.id)) };
    });
  try {
    return await run();
  } catch (error) {
    // Two first items at once: the unique (organisation, town) refuses the second plan; answer it as a stale version.
    if (!(error instanceof ConflictError) && isUniqueViolation(error)) throw planConflict(await readPlan(ctx.prisma, organisationId, target), { items });
    throw error;
  }
}

async function findPlanId(db: Tx, organisationId: string, target: PlanTarget): Promise<string> {
  const plan = await db.actionPlan.findUnique({ where: scopeOf(organisationId, target).where, select: { id: true } });
  if (!plan) throw new TenantNotFoundError(typeof target === "string" ? "Für diese Gemeinde gibt es noch keinen Maßnahmenplan." : "Für diesen Kreis gibt es noch keinen Maßnahmenplan.");
  return plan.id;
}

const FIELD_LABELS_DE: Partial<Record<keyof UpdatePlanItemInput, string>> = {
  title: "Titel",
  addressesFactor: "Faktor",
  addressesGap: "Lücke",
  modelId: "Modell",
  ownerMembershipId: "Zuständig (Mitglied)",
  ownerText: "Zuständig",
  startDate: "Beginn",
  dueDate: "Fällig",
  estimatedCostEuro: "Kosten",
  fundingProgrammeIds: "Förderprogramme",
  notes: "Notiz",
};

/** "Status: geplant → erledigt; Fällig: – → 30.06.2027" for the history. */
function changeSummary(before: PlanItemRecord, after: PlanItemRecord): string {
  const parts: string[] = [];
  if (before.status !== after.status) parts.push(`Status: ${PLAN_STATUS_DE[before.status]} → ${PLAN_STATUS_DE[after.status]}`);
  for (const [field, label] of Object.entries(FIELD_LABELS_DE) as Array<[keyof PlanItemRecord, string]>) {
    const a = before[field];
    const b = after[field];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (field === "startDate" || field === "dueDate") parts.push(`${label}: ${dayLabel(a as string | null)} → ${dayLabel(b as string | null)}`);
    else if (field === "notes" || field === "fundingProgrammeIds" || field === "ownerMembershipId") parts.push(`${label} geändert`);
    else parts.push(`${label}: ${a ?? "–"} → ${b ?? "–"}`);
  }
  return `Maßnahme „${after.title}“: ${parts.length ? parts.join("; ") : "gespeichert, nichts geändert"}`;
}

/**
 * Edits one item. `input.version` must be the item's stored version (else 409 with `{ current, submitted }`); the
 * fields given are changed (null clears), the others stay. A new status is dated (statusChangedAt and a history
 * row). Does not change the plan's version (that counts added, removed and reordered items).
 */
export async function updatePlanItem(ctx: TenantContext, organisationId: string, target: PlanTarget, itemId: string, input: UpdatePlanItemInput): Promise<PlanItemRecord> {
  authorize(ctx.caller, "plan", "update", organisationId);
  const caller = ctx.caller;
  await assertTarget(ctx, organisationId, target);
  if (input.fundingProgrammeIds) {
    const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
    assertFunding(new Set(knowledge.fundingProgrammes.map((p) => p.id)), input.fundingProgrammeIds);
  }
  return ctx.prisma.$transaction(async (tx) => {
    const planId = await findPlanId(tx, organisationId, target);
    const names = await memberNames(tx, organisationId);
    const row = await tx.actionPlanItem.findFirst({ where: { id: itemId, planId }, include: ITEM_INCLUDE });
    if (!row) throw new TenantNotFoundError("Diese Maßnahme gibt es im Plan nicht (mehr).");
    const before = toItem(row, names);
    if (before.version !== input.version) {
      throw new ConflictError("Die Maßnahme wurde inzwischen von jemand anderem geändert. Vergleichen Sie beide Fassungen und speichern Sie erneut.", { current: before, submitted: input });
    }
    await assertOwner(tx, organisationId, input.ownerMembershipId);
    const { version, status, startDate, dueDate, ...fields } = input;
    const start = startDate === undefined ? before.startDate : startDate;
    const due = dueDate === undefined ? before.dueDate : dueDate;
    if (start && due && start > due) throw new TenantInputError("Das Fälligkeitsdatum darf nicht vor dem Beginn liegen.", { field: "dueDate" });
    const statusChanged = status !== undefined && status !== before.status;
    const now = new Date();
    const data: Prisma.ActionPlanItemUpdateManyMutationInput = { version: { increment: 1 } };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) (data as Record<string, unknown>)[key] = value;
    if (startDate !== undefined) data.startDate = toDate(startDate);
    if (dueDate !== undefined) data.dueDate = toDate(dueDate);
    if (statusChanged) {
      data.status = status;
      data.statusChangedAt = now;
    }
    // The version in the WHERE clause makes the write atomic against a concurrent writer.
    const updated = await tx.actionPlanItem.updateMany({ where: { id: itemId, planId, version }, data });
    if (updated.count !== 1) {
      const current = toItem(await tx.actionPlanItem.findFirstOrThrow({ where: { id: itemId }, include: ITEM_INCLUDE }), names);
      throw new ConflictError("Die Maßnahme wurde inzwischen von jemand anderem geändert. Vergleichen Sie beide Fassungen und speichern Sie erneut.", { current, submitted: input });
    }
    if (statusChanged) await tx.actionPlanItemStatusChange.create({ data: { itemId, status: status!, changedAt: now, actorId: caller.userId } });
    const after = toItem(await tx.actionPlanItem.findFirstOrThrow({ where: { id: itemId }, include: ITEM_INCLUDE }), names);
    await recordAudit(tx, caller, {
      organisationId,
      action: statusChanged ? "plan.item.status" : "plan.item.update",
      entityType: "actionPlan",
      entityId: planId,
      before: auditedItem(before),
      after: { ...auditedItem(after), summary_de: changeSummary(before, after) },
    });
    return after;
  });
}

const auditedItem = (i: PlanItemRecord) => {
  const { history, citations, createdAt, updatedAt, statusChangedAt, ...rest } = i;
  void history;
  void citations;
  void createdAt;
  void updatedAt;
  void statusChangedAt;
  return { itemId: i.id, ...rest };
};

/**
 * Sets the priority order: `itemIds` must name every item of the plan exactly once (first = highest priority).
 * `input.version` is the plan's version the caller read; the plan's version increases by one.
 */
export async function reorderPlan(ctx: TenantContext, organisationId: string, target: PlanTarget, input: ReorderPlanInput): Promise<ActionPlanRecord> {
  authorize(ctx.caller, "plan", "update", organisationId);
  const caller = ctx.caller;
  await assertTarget(ctx, organisationId, target);
  return ctx.prisma.$transaction(async (tx) => {
    const planId = await findPlanId(tx, organisationId, target);
    const bumped = await tx.actionPlan.updateMany({ where: { id: planId, version: input.version }, data: { version: { increment: 1 } } });
    if (bumped.count !== 1) throw planConflict(await readPlan(tx, organisationId, target), input);
    const items = await tx.actionPlanItem.findMany({ where: { planId }, select: { id: true, title: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const ids = new Set(items.map((i) => i.id));
    if (new Set(input.itemIds).size !== input.itemIds.length || input.itemIds.length !== ids.size || input.itemIds.some((id) => !ids.has(id))) {
      throw new TenantInputError("Die Reihenfolge muss jede Maßnahme des Plans genau einmal nennen.", { field: "itemIds" });
    }
    for (const [index, id] of input.itemIds.entries()) await tx.actionPlanItem.update({ where: { id }, data: { position: index + 1 } });
    const titles = new Map(items.map((i) => [i.id, i.title]));
    await recordAudit(tx, caller, {
      organisationId,
      action: "plan.reorder",
      entityType: "actionPlan",
      entityId: planId,
      before: { itemIds: items.map((i) => i.id) },
      after: { itemIds: input.itemIds, summary_de: `Reihenfolge geändert: ${input.itemIds.map((id, i) => `${i + 1}. ${titles.get(id)}`).join(", ")}` },
    });
    return readPlan(tx, organisationId, target);
  });
}

/** Removes one item (its status history goes with it); the plan's version increases by one. */
export async function deletePlanItem(ctx: TenantContext, organisationId: string, target: PlanTarget, itemId: string): Promise<void> {
  authorize(ctx.caller, "plan", "delete", organisationId);
  const caller = ctx.caller;
  await assertTarget(ctx, organisationId, target);
  await ctx.prisma.$transaction(async (tx) => {
    const planId = await findPlanId(tx, organisationId, target);
    const row = await tx.actionPlanItem.findFirst({ where: { id: itemId, planId }, include: ITEM_INCLUDE });
    if (!row) throw new TenantNotFoundError("Diese Maßnahme gibt es im Plan nicht (mehr).");
    await tx.actionPlanItem.delete({ where: { id: itemId } });
    await tx.actionPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "plan.item.delete",
      entityType: "actionPlan",
      entityId: planId,
      before: auditedItem(toItem(row, new Map())),
      after: { summary_de: `Maßnahme „${row.title}“ entfernt` },
    });
  });
}

/** The German summary an audit entry of the plan carries in `after` (entries without one read "Geändert"). */
const AuditSummarySchema = z.object({ summary_de: z.string() });

/** The plan's history of changes (German summaries), newest first. Every reader of the plan sees it. */
export async function listPlanHistory(ctx: TenantContext, organisationId: string, target: PlanTarget, options: { limit?: number } = {}): Promise<PlanHistoryEntry[]> {
  authorize(ctx.caller, "plan", "read", organisationId);
  await assertTarget(ctx, organisationId, target);
  const plan = await ctx.prisma.actionPlan.findUnique({ where: scopeOf(organisationId, target).where, select: { id: true } });
  if (!plan) return [];
  const member = (ctx.caller as Caller).roles.has(organisationId);
  const rows = await ctx.prisma.auditLog.findMany({
    where: { organisationId, entityType: "actionPlan", entityId: plan.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 200, 500),
    select: { createdAt: true, after: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => ({
    at: r.createdAt,
    summary_de: AuditSummarySchema.safeParse(r.after).data?.summary_de ?? "Geändert",
    actorName: member ? (r.actor?.name ?? null) : null,
  }));
}

export interface PlanSummary {
  ags: string;
  municipalityName: string;
  total: number;
  done: number;
  shareDone: number;
  overdue: number;
  updatedAt: Date;
}

/** The state of every town plan of the organisation (organisation overview, town page): items, done, overdue on `today`. A county's own plan is not a town's and is left out. */
export async function listPlanSummaries(ctx: TenantContext, organisationId: string, today: string, ags?: string): Promise<PlanSummary[]> {
  authorize(ctx.caller, "plan", "read", organisationId);
  const plans = await ctx.prisma.actionPlan.findMany({
    where: { organisationId, municipalityAgs: ags ?? { not: null } },
    include: { municipality: { select: { name: true } }, items: { include: ITEM_INCLUDE } },
    orderBy: { municipalityAgs: "asc" },
  });
  return plans.map((p) => {
    const progress = planProgress(
      p.items.map((i) => toItem(i, new Map())),
      today,
    );
    return { ags: p.municipalityAgs!, municipalityName: p.municipality!.name, total: progress.total, done: progress.done, shareDone: progress.shareDone, overdue: progress.overdue.length, updatedAt: p.updatedAt };
  });
}
