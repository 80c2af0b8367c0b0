import { z } from "zod";

/**
 * Response contracts of the organisation routes the browser calls (issue 13): create an organisation, invitations,
 * taking measures into the action plan. Small and without the request schemas (./tenant loads the assessment's
 * schema), so the organisation pages stay light. What a form only needs the status of is read with `UnreadAnswerSchema`.
 */

/** An answer the caller does not read: success is the status (members, grants, leave, verification, Better Auth). */
export const UnreadAnswerSchema = z.unknown();

/** POST /api/v1/organisations → the new organisation. */
export const OrganisationCreatedResponseSchema = z.object({ data: z.looseObject({ id: z.string() }) });

/** POST /api/v1/organisations/{orgId}/invitations → the invitation and its link (shown once). */
export const InvitationCreatedResponseSchema = z.object({ data: z.looseObject({ url: z.string() }) });

/** POST /api/v1/invitations/{token}/accept → the organisation joined. */
export const InvitationAcceptedResponseSchema = z.object({ data: z.looseObject({ organisationId: z.string() }) });

/** POST /api/v1/organisations/{orgId}/plans/{ags}/items → the plan with its new version. */
export const PlanItemsAddedResponseSchema = z.object({ data: z.looseObject({ plan: z.looseObject({ version: z.number().int() }) }) });

/** A refused take-over (409): the measure is already in the plan, or the plan's current version. */
export const PlanConflictSchema = z.looseObject({ reason: z.string().optional(), current: z.looseObject({ version: z.number().int() }).optional() });
