import { z } from "zod";
import "@/lib/domain/zod-german";
import type { Assert, Same } from "@/lib/domain/same-type";
import { BlockConfigSchema } from "@/lib/domain/schemas/workshop";
import type { aggregateChoices, aggregateDots, aggregateRanking, aggregateRatings, aggregateWeighting, consensus, summarise } from "./aggregate";

/** An idea as the wall shows it: visible, not merged into another; `merged` duplicates were folded into it. */
export interface IdeaOnWall {
  id: string;
  text: string;
  cluster: string | null;
  merged: number;
}

/** The aggregated results of one block, by the kind of aggregation (lib/domain/workshop/aggregate.ts). */
export type BlockResult =
  | { type: "ratings"; result: ReturnType<typeof aggregateRatings> }
  | { type: "choice"; result: ReturnType<typeof aggregateChoices> }
  | { type: "scale"; result: ReturnType<typeof summarise> }
  | { type: "consensus"; result: ReturnType<typeof consensus> }
  | { type: "dotVote"; result: ReturnType<typeof aggregateDots> }
  | { type: "ranking"; result: ReturnType<typeof aggregateRanking> }
  | { type: "weighting"; result: ReturnType<typeof aggregateWeighting> }
  | { type: "text"; result: { n: number; texts: string[] } }
  | { type: "ideas"; result: { n: number; ideas: IdeaOnWall[] } };

const counts = z.record(z.string(), z.number());
const NumericSummarySchema = z.object({ n: z.number(), mean: z.number().nullable(), median: z.number().nullable(), distribution: counts });
const IdeaOnWallSchema = z.object({ id: z.string(), text: z.string(), cluster: z.string().nullable(), merged: z.number() });

/**
 * The one schema of a block's results (issue 13): every kind with all its figures. It reads the SSE snapshots and the
 * polling answer in the browser and the aggregates kept after the retention period (lib/server/db/workshop-participation.ts,
 * parsed on read). The assertion below fails `tsc` when it and `BlockResult` (the aggregation's return types) drift apart.
 */
export const BlockResultSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ratings"),
    result: z.object({
      categories: z.record(z.string(), NumericSummarySchema.extend({ unknown: z.number() })),
      radar: z.array(z.object({ key: z.string(), mean: z.number().nullable() })),
      n: z.number(),
    }),
  }),
  z.object({ type: z.literal("choice"), result: z.object({ counts, n: z.number() }) }),
  z.object({ type: z.literal("scale"), result: NumericSummarySchema }),
  z.object({
    type: z.literal("consensus"),
    result: NumericSummarySchema.extend({ window: z.object({ low: z.number(), high: z.number() }).nullable(), outside: z.number(), split: z.boolean() }),
  }),
  z.object({
    type: z.literal("dotVote"),
    result: z.object({ ranking: z.array(z.object({ key: z.string(), dots: z.number(), voters: z.number() })), totalDots: z.number(), n: z.number() }),
  }),
  z.object({ type: z.literal("ranking"), result: z.object({ ranking: z.array(z.object({ key: z.string(), points: z.number(), firsts: z.number() })), n: z.number() }) }),
  z.object({ type: z.literal("weighting"), result: z.object({ options: z.array(z.object({ key: z.string(), total: z.number(), mean: z.number().nullable() })), n: z.number() }) }),
  z.object({ type: z.literal("text"), result: z.object({ n: z.number(), texts: z.array(z.string()) }) }),
  z.object({ type: z.literal("ideas"), result: z.object({ n: z.number(), ideas: z.array(IdeaOnWallSchema) }) }),
]);
/** The schema reads exactly BlockResult: checked both ways at compile time. */
export type BlockResultSchemaReadsBlockResult = Assert<Same<z.output<typeof BlockResultSchema>, BlockResult>>;

/**
 * A block's results as kept after its raw answers were deleted (moderation-log entry "retention.aggregate", written by
 * the retention and by a town package's import, which adds `restored: true`): parsed with this schema on read.
 */
export const RetainedAggregateSchema = z.object({
  blockId: z.string(),
  overall: BlockResultSchema,
  byRole: z.array(z.object({ role: z.string(), result: BlockResultSchema })),
  n: z.number(),
  paper: z.number(),
  suppressed: z.number(),
  /** Participants of the workshop when the raw data was deleted. */
  participants: z.number(),
});
export type RetainedAggregate = z.output<typeof RetainedAggregateSchema>;

/**
 * What participants (and, with results, the presenter) see of a live workshop: the SSE `snapshot` events of
 * /api/v1/workshops/{code}/events and …/presenter/events, and GET …/snapshot (`{data: …}`). The browser parses each
 * event with this contract (issue 13); the server builds it (lib/server/db/workshop-participation.ts).
 */
export const WorkshopSnapshotSchema = z.object({
  /** Changes with every answer, join and moderation step (SSE event id, polling ETag). */
  version: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(["DRAFT", "LIVE", "ENDED"]),
  participants: z.number().int(),
  /** The open block (or, when none is open, the last revealed one); results only when revealed. */
  block: z
    .object({
      id: z.string(),
      position: z.number().int(),
      status: z.string(),
      config: BlockConfigSchema,
      /** Answers from phones (for an ideas block: ideas sent). */
      answered: z.number().int(),
      /** Entries from a paper flipchart counted in the results. */
      paper: z.number().int(),
      results: BlockResultSchema.nullable(),
      /** Results by role label, only groups of at least 5 (lib/domain/workshop/aggregate.ts byRoleGroup). */
      byRole: z.array(z.object({ role: z.string(), result: BlockResultSchema })),
    })
    .nullable(),
});
export type WorkshopSnapshot = z.output<typeof WorkshopSnapshotSchema>;
export const WorkshopSnapshotResponseSchema = z.object({ data: WorkshopSnapshotSchema });
