import { z } from "zod";

/**
 * Per-route contracts of the app's own API as the browser reads it (issue 13): the shape of a success body and of
 * the one error body (lib/server/api/respond.ts). lib/client/api/index.ts parses every answer with the route's contract, so
 * a changed route fails with a German message at the call, never as `undefined` deep in a component. Responses are
 * read leniently (a field the server adds later is fine); what the client uses must be there with its type. A
 * concept's own response contract lives beside its input schemas (scenarios: lib/domain/schemas/scenario.ts), so a
 * page that searches municipalities does not load the comparison's schemas. A concept the domain computes (the
 * engine's Recommendation, the supply check's result, a workshop block's results) has one full schema beside its
 * type, tied to it at compile time (lib/domain/same-type.ts): its parsed value is the schema's output, never a cast.
 */

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** `{error: {code, message, issues?, …details}}` — every refusal of our API. */
export const ApiErrorBodySchema = z.object({
  error: z.looseObject({ code: z.string().optional(), message: z.string(), issues: z.array(ApiIssueSchema).optional() }),
});

/** 204 No Content (DELETE): no body. */
export const NoContentSchema = z.undefined();

/** GET /api/v1/municipalities?q=…&limit=… */
export const MunicipalityHitSchema = z.object({
  ags: z.string(),
  name: z.string(),
  officialName: z.string(),
  population: z.number(),
  kreisName: z.string().nullable(),
  landName: z.string(),
});
export type MunicipalityHit = z.infer<typeof MunicipalityHitSchema>;
export const CountyHitSchema = z.object({ key: z.string(), name: z.string(), typeLabel: z.string(), landName: z.string() });
export type CountyHit = z.infer<typeof CountyHitSchema>;
export const MunicipalitySearchResponseSchema = z.object({ data: z.array(MunicipalityHitSchema), counties: z.array(CountyHitSchema).optional() });
