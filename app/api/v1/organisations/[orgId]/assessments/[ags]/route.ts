import { json, parseParams, readBody, tenantRoute } from "@/lib/server/api/tenant-route";
import { resultToStore } from "@/lib/server/use-cases/stored-result";
import { deleteAssessment, getAssessment, saveAssessment } from "@/lib/server/db/tenant/assessments";
import { AssessmentParamsSchema, SaveAssessmentSchema } from "@/lib/domain/schemas/tenant";

export const dynamic = "force-dynamic";
type Params = { orgId: string; ags: string };

/**
 * GET /api/v1/organisations/{orgId}/assessments/{ags} → `{data: {answers, status, version, updatedAt, exists}}`;
 * nothing stored yet: `answers: null, version: 0`.
 */
export const GET = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, AssessmentParamsSchema);
  return json(await getAssessment(ctx, orgId, ags));
});

/**
 * PUT /api/v1/organisations/{orgId}/assessments/{ags} with `{answers, status, version}` — `version` is the one the
 * client read (0 creates). 200 with the stored record (version + 1); a stale version → 409
 * `{error: {code: "conflict", message, current, submitted}}` and nothing changes. Editors and admins. The row also
 * stores the engine's result and the knowledge snapshot version that computed it.
 */
export const PUT = tenantRoute<Params>(async ({ ctx, params, request }) => {
  const { orgId, ags } = parseParams(params, AssessmentParamsSchema);
  const input = await readBody(request, SaveAssessmentSchema);
  return json(await saveAssessment(ctx, orgId, ags, input, await resultToStore(ctx.prisma, ags, input.answers)));
});

/** DELETE /api/v1/organisations/{orgId}/assessments/{ags} (editors and admins). */
export const DELETE = tenantRoute<Params>(async ({ ctx, params }) => {
  const { orgId, ags } = parseParams(params, AssessmentParamsSchema);
  await deleteAssessment(ctx, orgId, ags);
  return new Response(null, { status: 204 });
});
