import { z } from "zod";

/**
 * The response contract of the planning-area routes (issue 13), apart from the input schema (./planning-area.ts) so
 * the county page does not load the input's rules and messages.
 */

/** A stored planning area as the API returns it (POST, PATCH: `{data: …}`; JSON: `updatedAt` is a string). */
export const PlanningAreaRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  towns: z.array(z.string()),
  kvVersorgungsgrad: z.number().nullable(),
  kvPublishedAt: z.string().nullable(),
  kvVerhaeltniszahl: z.number().nullable(),
  kvSource: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const PlanningAreaResponseSchema = z.object({ data: PlanningAreaRecordSchema });
