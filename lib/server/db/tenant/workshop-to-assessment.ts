import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import { Prisma } from "@/lib/generated/prisma/client";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { resultToStore } from "@/lib/server/use-cases/stored-result";
import type { z } from "zod";
import { sanitizeAnswers } from "@/lib/domain/assessment/answers";
import { readStoredJson, StoredJsonObjectSchema } from "@/lib/server/db/stored-json";
import { answerChangesFromRatings, type AnswerChange } from "@/lib/domain/workshop/ratings-adoption";
import { assessmentQuestionsOf } from "@/lib/domain/assessment/questions";
import type { FactorCategory } from "@/lib/domain/ids";
import { BlockConfigSchema } from "@/lib/domain/schemas/workshop";
import { ratingsProposal, type RatingsProposal } from "./workshop-outcomes";
import { recordAudit } from "./audit";
import { ConflictError, TenantInputError, TenantNotFoundError } from "./errors";
import type { AssessmentRecord } from "./assessments";

/**
 * The editor's confirmation of a workshop's ratings (issue 14: "the collective ratings into the town's
 * self-assessment, as a proposal the editor confirms, never silently"). `ratingsAdoption` shows what would change;
 * `adoptWorkshopRatings` writes the chosen answers in one transaction, guarded by the assessment's version (a stale
 * version → ConflictError with the current assessment and the submitted choice, 409), recomputes the stored result
 * with the current rule-set version and audits the change. Only who may change the assessment (editors and admins of
 * the workshop's organisation) may see or confirm it.
 */
export interface RatingsAdoption {
  workshop: { id: string; title: string; date: string; ags: string };
  block: { id: string; position: number; prompt: string };
  /** Per rated category: the room's mean, the self-check's score, the proposed score. */
  categories: RatingsProposal[];
  /** The answers the ratings would change (none: the self-check already says what the room says). */
  changes: AnswerChange[];
  /** The assessment's version the changes were computed from (submit it back). */
  version: number;
  /** The rule-set version that computed the stored result (null: none recorded). */
  ruleSetVersion: string | null;
}

export interface RatingsAdoptionInput {
  version: number;
  /** The answer paths ("resources.expertise") to take over: each must be among the proposed changes. */
  fields: string[];
}

/** The conflict's details: the assessment as it is now and what was submitted. */
export interface RatingsAdoptionConflict {
  current: AssessmentRecord;
  submitted: RatingsAdoptionInput & { changes: Array<{ field: string; from: string | null; to: string }> };
}

/** The stored answers JSON: an object of groups (saved after AssessmentInputSchema, possibly an older catalogue version). */
type StoredAnswers = z.output<typeof StoredJsonObjectSchema>;

/** The stored answers with the answer `id` ("group.field") set, everything else as stored (withAnswer on the stored JSON). */
function withStoredAnswer(stored: StoredAnswers, id: string, value: string): StoredAnswers {
  const [group, field] = id.split(".") as [string, string];
  return { ...stored, [group]: { ...(StoredJsonObjectSchema.safeParse(stored[group]).data ?? {}), [field]: value } };
}

type Loaded = RatingsAdoption & { assessment: { id: string; stored: StoredAnswers; status: "DRAFT" | "COMPLETED"; updatedAt: Date; organisationId: string } };

async function load(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string): Promise<Loaded> {
  authorize(ctx.caller, "assessment", "update", organisationId);
  const workshop = await ctx.prisma.workshop.findFirst({ where: { id: workshopId, organisationId }, select: { id: true, title: true, date: true, municipalityAgs: true } });
  const block = workshop ? await ctx.prisma.workshopBlock.findFirst({ where: { id: blockId, workshopId, type: "ratings" }, select: { id: true, position: true, status: true, config: true } }) : null;
  if (!workshop || !block) throw new TenantNotFoundError("Den Bewertungs-Block gibt es in diesem Workshop nicht.");
  if (block.status === "DRAFT" || block.status === "OPEN") throw new TenantInputError("Der Bewertungs-Block ist noch nicht geschlossen: übernommen wird erst das Ergebnis des Raums.");
  const ags = workshop.municipalityAgs;
  const row = await ctx.prisma.assessment.findUnique({
    where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
    select: { id: true, answers: true, status: true, version: true, updatedAt: true, ruleSetVersion: true, organisationId: true },
  });
  if (!row) throw new TenantInputError("Für die Gemeinde ist noch keine Selbsteinschätzung gespeichert. Bitte zuerst den Selbstcheck speichern; dann lassen sich die Bewertungen des Workshops übernehmen.");
  const [categories, knowledge] = await Promise.all([ratingsProposal(ctx, organisationId, workshopId, blockId), getKnowledgeSnapshot(undefined, ctx.prisma)]);
  const targets: Partial<Record<FactorCategory, number>> = {};
  for (const c of categories) if (c.proposedScore !== null) targets[c.category] = c.proposedScore;
  // The proposal reads the answers as every reader does (sanitizeAnswers: known fields, older versions migrated); the
  // write changes exactly the chosen fields of the stored JSON, parsed as an object of groups, never cast.
  const stored = readStoredJson(StoredJsonObjectSchema, row.answers, "Assessment.answers", row.id);
  const changes = answerChangesFromRatings(
    knowledge.ruleSet.readiness.items,
    sanitizeAnswers(stored),
    targets,
    knowledge.ruleSet.readiness.unknownScore,
    assessmentQuestionsOf(knowledge.questionCatalogue),
  );
  return {
    workshop: { id: workshop.id, title: workshop.title, date: workshop.date.toISOString().slice(0, 10), ags },
    block: { id: block.id, position: block.position, prompt: BlockConfigSchema.parse(block.config).prompt },
    categories,
    changes,
    version: row.version,
    ruleSetVersion: row.ruleSetVersion,
    assessment: { id: row.id, stored, status: row.status, updatedAt: row.updatedAt, organisationId: row.organisationId },
  };
}

