import { z } from "zod";
import { CitationsSchema } from "../citation";
import { CarrierModelIdSchema, FactorCategorySchema } from "../ids";

/**
 * Schema of the recommendation rule set. The rule set is data: weights, knock-outs, PORT criteria and
 * readiness items, each with a German explanation and at least one citation. The engine
 * (`lib/domain/recommendation/engine.ts`) only interprets it.
 *
 * Conditions refer to assessment answers by path ("group.field"). An unknown answer (`"unknown"` or
 * `null`) never satisfies a condition – so an unknown answer can never trigger a knock-out.
 */

const FieldPathSchema = z.string().regex(/^[a-zA-Z]+\.[a-zA-Z0-9]+$/, "Feldpfad in der Form gruppe.feld");

export type Condition =
  | { field: string; in: string[] }
  | { field: string; min?: number; max?: number }
  | { all: Condition[] }
  | { any: Condition[] };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      field: FieldPathSchema,
      in: z
        .array(z.string().min(1))
        .min(1)
        .refine((v) => !v.includes("unknown"), "„unknown“ darf in keiner Bedingung vorkommen."),
    }),
    z
      .strictObject({ field: FieldPathSchema, min: z.number().optional(), max: z.number().optional() })
      .refine((c) => c.min !== undefined || c.max !== undefined, "Zahlenbedingung braucht min oder max."),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  ]),
);

const RuleIdSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "Regel-IDs: Kleinbuchstaben, Ziffern, Bindestriche, Punkte");
const GermanText = z.string().min(10);

export const ScoreRuleSchema = z.strictObject({
  id: RuleIdSchema,
  when: ConditionSchema,
  /**
   * Marks a threshold or weighting that is a convention of this application, not a figure from the sources
   * (e.g. "10 km", "< 5.000 Einwohner"); shown with the explanation.
   */
  convention: z.string().min(10).optional(),
  /** Points added to (or subtracted from) the score of each named carrier model. */
  effects: z
    .partialRecord(CarrierModelIdSchema, z.number().min(-40).max(40))
    .refine((e) => Object.keys(e).length > 0, "Mindestens ein Modell."),
  explanation: GermanText,
  citations: CitationsSchema,
});

export const KnockOutSchema = z.strictObject({
  id: RuleIdSchema,
  model: CarrierModelIdSchema,
  /** The known answers that exclude the model (an unknown answer never satisfies it). */
  when: ConditionSchema,
  /** A known answer that supplies the prerequisite after all (e.g. the county founds the MVZ itself). */
  unless: ConditionSchema.optional(),
  reason: GermanText,
  citations: CitationsSchema,
});

export const PortCriterionSchema = z.strictObject({
  id: RuleIdSchema,
  when: ConditionSchema,
  weight: z.number().positive(),
  /** Core criteria express the ambition for team care and prevention; at least one must be met for "fits". */
  core: z.boolean(),
  /**
   * A basic prerequisite of a PORT centre: when this condition holds, the criterion is not met and the verdict is
   * at most "partly" (rule sets up to 2026-12-02.1 have none).
   */
  blocksFitWhen: ConditionSchema.optional(),
  label: z.string().min(3),
  met: GermanText,
  notMet: GermanText,
  citations: CitationsSchema,
});

/** Carrier-specific notes on running PORT on that carrier. */
export const PortCarrierNoteSchema = z.strictObject({
  model: CarrierModelIdSchema,
  note: GermanText,
  citations: CitationsSchema,
});

const BandSchema = z.strictObject({ min: z.number().optional(), max: z.number().optional(), score: z.number().min(0).max(100) });

export const ReadinessItemSchema = z
  .strictObject({
    id: RuleIdSchema,
    category: FactorCategorySchema,
    field: FieldPathSchema,
    /** Choice answers: answer value → readiness 0–100. */
    values: z.record(z.string(), z.number().min(0).max(100)).optional(),
    /** Number answers: bands with min (inclusive) and max (exclusive). */
    bands: z.array(BandSchema).min(1).optional(),
    gap: GermanText,
    citations: CitationsSchema,
  })
  .refine((r) => (r.values ? 1 : 0) + (r.bands ? 1 : 0) === 1, "Genau eines von values oder bands.");

/** A decisive question and its weight in the confidence (rule sets from 2026-12-02.2). */
export const DecisiveQuestionSchema = z.strictObject({
  field: FieldPathSchema,
  weight: z.number().positive(),
});

/** The reason a model gets when no rule touches it: what its choice depends on, with the source saying so. */
export const NoInformationSchema = z.strictObject({
  model: CarrierModelIdSchema,
  explanation: GermanText,
  citations: CitationsSchema,
});

export const RuleSetSchema = z.strictObject({
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, "Version im Format JJJJ-MM-TT.n"),
  validFrom: z.iso.date(),
  description: z.string().min(10),
  baseScore: z.number().min(0).max(100),
  /**
   * Display score = 100 / (1 + exp(-(points - baseScore) / scoreSpread)): monotone in the points, 50 at the
   * base, never saturating, so differences stay visible. Ranking uses the points themselves.
   */
  scoreSpread: z.number().positive(),
  scoreRules: z.array(ScoreRuleSchema).min(1),
  knockOuts: z.array(KnockOutSchema).min(1),
  lowConfidence: z.strictObject({
    /** Below this share of answered questions the cheapest reversible step gets a bonus. */
    answeredShareBelow: z.number().min(0).max(1),
    model: CarrierModelIdSchema,
    /** Bonus at 0 % answered, falling linearly to 0 at the threshold. */
    maxBonus: z.number().min(0).max(40),
    explanation: GermanText,
    citations: CitationsSchema,
  }),
  confidence: z.strictObject({
    mediumFrom: z.number().min(0).max(1),
    highFrom: z.number().min(0).max(1),
    /**
     * The questions that decide the ranking, with weights: the confidence is the weighted share of these that are
     * answered, not the share of all questions (absent in rule sets up to 2026-12-02.1: share of all questions).
     */
    decisive: z.array(DecisiveQuestionSchema).min(1).optional(),
    /** How many unanswered decisive questions "Beantworten Sie zuerst …" names. */
    answerFirstCount: z.number().int().positive().optional(),
    citations: CitationsSchema.optional(),
  }),
  /** One per carrier model (rule sets from 2026-12-02.2). */
  noInformation: z.array(NoInformationSchema).optional(),
  port: z.strictObject({
    fitsFromShare: z.number().min(0).max(1),
    partlyFromShare: z.number().min(0).max(1),
    criteria: z.array(PortCriterionSchema).min(1),
    carrierNotes: z.array(PortCarrierNoteSchema),
    citations: CitationsSchema,
  }),
  readiness: z.strictObject({
    /** Readiness value assumed for an unknown answer (not clarified = not yet ready). */
    unknownScore: z.number().min(0).max(100),
    items: z.array(ReadinessItemSchema).min(1),
  }),
  measures: z.strictObject({
    /** Categories below this readiness count as gaps. */
    gapBelow: z.number().min(0).max(100),
    count: z.number().int().positive(),
  }),
  whatWouldChange: z.strictObject({ maxResults: z.number().int().positive() }),
});

export type RuleSet = z.infer<typeof RuleSetSchema>;
export type ScoreRule = z.infer<typeof ScoreRuleSchema>;
export type KnockOut = z.infer<typeof KnockOutSchema>;
export type PortCriterion = z.infer<typeof PortCriterionSchema>;
export type ReadinessItem = z.infer<typeof ReadinessItemSchema>;
export type DecisiveQuestion = z.infer<typeof DecisiveQuestionSchema>;
