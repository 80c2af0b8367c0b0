import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { callApi, type ApiResult } from "@/lib/client/api";
import { NoContentSchema } from "@/lib/domain/api-contracts";
import { AssessmentRecordSchema, AssessmentResponseSchema } from "@/lib/domain/assessment/contract";
import { RecommendationSchema } from "@/lib/domain/recommendation/contract";
import { PlanningAreaResponseSchema } from "@/lib/domain/schemas/planning-area-record";
import { InvitationAcceptedResponseSchema, InvitationCreatedResponseSchema, OrganisationCreatedResponseSchema, PlanConflictSchema, PlanItemsAddedResponseSchema } from "@/lib/domain/schemas/organisation-api";
import { ProviderCsvErrorsSchema, ProviderInventoryResponseSchema, ProviderResponseSchema, ProvidersCsvResponseSchema } from "@/lib/domain/schemas/provider-responses";
import { TownPackagePreviewResponseSchema } from "@/lib/domain/schemas/town-package-preview";
import { WorkshopSnapshotResponseSchema, WorkshopSnapshotSchema } from "@/lib/domain/workshop/snapshot";
import { loadSupplyContract } from "@/components/supply/api";
import { serializeProvidersCsv } from "@/lib/domain/csv/providers";
import type { Provider } from "@/lib/domain/schemas/provider";
import { getAuth } from "@/lib/server/auth/auth";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { joinWorkshop, submitAnswer, workshopSnapshot } from "@/lib/server/db/workshop-participation";
import { addBlock, blockAction, createWorkshop } from "@/lib/server/db/tenant/workshops";
import { loadCaller } from "@/lib/server/auth/guard";
import { parseStoredResult, STORED_RESULT_SELECT } from "@/lib/server/use-cases/stored-result";
import { readinessOfTown } from "@/lib/server/db/tenant/workshop-outcomes";
import * as recommendationsRoute from "@/app/api/v1/recommendations/route";
import * as providersRoute from "@/app/api/v1/municipalities/[ags]/providers/route";
import * as providerRoute from "@/app/api/v1/municipalities/[ags]/providers/[id]/route";
import * as providersImportRoute from "@/app/api/v1/municipalities/[ags]/providers/import/route";
import * as supplyRoute from "@/app/api/v1/municipalities/[ags]/supply/route";
import * as assessmentRoute from "@/app/api/v1/organisations/[orgId]/assessments/[ags]/route";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as invitationsRoute from "@/app/api/v1/organisations/[orgId]/invitations/route";
import * as acceptRoute from "@/app/api/v1/invitations/[token]/accept/route";
import * as planItemsRoute from "@/app/api/v1/organisations/[orgId]/plans/[ags]/items/route";
import * as planningAreasRoute from "@/app/api/v1/organisations/[orgId]/planning-areas/route";
import * as exportRoute from "@/app/api/v1/organisations/[orgId]/town-package/[ags]/route";
import * as previewRoute from "@/app/api/v1/organisations/[orgId]/town-package/preview/route";
import * as snapshotRoute from "@/app/api/v1/workshops/[code]/snapshot/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, ORIGIN, seedTerritory, signUp } from "../support/tenancy";
import { createCountyOrganisation, createTownOrganisation } from "../support/factories";
import { fillTown } from "../support/town-fixture";

/**
 * The per-route contracts of the one API client (issue 13) against what the route handlers really return: each
 * answer goes through callApi (its fetch is the handler) and is accepted; the same answer with one field broken gives
 * the user a German message naming the field, not a crash. On both databases.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A fetch that is the route handler: what callApi sends reaches the handler as Next.js would pass it. */
function handlerFetch(handler: unknown, params: Record<string, string>, cookie?: string): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const headers: Record<string, string> = { origin: ORIGIN, ...(init?.headers as Record<string, string> | undefined) };
    if (cookie) headers.cookie = cookie;
    const url = `${ORIGIN}${String(input)}`;
    return (handler as Handler)(new Request(url, { method: init?.method ?? "GET", headers, body: init?.body ?? undefined }), { params: Promise.resolve(params) });
  }) as typeof fetch;
}