/** What taking the ratings over would change (nothing is written). */
export async function ratingsAdoption(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string): Promise<RatingsAdoption> {
  const { assessment: _assessment, ...view } = await load(ctx, organisationId, workshopId, blockId);
  return view;
}

const record = (organisationId: string, ags: string, row: { answers: unknown; status: "DRAFT" | "COMPLETED"; version: number; updatedAt: Date; ruleSetVersion: string | null }): AssessmentRecord => ({
  organisationId,
  ags,
  answers: row.answers,
  status: row.status,
  version: row.version,
  updatedAt: row.updatedAt,
  exists: true,
  ruleSetVersion: row.ruleSetVersion,
});

/**
 * Takes the chosen answers over. Returns the saved assessment (version + 1, result recomputed with the current rule set).
 */
export async function adoptWorkshopRatings(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string, input: RatingsAdoptionInput): Promise<AssessmentRecord & { changed: number }> {
  const loaded = await load(ctx, organisationId, workshopId, blockId);
  // load() authorised the caller (assessment update), so there is one.
  const caller = ctx.caller!;
  const ags = loaded.workshop.ags;
  const proposed = new Map(loaded.changes.map((c) => [c.field, c]));
  const submittedChanges = input.fields.map((field) => ({ field, from: proposed.get(field)?.current ?? null, to: proposed.get(field)?.proposed ?? "" }));
  const conflict = async (): Promise<never> => {
    const current = await ctx.prisma.assessment.findUniqueOrThrow({
      where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } },
      select: { answers: true, status: true, version: true, updatedAt: true, ruleSetVersion: true },
    });
    throw new ConflictError(
      "Die Selbsteinschätzung wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den Vorschlag erneut: er ist jetzt mit den aktuellen Antworten berechnet.",
      { current: record(organisationId, ags, current), submitted: { ...input, changes: submittedChanges } } satisfies RatingsAdoptionConflict as unknown as Record<string, unknown>,
    );
  };
  if (input.version !== loaded.version) return conflict();
  const fields = [...new Set(input.fields)];
  if (fields.length === 0) throw new TenantInputError("Bitte mindestens eine Antwort zum Übernehmen auswählen.");
  const unknown = fields.filter((f) => !proposed.has(f));
  if (unknown.length > 0) throw new TenantInputError(`Diese Antworten stehen nicht im Vorschlag: ${unknown.join(", ")}.`);

  let answers = loaded.assessment.stored;
  for (const f of fields) answers = withStoredAnswer(answers, f, proposed.get(f)!.proposed);
  const computed = await resultToStore(ctx.prisma, ags, answers);
  const changes = fields.map((f) => {
    const c = proposed.get(f)!;
    return { field: f, question: c.question, from: c.currentLabel, to: c.proposedLabel };
  });

  const saved = await ctx.prisma.$transaction(async (tx) => {
    // The version in the WHERE clause makes the write atomic against a concurrent writer.
    const updated = await tx.assessment.updateMany({
      where: { id: loaded.assessment.id, version: input.version },
      data: { answers: answers as unknown as Prisma.InputJsonValue, version: { increment: 1 }, ruleSetVersion: computed.ruleSetVersion, result: computed.result ?? Prisma.DbNull },
    });
    if (updated.count !== 1) return null;
    const after = await tx.assessment.findUniqueOrThrow({ where: { id: loaded.assessment.id }, select: { answers: true, status: true, version: true, updatedAt: true, ruleSetVersion: true } });
    await recordAudit(tx, caller, {
      organisationId,
      action: "assessment.workshopRatings",
      entityType: "assessment",
      entityId: loaded.assessment.id,
      before: { ags, answers: loaded.assessment.stored, status: loaded.assessment.status, version: input.version },
      after: { ags, answers: after.answers, status: after.status, version: after.version, ruleSetVersion: after.ruleSetVersion, workshop: { id: workshopId, title: loaded.workshop.title, date: loaded.workshop.date, block: loaded.block.position }, changes },
    });
    return after;
  });
  if (!saved) return conflict();
  return { ...record(organisationId, ags, saved), changed: fields.length };
}
