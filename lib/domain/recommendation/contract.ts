import { z } from "zod";
import { computedResult, listOf } from "@/lib/domain/api-contracts";
import { CitationSchema } from "@/lib/domain/citation";
import type { Recommendation } from "./engine";

/**
 * The API contract of POST /api/v1/recommendations (issue 13): the engine's `Recommendation` as far as the result
 * page and the comparison read it; every citation is checked with the one CitationSchema, since the footnotes are
 * built from them. Types only from the engine, so the browser does not load the rule set.
 */
const citations = z.array(CitationSchema);
const nullableString = z.string().nullable();

export const RecommendationContract = computedResult<Recommendation>(
  z.looseObject({
    ruleSetVersion: z.string(),
    town: z.looseObject({ name: z.string(), ags: nullableString }),
    top: nullableString,
    topLabel: nullableString,
    allExcluded: z.boolean(),
    summary: z.string(),
    ranking: listOf({
      model: z.string(),
      label: z.string(),
      rank: z.number(),
      score: z.number(),
      excluded: z.boolean(),
      contributions: listOf({ points: z.number(), explanation: z.string(), citations }),
      bar: z.looseObject({ base: z.number(), positive: z.number(), negative: z.number(), points: z.number(), score: z.number() }),
    }),
    knockOuts: listOf({ model: z.string(), reason: z.string(), citations }),
    port: z.looseObject({
      fit: z.enum(["fits", "partly", "not"]),
      fitLabel: z.string(),
      carrierLabel: nullableString,
      share: z.number(),
      criteria: listOf({ label: z.string(), status: z.enum(["met", "not-met", "unknown"]), text: z.string(), citations }),
      carrierNote: z.looseObject({ note: z.string(), citations }).nullable(),
    }),
    readiness: listOf({ category: z.string(), label: z.string(), score: z.number(), gaps: listOf({ text: z.string(), citations }) }),
    confidence: z.looseObject({ answered: z.number(), total: z.number(), answeredShare: z.number(), level: z.enum(["niedrig", "mittel", "hoch"]), note: z.string() }),
    whatWouldChange: listOf({ question: z.string(), fromLabel: z.string(), toLabel: z.string() }).nullable(),
    nextMeasures: listOf({ slug: z.string(), title: z.string() }),
  }),
);