/** The answer of `response` with the value at `at` replaced by one of the wrong type, as a client would receive it. */
async function broken(response: Response, at: readonly (string | number)[]): Promise<Response> {
  const body = (await response.json()) as Record<string, unknown>;
  let holder: Record<string | number, unknown> = body;
  for (const key of at.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = at.at(-1)!;
  expect(holder[last], `the answer has ${at.join(".")}`).not.toBeUndefined();
  holder[last] = typeof holder[last] === "string" ? 42 : "kaputt";
  return new Response(JSON.stringify(body), { status: response.status, headers: { "content-type": "application/json" } });
}

/** The contract accepts the handler's answer, and refuses it with `at` broken: a German message naming the field. */
async function expectContract<S extends z.ZodType>(response: Response, contract: S, at: readonly (string | number)[]): Promise<z.output<S>> {
  const copy = response.clone();
  const accepted: ApiResult<z.output<S>> = await callApi("/x", contract, { fetchImpl: (async () => response) as typeof fetch });
  expect(accepted, accepted.ok ? "" : accepted.message).toMatchObject({ ok: true });
  const bad = await broken(copy, at);
  const refused = await callApi("/x", contract, { fetchImpl: (async () => bad) as typeof fetch });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.message).toMatch(/^Die Antwort des Servers hat nicht das erwartete Format \(/);
    expect(refused.message).toContain(`${at.join(".")}: `);
    expect(refused.message).not.toMatch(/Invalid input|expected/); // zod's text in German too (lib/domain/zod-german.ts)
    expect(refused.message).toMatch(/Bitte laden Sie die Seite neu/);
  }
  return (accepted as { data: z.output<S> }).data;
}

const practice: Provider = {
  kind: "gp-practice",
  name: "Praxis am Markt",
  street: "Marktstraße 1",
  postcode: "32694",
  city: "Dörentrup",
  successorStatus: "none",
  doctors: [{ name: "Dr. Älter", birthYear: 1958, employment: "licensed", licence: "full", plannedExitYear: 2027 }],
};

