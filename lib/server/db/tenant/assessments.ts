import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import type { ComputedAssessmentResult } from "@/lib/server/use-cases/stored-result";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SaveAssessmentInput } from "@/lib/domain/schemas/tenant";
import { recordAudit } from "./audit";
import { ConflictError, isUniqueViolation, TenantInputError, TenantNotFoundError } from "./errors";

/**
 * The self-assessment's saved answers, one per organisation and municipality (a town: its own AGS; a county: any
 * municipality in its Kreis). Optimistic concurrency: every write names the version it read; the stored version
 * increases by one per write. Every change is audited.
 */
export interface AssessmentRecord {
  organisationId: string;
  ags: string;
  /**
   * The answers as stored (JSON; null when nothing is stored yet, version 0): saved after AssessmentInputSchema, but
   * possibly in an older catalogue version, so not typed as today's input. Read them with `sanitizeAnswers`
   * (lib/domain/assessment/answers.ts), which keeps what the wizard knows and migrates older versions — the same read
   * as the browser's (AssessmentRecordSchema: `answers: unknown`).
   */
  answers: unknown;
  status: "DRAFT" | "COMPLETED";
  version: number;
  updatedAt: Date | null;
  /** False when nothing is stored yet. */
  exists: boolean;
  /** The knowledge snapshot version that computed the stored result (null: stored before versions were recorded). */
  ruleSetVersion: string | null;
}

/** Thrown inside saveAssessment when the submitted version is stale; the route answers 409 with both states. */
export interface AssessmentConflict {
  current: AssessmentRecord;
  submitted: SaveAssessmentInput;
}

/** A town organisation: its own AGS; a county: any municipality in its Kreis (TenantNotFoundError otherwise). */
export async function assertMunicipalityOfOrganisation(ctx: TenantContext, organisationId: string, ags: string): Promise<void> {
  const organisation = await ctx.prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { kind: true, municipalityAgs: true, kreisKey: true },
  });
  if (!organisation) throw new TenantNotFoundError("Organisation nicht gefunden.");
  if (organisation.kind === "TOWN" && organisation.municipalityAgs === ags) return;
  if (organisation.kind === "COUNTY" && organisation.kreisKey) {
    const municipality = await ctx.prisma.municipality.findUnique({ where: { ags }, select: { kreisKey: true } });
    if (municipality?.kreisKey === organisation.kreisKey) return;
  }
  throw new TenantNotFoundError(`Die Gemeinde ${ags} gehört nicht zu dieser Organisation.`);
}

type Row = {
  organisationId: string;
  municipalityAgs: string;
  answers: Prisma.JsonValue;
  status: "DRAFT" | "COMPLETED";
  version: number;
  updatedAt: Date;
  ruleSetVersion: string | null;
};

function toRecord(row: Row): AssessmentRecord {
  return {
    organisationId: row.organisationId,
    ags: row.municipalityAgs,
    answers: row.answers,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    exists: true,
    ruleSetVersion: row.ruleSetVersion,
  };
}

function empty(organisationId: string, ags: string): AssessmentRecord {
  return { organisationId, ags, answers: null, status: "DRAFT", version: 0, updatedAt: null, exists: false, ruleSetVersion: null };
}

const SELECT = { organisationId: true, municipalityAgs: true, answers: true, status: true, version: true, updatedAt: true, ruleSetVersion: true } as const;

/** What the engine computed from the saved answers, and with which knowledge snapshot version (stored with the row). */
export type { ComputedAssessmentResult };

/** Reads the assessment (version 0 and `answers: null` when none is stored yet). */
export async function getAssessment(ctx: TenantContext, organisationId: string, ags: string): Promise<AssessmentRecord> {
  authorize(ctx.caller, "assessment", "read", organisationId);
  await assertMunicipalityOfOrganisation(ctx, organisationId, ags);
  const row = await ctx.prisma.assessment.findUnique({
    where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
    select: SELECT,
  });
  return row ? toRecord(row) : empty(organisationId, ags);
}

/**
 * Stores the answers. `input.version` 0 creates (needs "create"), any other version updates (needs "update") and
 * must equal the stored version; otherwise a ConflictError carries `{ current, submitted }` and nothing changes.
 * `computed` (the engine's result and the knowledge version that produced it) is stored with the answers.
 */
