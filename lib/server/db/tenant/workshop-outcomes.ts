import { authorize, type TenantContext } from "@/lib/server/auth/guard";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { readStoredResult, STORED_RESULT_SELECT } from "@/lib/server/use-cases/stored-result";
import { blockResults, ideaWall } from "@/lib/server/db/workshop-participation";
import { SOURCE_TITLES, type Citation } from "@/lib/domain/citation";
import { FACTOR_CATEGORIES, FACTOR_CATEGORY_LABELS_DE, type FactorCategory } from "@/lib/domain/ids";
import { BlockConfigSchema, WorkshopInputError } from "@/lib/domain/schemas/workshop";
import { ideaOptions } from "./workshops";
import { TenantNotFoundError } from "./errors";

/**
 * Outcomes of a workshop for the town's other tools (issue 14): the measures offered for a vote (the catalogue
 * filtered to the town's readiness gaps, plus ideas), the ranked measures and ideas as plain data for the action plan,
 * and the collective ratings as a proposal for the self-assessment. Nothing here writes outside the workshop.
 */
export interface ReadinessPoint {
  category: FactorCategory;
  label: string;
  /** The engine's readiness score 0–100 from the town's saved self-check. */
  score: number;
}

const citationText = (c: Citation) => (c.kind === "source" ? `${SOURCE_TITLES[c.source].short}, ${c.section}` : c.note ? `${c.rule} (${c.note})` : c.rule);

/** The engine's readiness profile of the town from the organisation's saved self-check (null: none saved yet). */
export async function townReadiness(ctx: TenantContext, organisationId: string, ags: string): Promise<ReadinessPoint[] | null> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  return readinessOfTown(ctx.prisma, organisationId, ags);
}

/**
 * The same without a caller: only for a workshop the caller already may present (the presentation view checked the
 * presenter token or the member's session for this workshop, whose organisation and town these are).
 */
export async function readinessOfTown(prisma: PrismaClient, organisationId: string, ags: string): Promise<ReadinessPoint[] | null> {
  const row = await prisma.assessment.findUnique({ where: { organisationId_municipalityAgs: { organisationId, municipalityAgs: ags } }, select: STORED_RESULT_SELECT });
  const result = row ? await readStoredResult(prisma, row) : null;
  return result ? result.readiness.map((r) => ({ category: r.category, label: r.label, score: r.score })) : null;
}

/** At most this many measures are offered in one vote (a phone screen; the engine's largest gaps first). */
export const MAX_MEASURE_OPTIONS = 12;

/**
 * Options of a measures vote: catalogue measures that close one of the town's readiness gaps (categories below the
 * rule set's `measures.gapBelow`, the same rule the engine uses for its next measures), largest gap first, plus the
 * visible ideas of an ideas block of the same workshop (keys "idea-<id>").
 */
export async function measureOptions(ctx: TenantContext, organisationId: string, workshop: { id: string; ags: string }, ideasBlockId: string | null): Promise<Array<{ key: string; label: string }>> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const readiness = await townReadiness(ctx, organisationId, workshop.ags);
  if (!readiness) throw new WorkshopInputError("Für die Maßnahmen-Abstimmung braucht die Gemeinde eine gespeicherte Selbsteinschätzung: sie zeigt, wo die Lücken sind.");
  const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const gap = new Map(readiness.filter((r) => r.score < knowledge.ruleSet.measures.gapBelow).map((r) => [r.category, 100 - r.score]));
  const measures = knowledge.measures
    .map((m) => ({ m, weight: m.closesGaps.reduce((s, g) => s + (gap.get(g) ?? 0), 0) }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.m.slug.localeCompare(b.m.slug))
    .slice(0, MAX_MEASURE_OPTIONS)
    .map(({ m }) => ({ key: m.slug, label: m.title.slice(0, 200) }));
  let ideas: Array<{ key: string; label: string }> = [];
  if (ideasBlockId) {
    const block = await ctx.prisma.workshopBlock.findFirst({ where: { id: ideasBlockId, workshopId: workshop.id, type: "ideas" }, select: { id: true } });
    if (!block) throw new TenantNotFoundError("Den Ideen-Block gibt es in diesem Workshop nicht.");
    ideas = ideaOptions(await ideaWall(ctx.prisma, block.id));
  }
  const options = [...measures, ...ideas].slice(0, 30);
  if (options.length < 2) throw new WorkshopInputError("Für die Gemeinde gibt es keine zwei passenden Maßnahmen (keine Lücke unter der Schwelle) und keine Ideen – bitte einen Ideen-Block wählen.");
  return options;
}

