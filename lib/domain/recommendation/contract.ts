import { z } from "zod";
import "@/lib/domain/zod-german";
import { CitationSchema } from "@/lib/domain/citation";
import { CarrierModelIdSchema, FactorCategorySchema } from "@/lib/domain/ids";
import type { Assert, Same } from "@/lib/domain/same-type";
import type { Recommendation } from "./engine";

/**
 * The one schema of the engine's `Recommendation` (issue 13): every field, nested ones included, with its real type.
 * It reads the answer of POST /api/v1/recommendations (the result page, the comparison, the link to the self-check)
 * and the result stored with an assessment (lib/server/use-cases/stored-result.ts, parsed on every read). A field the
 * server adds later is accepted and dropped (z.object strips), a field the type declares must be there with its
 * type. The type stays the engine's (types only from ./engine, so the browser does not load the rule set); the
 * assertion at the end fails `tsc` when schema and type drift apart.
 */
const citations = z.array(CitationSchema).readonly();
const AnswerValueSchema = z.union([z.string(), z.number(), z.null()]);

const ContributionSchema = z.object({
  ruleId: z.string(),
  field: z.string().nullable(),
  answer: AnswerValueSchema,
  answerLabel: z.string().nullable(),
  points: z.number(),
  explanation: z.string(),
  convention: z.string().optional(),
  citations,
});

const KnockOutHitSchema = z.object({
  ruleId: z.string(),
  model: CarrierModelIdSchema,
  reason: z.string(),
  fields: z.array(z.string()),
  citations,
});

const ModelResultSchema = z.object({
  model: CarrierModelIdSchema,
  label: z.string(),
  rank: z.number(),
  score: z.number(),
  points: z.number(),
  excluded: z.boolean(),
  knockOuts: z.array(KnockOutHitSchema),
  contributions: z.array(ContributionSchema),
  bar: z.object({ base: z.number(), positive: z.number(), negative: z.number(), points: z.number(), score: z.number() }),
});

const PortFitSchema = z.object({
  fit: z.enum(["fits", "partly", "not"]),
  fitLabel: z.string(),
  carrier: CarrierModelIdSchema.nullable(),
  carrierLabel: z.string().nullable(),
  share: z.number(),
  criteria: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      status: z.enum(["met", "not-met", "unknown"]),
      weight: z.number(),
      core: z.boolean(),
      prerequisite: z.boolean(),
      text: z.string(),
      citations,
    }),
  ),
  reasons: z.array(z.string()),
  carrierNote: z.object({ note: z.string(), citations }).nullable(),
});

const ReadinessScoreSchema = z.object({
  category: FactorCategorySchema,
  label: z.string(),
  score: z.number(),
  answered: z.number(),
  total: z.number(),
  gaps: z.array(z.object({ itemId: z.string(), field: z.string(), text: z.string(), citations })),
});

const ConfidenceSchema = z.object({
  answered: z.number(),
  total: z.number(),
  answeredShare: z.number(),
  decisiveShare: z.number().nullable(),
  level: z.enum(["niedrig", "mittel", "hoch"]),
  answerFirst: z.array(z.object({ field: z.string(), question: z.string(), weight: z.number(), changesTopShare: z.number().nullable() })),
  note: z.string(),
});

const AnswerChangeSchema = z.object({
  field: z.string(),
  question: z.string(),
  from: AnswerValueSchema,
  fromLabel: z.string(),
  to: AnswerValueSchema,
  toLabel: z.string(),
  newTop: CarrierModelIdSchema.nullable(),
  newTopLabel: z.string().nullable(),
  distance: z.number(),
});

const ProposedMeasureSchema = z.object({ slug: z.string(), title: z.string(), closesGaps: z.array(FactorCategorySchema), gapWeight: z.number() });

export const RecommendationSchema = z.object({
  ruleSetVersion: z.string(),
  town: z.object({ name: z.string(), ags: z.string().nullable() }),
  top: CarrierModelIdSchema.nullable(),
  topLabel: z.string().nullable(),
  allExcluded: z.boolean(),
  summary: z.string(),
  ranking: z.array(ModelResultSchema),
  knockOuts: z.array(KnockOutHitSchema),
  port: PortFitSchema,
  readiness: z.array(ReadinessScoreSchema),
  confidence: ConfidenceSchema,
  whatWouldChange: z.array(AnswerChangeSchema).nullable(),
  nextMeasures: z.array(ProposedMeasureSchema),
});

/** The schema reads exactly the engine's Recommendation: checked both ways at compile time. */
export type RecommendationSchemaReadsRecommendation = Assert<Same<z.output<typeof RecommendationSchema>, Recommendation>>;

/**
 * What an overview reads of a stored Recommendation (the county view: the first model's label and the confidence
 * level): a projection of the one schema, so it cannot drift from it, that does not walk the whole result.
 */
export const RecommendationSummarySchema = RecommendationSchema.pick({ topLabel: true }).extend({ confidence: ConfidenceSchema.pick({ level: true }) });
export type RecommendationSummary = z.output<typeof RecommendationSummarySchema>;