export async function saveAssessment(
  ctx: TenantContext,
  organisationId: string,
  ags: string,
  input: SaveAssessmentInput,
  computed?: ComputedAssessmentResult,
): Promise<AssessmentRecord> {
  authorize(ctx.caller, "assessment", input.version === 0 ? "create" : "update", organisationId);
  const caller = ctx.caller;
  await assertMunicipalityOfOrganisation(ctx, organisationId, ags);
  const answeredAgs = (input.answers as { town?: { ags?: unknown } }).town?.ags;
  if (typeof answeredAgs === "string" && answeredAgs !== ags) {
    throw new TenantInputError(
      `Die Antworten gehören zur Gemeinde ${answeredAgs}, gespeichert werden sollen sie für ${ags}. Bitte öffnen Sie die Selbsteinschätzung der richtigen Gemeinde.`,
      { field: "answers.town.ags" },
    );
  }
  const key = { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } };
  const answers = input.answers as unknown as Prisma.InputJsonValue;
  const resultColumns = computed
    ? { ruleSetVersion: computed.ruleSetVersion, result: computed.result ?? Prisma.DbNull }
    : {};

  const outcome = await ctx.prisma.$transaction(async (tx): Promise<{ conflict: AssessmentRecord } | { saved: AssessmentRecord }> => {
    const before = await tx.assessment.findUnique({ where: key, select: { ...SELECT, id: true } });
    const storedVersion = before?.version ?? 0;
    if (storedVersion !== input.version) return { conflict: before ? toRecord(before) : empty(organisationId, ags) };
    let after: Row & { id: string };
    if (!before) {
      after = await tx.assessment.create({
        data: { organisationId, municipalityAgs: ags, answers, status: input.status, ...resultColumns },
        select: { ...SELECT, id: true },
      });
    } else {
      // The version in the WHERE clause makes the write atomic against a concurrent writer.
      const updated = await tx.assessment.updateMany({
        where: { id: before.id, version: input.version },
        data: { answers, status: input.status, version: { increment: 1 }, ...resultColumns },
      });
      if (updated.count !== 1) {
        const current = await tx.assessment.findUniqueOrThrow({ where: key, select: SELECT });
        return { conflict: toRecord(current) };
      }
      after = await tx.assessment.findUniqueOrThrow({ where: key, select: { ...SELECT, id: true } });
    }
    await recordAudit(tx, caller, {
      organisationId,
      action: before ? "assessment.update" : "assessment.create",
      entityType: "assessment",
      entityId: after.id,
      before: before ? { ags, answers: before.answers, status: before.status, version: before.version } : undefined,
      after: { ags, answers: after.answers, status: after.status, version: after.version },
    });
    return { saved: toRecord(after) };
  }).catch(async (error: unknown) => {
    // Two first saves at once: the unique key refuses the second; answer it like any stale version.
    // Outside a transaction Prisma says P2002; inside one the driver adapter raises SQLSTATE 23505.
    if (!isUniqueViolation(error)) throw error;
    const current = await ctx.prisma.assessment.findUniqueOrThrow({ where: key, select: SELECT });
    return { conflict: toRecord(current) };
  });
  if ("conflict" in outcome) {
    throw new ConflictError(
      "Die Selbsteinschätzung wurde inzwischen von jemand anderem geändert. Vergleichen Sie beide Fassungen und speichern Sie erneut.",
      { current: outcome.conflict, submitted: input } satisfies AssessmentConflict as unknown as Record<string, unknown>,
    );
  }
  return outcome.saved;
}

export async function deleteAssessment(ctx: TenantContext, organisationId: string, ags: string): Promise<void> {
  authorize(ctx.caller, "assessment", "delete", organisationId);
  const caller = ctx.caller;
  await assertMunicipalityOfOrganisation(ctx, organisationId, ags);
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.assessment.findUnique({
      where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
      select: { ...SELECT, id: true },
    });
    if (!before) throw new TenantNotFoundError("Es ist keine Selbsteinschätzung gespeichert.");
    await tx.assessment.delete({ where: { id: before.id } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "assessment.delete",
      entityType: "assessment",
      entityId: before.id,
      before: { ags, answers: before.answers, status: before.status, version: before.version },
    });
  });
}