export interface RankedMeasure {
  title: string;
  /** "catalogue": a measure of the knowledge base; "idea": an idea from the workshop's idea wall. */
  source: "catalogue" | "idea";
  /** Catalogue slug (null for ideas). */
  slug: string | null;
  /** The measure's citations as text; for an idea: the workshop, block and date. */
  citation: string;
  /** Dots (dot vote) or Borda points (ranking) the room gave it. */
  votes: number;
  /** The block the votes come from (position in the agenda and its question). */
  block: { position: number; prompt: string };
}

/**
 * The ranked measures and ideas of a workshop as plain data, for the town's action plan (issue 14 "the ranked
 * measures into the town's action plan"; the plan itself is wired in by the lead). Every dot-vote and ranking block
 * that was at least closed counts; options with no votes are left out; highest votes first.
 */
export async function rankedMeasures(ctx: TenantContext, organisationId: string, workshopId: string): Promise<RankedMeasure[]> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const workshop = await ctx.prisma.workshop.findFirst({ where: { id: workshopId, organisationId }, select: { title: true, date: true } });
  if (!workshop) throw new TenantNotFoundError("Den Workshop gibt es nicht (mehr).");
  const knowledge = await getKnowledgeSnapshot(undefined, ctx.prisma);
  const bySlug = new Map(knowledge.measures.map((m) => [m.slug, m]));
  const blocks = await ctx.prisma.workshopBlock.findMany({ where: { workshopId, type: { in: ["dotVote", "ranking"] }, status: { in: ["CLOSED", "REVEALED"] } }, select: { id: true, position: true, config: true }, orderBy: { position: "asc" } });
  const day = workshop.date.toISOString().slice(0, 10);
  const out: RankedMeasure[] = [];
  for (const b of blocks) {
    const { overall } = await blockResults(ctx.prisma, b.id);
    const config = BlockConfigSchema.parse(b.config);
    if (config.type !== "dotVote" && config.type !== "ranking") continue;
    const label = new Map(config.options.map((o) => [o.key, o.label]));
    const votes = overall.type === "dotVote" ? overall.result.ranking.map((r) => [r.key, r.dots] as const) : overall.type === "ranking" ? overall.result.ranking.map((r) => [r.key, r.points] as const) : [];
    for (const [key, n] of votes) {
      if (n <= 0) continue;
      const measure = bySlug.get(key);
      const block = { position: b.position, prompt: config.prompt };
      if (measure) out.push({ title: measure.title, source: "catalogue", slug: measure.slug, citation: measure.citations.map(citationText).join("; "), votes: n, block });
      else if (key.startsWith("idea-")) out.push({ title: label.get(key) ?? key, source: "idea", slug: null, citation: `Workshop „${workshop.title}“ am ${day}, Block ${b.position}`, votes: n, block });
    }
  }
  return out.sort((a, b) => b.votes - a.votes || a.block.position - b.block.position);
}

export interface RatingsProposal {
  category: FactorCategory;
  label: string;
  /** The room's mean 1–5 and how many rated it (without "weiß nicht"). */
  roomMean: number | null;
  roomN: number;
  /** The self-check's current readiness score 0–100 (null: no self-check saved). */
  engineScore: number | null;
  /** The room's mean on the engine's scale, (mean − 1) / 4 · 100 rounded (product's assumption; null: no ratings). */
  proposedScore: number | null;
}

/**
 * The collective ratings of a ratings block as a PROPOSAL for the town's self-assessment (issue 14: "as a proposal the
 * editor confirms, never silently"): read only, nothing is written. The self-check's editor view shows it beside the
 * current profile and the editor decides per category (not wired yet; see the report).
 */
export async function ratingsProposal(ctx: TenantContext, organisationId: string, workshopId: string, blockId: string): Promise<RatingsProposal[]> {
  authorize(ctx.caller, "workshop", "read", organisationId);
  const workshop = await ctx.prisma.workshop.findFirst({ where: { id: workshopId, organisationId }, select: { municipalityAgs: true } });
  const block = workshop ? await ctx.prisma.workshopBlock.findFirst({ where: { id: blockId, workshopId, type: "ratings" }, select: { id: true } }) : null;
  if (!workshop || !block) throw new TenantNotFoundError("Den Bewertungs-Block gibt es in diesem Workshop nicht.");
  const [{ overall }, readiness] = await Promise.all([blockResults(ctx.prisma, block.id), readinessOfTown(ctx.prisma, organisationId, workshop.municipalityAgs)]);
  if (overall.type !== "ratings") return [];
  const engine = new Map(readiness?.map((r) => [r.category, r]) ?? []);
  return FACTOR_CATEGORIES.filter((c) => c in overall.result.categories).map((category) => {
    const s = overall.result.categories[category]!;
    return {
      category,
      label: FACTOR_CATEGORY_LABELS_DE[category],
      roomMean: s.mean,
      roomN: s.n,
      engineScore: engine.get(category)?.score ?? null,
      proposedScore: s.mean === null ? null : Math.round(((s.mean - 1) / 4) * 100),
    };
  });
}
