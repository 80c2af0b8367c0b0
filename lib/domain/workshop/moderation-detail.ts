import { z } from "zod";

/**
 * What the moderation log shows of an entry's `detail` (WorkshopModerationEntry.detail, JSON written by each moderation
 * step): the block it concerns, a move's direction, an idea's moderation, a restored aggregate. Parsed on read, never
 * cast (issue 13). A log line is a record, not an input: a field of the wrong type reads as absent (the line then
 * names the action without it) instead of refusing the whole log.
 */
export const ModerationDetailSchema = z
  .object({
    blockId: z.string().optional().catch(undefined),
    direction: z.enum(["up", "down"]).optional().catch(undefined),
    hidden: z.boolean().optional().catch(undefined),
    mergedIntoId: z.string().nullable().optional().catch(undefined),
    cluster: z.string().nullable().optional().catch(undefined),
    /** A block restored from a town package keeps its aggregate the way retention does. */
    restored: z.boolean().optional().catch(undefined),
  })
  .catch({});
export type ModerationDetail = z.output<typeof ModerationDetailSchema>;
