import { z } from "zod";

/**
 * Per-route contracts of the app's own API as the browser reads it (issue 13): the shape of a success body and of
 * the one error body (lib/server/api/respond.ts). lib/client/api/index.ts parses every answer with the route's contract, so
 * a changed route fails with a German message at the call, never as `undefined` deep in a component. Responses are
 * read leniently (a field the server adds later is fine); what the client uses must be there with its type. A
 * concept's own response contract lives beside its input schemas (scenarios: lib/domain/schemas/scenario.ts), so a
 * page that searches municipalities does not load the comparison's schemas.
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

/**
 * The contract of an answer whose concept is a TypeScript type the domain computes (the engine's Recommendation, the
 * supply check's result, a workshop block's results) and that has no zod schema of its own: `schema` checks the
 * fields the page reads (loosely, nested details pass), the parsed value keeps the domain's type `T`.
 * tests/integration/api-contracts.test.ts proves each such contract accepts what its route handler really returns
 * and refuses a broken body, so the check and the type cannot drift apart unnoticed.
 */
export function computedResult<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}

/** The sections of a computed result: a list whose entries carry at least `keys` with the given schemas. */
export const listOf = (shape: z.ZodRawShape = {}) => z.array(z.looseObject(shape));
