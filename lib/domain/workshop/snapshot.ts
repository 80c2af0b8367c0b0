import { z } from "zod";
import { computedResult } from "@/lib/domain/api-contracts";
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

/** A block's results as the presentation reads them: the kind and its count; the figures follow the kind's type. */
export const BlockResultContract = computedResult<BlockResult>(
  z.object({
    type: z.enum(["ratings", "choice", "scale", "consensus", "dotVote", "ranking", "weighting", "text", "ideas"]),
    result: z.looseObject({ n: z.number() }),
  }),
);

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
      results: BlockResultContract.nullable(),
      /** Results by role label, only groups of at least 5 (lib/domain/workshop/aggregate.ts byRoleGroup). */
      byRole: z.array(z.object({ role: z.string(), result: BlockResultContract })),
    })
    .nullable(),
});
export type WorkshopSnapshot = z.output<typeof WorkshopSnapshotSchema>;
export const WorkshopSnapshotResponseSchema = z.object({ data: WorkshopSnapshotSchema });
