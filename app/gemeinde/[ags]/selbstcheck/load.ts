import { cache } from "react";
import { AccessError, can, type TenantContext } from "@/lib/server/auth/guard";
import type { Resource } from "@/lib/domain/permissions";
import { getPageContext } from "@/lib/server/auth/page";
import { getPrisma } from "@/lib/server/db/client";
import { getMunicipality } from "@/lib/server/db/municipalities";
import { listOrganisations, type OrganisationSummary } from "@/lib/server/db/tenant/organisations";
import { organisationInUse } from "@/lib/server/db/tenant/organisation-in-use";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { ConflictError, TenantNotFoundError } from "@/lib/server/db/tenant/errors";
import { getAssessment } from "@/lib/server/db/tenant/assessments";
import { getKnowledgeSnapshot } from "@/lib/server/db/knowledge-snapshot";
import { answeredCount, fieldErrors, sanitizeAnswers, toAssessmentInput, type TownFacts } from "@/lib/domain/assessment/answers";
import { evaluateAssessment, parseAssessment } from "@/lib/domain/recommendation/evaluate";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { townFactsOf } from "@/lib/server/use-cases/town-facts";
import type { PersistenceChoice } from "@/lib/client/assessment-persistence";
import type { AnswerPrefill } from "@/lib/domain/assessment/prefill";
import { AgsSchema } from "@/lib/domain/schemas/municipality";

const loadMunicipality = cache(async (ags: string) => {
  const parsed = AgsSchema.safeParse(ags);
  if (!parsed.success) return null;
  return getMunicipality(await getPrisma(), parsed.data);
});

/** The town facts for the self-check pages (null for an unknown or malformed AGS). */
export async function loadTown(ags: string) {
  const municipality = await loadMunicipality(ags);
  return municipality ? townFactsOf(municipality) : null;
}

/** Where the answers live, or that the caller must choose among several organisations first. */
export type PersistenceOrChoice = PersistenceChoice | { kind: "choose"; candidates: OrganisationSummary[] };

/**
 * Where the answers live. Signed in and related to an organisation responsible for this town (the town itself,
 * its county; a county also through a town's grant): that organisation's record on the server, editable when the
 * caller may update assessments there, read-only otherwise (viewer, moderator, granted county; the API refuses
 * writes with 403 anyway). Anonymous, or no such organisation → this browser. Which organisation is explicit
 * (organisationInUse): `?org=` names it, a single candidate is used, several → the page asks.
 */
export async function persistenceFor(ags: string, requestedOrg?: string): Promise<PersistenceOrChoice> {
  const municipality = await loadMunicipality(ags);
  const ctx = await getPageContext();
  if (!municipality || !ctx.caller) return { kind: "browser" };
  const caller = ctx.caller;
  const responsible = await organisationsForTown(ctx, municipality, "assessment");
  const inUse = organisationInUse(responsible, requestedOrg);
  if (inUse.kind === "none") return { kind: "browser" };
  if (inUse.kind === "choose") return inUse;
  const org = inUse.organisation;
  return { kind: "server", orgId: org.id, orgName: org.name, readOnly: !can(caller, "assessment", "update", org.id) };
}

/**
 * The caller's organisations responsible for the town whose `resource` the caller may read: the town itself, its
 * county (a county also through a town's grant).
 */
export async function organisationsForTown(ctx: TenantContext, municipality: { ags: string; kreisKey: string | null }, resource: Resource): Promise<OrganisationSummary[]> {
  const caller = ctx.caller;
  if (!caller) return [];
  return (await listOrganisations(ctx)).filter(
    (org) =>
      can(caller, resource, "read", org.id) &&
      ((org.kind === "TOWN" && org.municipalityAgs === municipality.ags) ||
        (org.kind === "COUNTY" && org.kreisKey !== null && org.kreisKey === municipality.kreisKey)),
  );
}

/**
 * Answers proposed from the supply check: for a signed-in member who edits the organisation's assessment and whose
 * organisation keeps a provider inventory for the town, `assessmentPrefill` (groups `supply` and `urgency`). No
 * inventory (404, or no provider entered yet), read-only or anonymous → null.
 */
export async function supplyPrefillFor(ags: string, persistence: PersistenceChoice): Promise<AnswerPrefill | null> {
  if (persistence.kind !== "server" || persistence.readOnly) return null;
  const municipality = await loadMunicipality(ags);
  if (!municipality) return null;
  const ctx = await getPageContext();
  try {
    // The inventory of the organisation the assessment is saved for (never another one inferred).
    const supply = await getMunicipalitySupply({ ...ctx, organisationId: persistence.orgId }, municipality.ags, {});
    if (supply.providerCount === 0) return null;
    const { supply: figures, urgency } = supply.assessmentPrefill;
    return { supply: { ...figures }, urgency: { ...urgency } };
  } catch (error) {
    if (error instanceof AccessError || error instanceof ConflictError || error instanceof TenantNotFoundError) return null;
    throw error;
  }
}

/**
 * The organisation's result, computed on the server from its stored answers (issue 19: the result page renders it
 * before JavaScript runs): nothing answered yet → empty; answers that no longer pass AssessmentInputSchema → invalid;
 * otherwise the engine's Recommendation, the same as POST /api/v1/recommendations gives for these answers.
 */
export type StoredResult = { kind: "empty" } | { kind: "invalid" } | { kind: "error"; message: string } | { kind: "done"; recommendation: Recommendation };

export async function storedResultFor(town: TownFacts, orgId: string): Promise<StoredResult> {
  const ctx = await getPageContext();
  let record;
  try {
    record = await getAssessment(ctx, orgId, town.ags);
  } catch (error) {
    if (error instanceof AccessError || error instanceof ConflictError || error instanceof TenantNotFoundError) return { kind: "error", message: error.message };
    throw error;
  }
  const answers = record.version > 0 ? sanitizeAnswers(record.answers) : {};
  if (record.version === 0 || (answeredCount(answers) === 0 && record.status !== "COMPLETED")) return { kind: "empty" };
  if (Object.keys(fieldErrors(answers, town)).length > 0) return { kind: "invalid" };
  const parsed = parseAssessment(toAssessmentInput(answers, town));
  if (!parsed.success) return { kind: "invalid" };
  return { kind: "done", recommendation: evaluateAssessment(parsed.data, await getKnowledgeSnapshot()) };
}