describe.each(testDatabaseKinds)("the API contracts accept the route handlers' answers on %s", (kind) => {
  let db: TestDatabase;
  let editor: { cookie: string; userId: string };
  let invitee: { cookie: string; userId: string };
  let townOrgId: string;
  let countyOrgId: string;
  const providers = `/api/v1/municipalities/${DOERENTRUP}/providers`;
  // The editor is in the town and in the county: the town routes are told which organisation's data (?org=).
  const org = () => `org=${townOrgId}`;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma);
    const auth = await getAuth();
    editor = await signUp(auth, "editor@contracts.test", "Edith");
    invitee = await signUp(auth, "invitee@contracts.test", "Ines");
    await db.prisma.user.update({ where: { id: invitee.userId }, data: { emailVerified: true } });
    const town = await createTownOrganisation(db.prisma, [[editor, "ADMIN"]]);
    townOrgId = town.id;
    countyOrgId = (await createCountyOrganisation(db.prisma, [[editor, "ADMIN"]])).id;
    // Inventory (addresses left empty, as older rows have them), assessment, scenario, workshop, plan.
    await fillTown(db.prisma, townOrgId, DOERENTRUP, { ownerMembershipId: town.membershipIds[0] });
  });
  afterAll(async () => db?.close());

  it("providers: the inventory, a created and a changed provider, a delete", async () => {
    const params = { ags: DOERENTRUP };
    const list = await call(providersRoute.GET, "GET", `${providers}?${org()}`, params, { cookie: editor.cookie });
    const inventory = await expectContract(list, ProviderInventoryResponseSchema, ["data", "providers", 0, "doctors", 0, "employment"]);
    expect(inventory.data.providers).toHaveLength(3);
    const created = await callApi(`${providers}?${org()}`, ProviderResponseSchema, { method: "POST", body: practice, fetchImpl: handlerFetch(providersRoute.POST, params, editor.cookie) });
    expect(created).toMatchObject({ ok: true, status: 201, data: { data: { name: "Praxis am Markt", version: 1 } } });
    if (!created.ok) return;
    const id = created.data.data.id;
    const patched = await call(providerRoute.PATCH, "PATCH", `${providers}/${id}?${org()}`, { ags: DOERENTRUP, id }, { cookie: editor.cookie, body: { version: 1, successorStatus: "searching" } });
    expect((await expectContract(patched, ProviderResponseSchema, ["data", "version"])).data.successorStatus).toBe("searching");
    const deleted = await callApi(`${providers}/${id}?version=2&${org()}`, NoContentSchema, { method: "DELETE", fetchImpl: handlerFetch(providerRoute.DELETE, { ags: DOERENTRUP, id }, editor.cookie) });
    expect(deleted).toEqual({ ok: true, status: 204, data: undefined });
  });

  it("the supply check and the CSV preview; a refused file's rows", async () => {
    const supply = await call(supplyRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/supply?kvFigure=90&${org()}`, { ags: DOERENTRUP }, { cookie: editor.cookie });
    const figures = await expectContract(supply, await loadSupplyContract(), ["data", "result", "keyFigures", 0, "status"]);
    expect(figures.data.result.versorgungsgrad.basis).toBe("kv");
    expect(figures.data.result.forecast.length).toBeGreaterThan(0);
    // The full schema (issue 13): fields deep in the result that the old partial contract let through unchecked.
    for (const at of [
      ["data", "result", "doctors", 0, "factor"],
      ["data", "result", "atRisk", 0, "leavingDoctors", 0, "exitBasis"],
      ["data", "result", "parameters", "gpTrainingYears", "version"],
      ["data", "result", "versorgungsgrad", "kv", "versorgungsgrad"],
      ["data", "assessmentAnswers", "ratioVersion"],
      ["data", "owner", "via"],
    ]) {
      const again = await call(supplyRoute.GET, "GET", `/api/v1/municipalities/${DOERENTRUP}/supply?kvFigure=90&${org()}`, { ags: DOERENTRUP }, { cookie: editor.cookie });
      await expectContract(again, await loadSupplyContract(), at);
    }
    const csv = serializeProvidersCsv([practice]);
    const preview = await call(providersImportRoute.POST, "POST", `${providers}/import?${org()}`, { ags: DOERENTRUP }, { cookie: editor.cookie, body: { csv, mode: "preview" } });
    expect((await expectContract(preview, ProvidersCsvResponseSchema, ["data", "summary", "added"])).data.summary).toMatchObject({ added: 1, removed: 3 });
    const bad = await callApi(`${providers}/import?${org()}`, ProvidersCsvResponseSchema, { method: "POST", body: { csv: `${csv.trimEnd()}\n1;Hausarztpraxis;;;;;;;;;;;;\n`, mode: "preview" }, fetchImpl: handlerFetch(providersImportRoute.POST, { ags: DOERENTRUP }, editor.cookie) });
    expect(bad).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/^Die Datei wurde nicht übernommen/) });
    if (!bad.ok) expect(ProviderCsvErrorsSchema.parse(bad.body.rows).length).toBeGreaterThan(0);
  });

  it("the engine's recommendation", async () => {
    const body = fs.readFileSync(path.join(process.cwd(), "examples", "doerentrup.json"), "utf8");
    const response = await recommendationsRoute.POST(new Request(`${ORIGIN}/api/v1/recommendations`, { method: "POST", body, headers: { "content-type": "application/json" } }));
    const recommendation = await expectContract(response, RecommendationSchema, ["ranking", 0, "contributions", 0, "citations", 0, "kind"]);
    expect(recommendation.top).toBe("provider-network");
    // The full schema (issue 13): every field of the engine's Recommendation is checked, however deep.
    for (const at of [
      ["ranking", 0, "knockOuts"],
      ["ranking", 0, "contributions", 0, "ruleId"],
      ["port", "criteria", 0, "weight"],
      ["port", "reasons"],
      ["readiness", 0, "gaps", 0, "itemId"],
      ["confidence", "decisiveShare"],
      ["whatWouldChange", 0, "newTop"],
      ["nextMeasures", 0, "gapWeight"],
    ]) {
      const again = await recommendationsRoute.POST(new Request(`${ORIGIN}/api/v1/recommendations`, { method: "POST", body, headers: { "content-type": "application/json" } }));
      await expectContract(again, RecommendationSchema, at);
    }
  });

  it("the stored assessment, a save, and a stale save's 409 with the stored record", async () => {
    const url = `/api/v1/organisations/${townOrgId}/assessments/${DOERENTRUP}`;
    const params = { orgId: townOrgId, ags: DOERENTRUP };
    const read = await call(assessmentRoute.GET, "GET", url, params, { cookie: editor.cookie });
    const stored = await expectContract(read, AssessmentResponseSchema, ["data", "status"]);
    const put = handlerFetch(assessmentRoute.PUT, params, editor.cookie);
    const saved = await callApi(url, AssessmentResponseSchema, { method: "PUT", body: { answers: stored.data.answers, status: "DRAFT", version: stored.data.version }, fetchImpl: put });
    expect(saved).toMatchObject({ ok: true, data: { data: { status: "DRAFT", version: stored.data.version + 1 } } });
    const stale = await callApi(url, AssessmentResponseSchema, { method: "PUT", body: { answers: stored.data.answers, status: "COMPLETED", version: stored.data.version }, fetchImpl: put });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    if (!stale.ok) expect(AssessmentRecordSchema.parse(stale.body.current)).toMatchObject({ status: "DRAFT", version: stored.data.version + 1 });
  });

  it("a stored self-check result of the wrong shape is refused on read and recomputed from the saved answers", async () => {
    const where = { organisationId_municipalityAgs: { organisationId: townOrgId, municipalityAgs: DOERENTRUP } };
    const row = await db.prisma.assessment.findUniqueOrThrow({ where, select: STORED_RESULT_SELECT });
    const stored = parseStoredResult(row.result);
    expect(stored.ok).toBe(true);
    if (!stored.ok || !stored.value) return;
    const broken = JSON.parse(JSON.stringify(stored.value));
    broken.readiness[0].score = "hoch";
    await db.prisma.assessment.update({ where, data: { result: broken } });
    try {
      const refused = parseStoredResult((await db.prisma.assessment.findUniqueOrThrow({ where, select: { result: true } })).result);
      expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("readiness.0.score: ") });
      // The readers take the documented recompute path: the engine's result for the saved answers and their version.
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const readiness = await readinessOfTown(db.prisma, townOrgId, DOERENTRUP);
      expect(readiness).toEqual(stored.value.readiness.map((r) => ({ category: r.category, label: r.label, score: r.score })));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("readiness.0.score: "));
      warn.mockRestore();
    } finally {
      await db.prisma.assessment.update({ where, data: { result: JSON.parse(JSON.stringify(stored.value)) } });
    }
  });

  it("a workshop's snapshot: the polling answer and the SSE event's payload", async () => {
    const ctx = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: editor.userId, email: "editor@contracts.test", name: "Edith" }) };
    const workshop = await createWorkshop(ctx, townOrgId, { ags: DOERENTRUP, title: "Ratsklausur", date: new Date().toISOString().slice(0, 10), retentionMonths: 12 });
    const block = await addBlock(ctx, townOrgId, workshop.id, { type: "singleChoice", prompt: "Welches Modell?", options: [{ key: "netz", label: "Netzwerk" }, { key: "mvz", label: "Kommunales MVZ" }] });
    await blockAction(ctx, townOrgId, workshop.id, block.id, "open");
    const participant = await joinWorkshop(db.prisma, workshop.code, "Rat");
    await submitAnswer(db.prisma, workshop.code, participant.participantId, block.id, { type: "singleChoice", choice: "netz" });
    const response = await call(snapshotRoute.GET, "GET", `/api/v1/workshops/${workshop.code}/snapshot`, { code: workshop.code });
    const polled = await expectContract(response, WorkshopSnapshotResponseSchema, ["data", "participants"]);
    expect(polled.data.code).toBe(workshop.code);
    // The presenter stream sends workshopSnapshot(…, {withResults: true}) as JSON: results included.
    const payload = JSON.stringify(await workshopSnapshot(db.prisma, workshop.code, { withResults: true }));
    const event = WorkshopSnapshotSchema.parse(JSON.parse(payload));
    expect(event.block?.results?.result.n).toBeGreaterThan(0);
    // The block's results are read with the full BlockResultSchema: a count of the choice is checked too.
    const results = await expectContract(new Response(payload, { headers: { "content-type": "application/json" } }), WorkshopSnapshotSchema, ["block", "results", "result", "counts", "netz"]);
    expect(results.block?.results).toEqual({ type: "choice", result: { counts: { netz: 1, mvz: 0 }, n: 1 } });
  });

  it("the town package's preview", async () => {
    const exported = await call(exportRoute.GET, "GET", `/api/v1/organisations/${townOrgId}/town-package/${DOERENTRUP}`, { orgId: townOrgId, ags: DOERENTRUP }, { cookie: editor.cookie });
    expect(exported.status).toBe(200);
    const preview = await call(previewRoute.POST, "POST", `/api/v1/organisations/${townOrgId}/town-package/preview`, { orgId: townOrgId }, { cookie: editor.cookie, body: await exported.json() });
    expect((await expectContract(preview, TownPackagePreviewResponseSchema, ["data", "incoming", "providers"])).data.town.ags).toBe(DOERENTRUP);
  });

  it("organisations: create one, invite, accept; take a measure into the plan twice (409 already in the plan); a planning area", async () => {
    const created = await call(organisationsRoute.POST, "POST", "/api/v1/organisations", {}, { cookie: editor.cookie, body: { kind: "TOWN", ags: DOERENTRUP, name: "Dörentrup (Projekt)" } });
    const orgId = (await expectContract(created, OrganisationCreatedResponseSchema, ["data", "id"])).data.id;
    const invitation = await call(invitationsRoute.POST, "POST", `/api/v1/organisations/${orgId}/invitations`, { orgId }, { cookie: editor.cookie, body: { role: "VIEWER", email: "invitee@contracts.test" } });
    const { url } = (await expectContract(invitation, InvitationCreatedResponseSchema, ["data", "url"])).data;
    const token = url.split("/").at(-1)!;
    const accepted = await callApi(`/api/v1/invitations/${token}/accept`, InvitationAcceptedResponseSchema, { method: "POST", body: {}, fetchImpl: handlerFetch(acceptRoute.POST, { token }, invitee.cookie) });
    expect(accepted).toMatchObject({ ok: true, data: { data: { organisationId: orgId } } });

    const items = `/api/v1/organisations/${orgId}/plans/${DOERENTRUP}/items`;
    const add = handlerFetch(planItemsRoute.POST, { orgId, ags: DOERENTRUP }, editor.cookie);
    const first = await call(planItemsRoute.POST, "POST", items, { orgId, ags: DOERENTRUP }, { cookie: editor.cookie, body: { source: "catalogue", sourceRef: "gesunde-staedte-netzwerk", planVersion: 0 } });
    expect((await expectContract(first, PlanItemsAddedResponseSchema, ["data", "plan", "version"])).data.plan.version).toBe(1);
    const again = await callApi(items, PlanItemsAddedResponseSchema, { method: "POST", body: { source: "catalogue", sourceRef: "gesunde-staedte-netzwerk", planVersion: 1 }, fetchImpl: add });
    expect(again).toMatchObject({ ok: false, status: 409 });
    if (!again.ok) expect(PlanConflictSchema.parse(again.body).reason).toBe("already_in_plan");

    const area = await call(planningAreasRoute.POST, "POST", `/api/v1/organisations/${countyOrgId}/planning-areas`, { orgId: countyOrgId }, { cookie: editor.cookie, body: { name: "Mittelbereich Lemgo", towns: [DOERENTRUP], kvVersorgungsgrad: 92.5 } });
    expect((await expectContract(area, PlanningAreaResponseSchema, ["data", "towns"])).data.kvVersorgungsgrad).toBe(92.5);
  });
});
