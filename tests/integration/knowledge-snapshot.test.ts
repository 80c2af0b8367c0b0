import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/server/auth/auth";
import { loadCaller, type TenantContext } from "@/lib/server/auth/guard";
import { comparisonKnowledgeOf, defaultComparison } from "@/lib/domain/comparison/scenario-set";
import { computeAssessmentResult } from "@/lib/server/use-cases/stored-result";
import { registerProcessDatabase, type PrismaClient } from "@/lib/server/db/client";
import { getKnowledgeSnapshot, listKnowledgeVersions } from "@/lib/server/db/knowledge-snapshot";
import { getMunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { AssessmentInputSchema } from "@/lib/domain/assessment/input";
import { PARAMETER_KEYS } from "@/lib/domain/rule-parameters";
import { REFERENCE_TOWNS, scaleByPopulation } from "@/lib/domain/money/defaults";
import { contentHash, type StoredSnapshot } from "@/lib/knowledge/snapshot";
import { readKnowledgeFiles } from "@/lib/knowledge/snapshot-files";
import { evaluateAssessment } from "@/lib/domain/recommendation/evaluate";
import * as assessmentRoute from "@/app/api/v1/organisations/[orgId]/assessments/[ags]/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, DOERENTRUP, seedTerritory, signUp } from "../support/tenancy";
import { insertOrganisation } from "@/lib/server/db/organisation-records";

/**
 * One snapshot for every consumer: a new knowledge version stored in the database (a changed rule parameter and
 * a changed rule of the engine) is what the engine, the supply check and the comparison defaults compute with; the
 * old version stays readable; a saved assessment records the version that computed its stored result.
 */

const NEW_VERSION = "2099-01-01.1";

/** The seeded content with the GP ratio, the MVZ cost figures and the engine's score spread changed, as a new version. */
function changedSnapshot(): StoredSnapshot {
  const { manifest, content } = readKnowledgeFiles();
  const params = structuredClone(content.ruleParameters) as Array<{ key: string; value: number }>;
  for (const p of params) {
    if (p.key === PARAMETER_KEYS.gpRatio) p.value = 1000;
    if (p.key === PARAMETER_KEYS.costPracticeTakeover || p.key === PARAMETER_KEYS.costMarienmuensterMvz) p.value = 123_456;
  }
  const ruleSet = { ...(content.ruleSet as Record<string, unknown>), version: NEW_VERSION, scoreSpread: 3 };
  const next = { ...content, ruleParameters: params, ruleSet };
  return { manifest: { ...manifest, version: NEW_VERSION, validFrom: "2099-01-01", contentHash: contentHash(next) }, content: next };
}

async function storeVersion(prisma: PrismaClient, stored: StoredSnapshot) {
  await prisma.ruleSet.create({
    data: { version: stored.manifest.version, validFrom: new Date(`${stored.manifest.validFrom}T00:00:00Z`), data: JSON.parse(JSON.stringify(stored)) },
  });
}

const doerentrup = AssessmentInputSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../examples/doerentrup.json"), "utf8")),
);

describe.each(testDatabaseKinds)("knowledge snapshot on %s", (kind) => {
  let db: TestDatabase;
  let ctx: TenantContext;
  let cookie: string;
  let orgId: string;
  const seeded = readKnowledgeFiles().manifest.version;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma); // includes the knowledge seed
    const user = await signUp(await getAuth(), "editor@snapshot.test");
    cookie = user.cookie;
    const org = await insertOrganisation(db.prisma, { kind: "TOWN", name: "Dörentrup", municipalityAgs: DOERENTRUP }, [{ userId: user.userId, role: "EDITOR" }], { id: true });
    orgId = org.id;
    ctx = { prisma: db.prisma, caller: await loadCaller(db.prisma, { id: user.userId, email: "editor@snapshot.test", name: "editor" }) };
  });
  afterAll(async () => db?.close());

  it("the seed stores the data files' version; the loader reads it back validated", async () => {
    const snapshot = await getKnowledgeSnapshot(undefined, db.prisma);
    expect(snapshot.version).toBe(seeded);
    expect(snapshot.ruleSet.version).toBe(seeded);
    expect(snapshot.models).toHaveLength(4);
  });

  it("a saved assessment records the knowledge version and the engine's result", async () => {
    const response = await call(assessmentRoute.PUT, "PUT", `/api/v1/organisations/${orgId}/assessments/${DOERENTRUP}`, { orgId, ags: DOERENTRUP }, {
      cookie,
      body: { answers: doerentrup, status: "DRAFT", version: 0 },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(((await response.json()) as { data: { ruleSetVersion: string } }).data.ruleSetVersion).toBe(seeded);
    const row = await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } });
    expect(row.ruleSetVersion).toBe(seeded);
    expect(row.result).toMatchObject({ ruleSetVersion: seeded, top: "provider-network" });
  });

  it("a new version in the database is what engine, supply check and comparison use; the old one stays readable", async () => {
    const before = await getKnowledgeSnapshot(undefined, db.prisma);
    const supplyBefore = await getMunicipalitySupply(ctx, DOERENTRUP, {});
    const town = { population: 7660, landCode: "05" };
    const mvzBefore = defaultComparison(comparisonKnowledgeOf(before, "05"), town, 2026).models["municipal-mvz"];
    const engineBefore = evaluateAssessment(doerentrup, before);

    await storeVersion(db.prisma, changedSnapshot());

    const after = await getKnowledgeSnapshot(undefined, db.prisma);
    expect(after.version).toBe(NEW_VERSION);
    expect((await listKnowledgeVersions(db.prisma)).map((v) => v.version)).toEqual([NEW_VERSION, seeded]);

    // Engine: the new rule set (version named in the result, steeper score curve → other scores).
    const engineAfter = evaluateAssessment(doerentrup, after);
    expect(engineAfter.ruleSetVersion).toBe(NEW_VERSION);
    expect(engineAfter.ranking[0]!.score).not.toBe(engineBefore.ranking[0]!.score);

    // Supply check: the new GP ratio.
    const supplyAfter = await getMunicipalitySupply(ctx, DOERENTRUP, {});
    expect(supplyAfter.knowledgeVersion).toBe(NEW_VERSION);
    expect(supplyBefore.knowledgeVersion).toBe(seeded);
    expect(JSON.stringify(supplyAfter.result)).toContain("1000");
    expect(supplyAfter.result).not.toEqual(supplyBefore.result);

    // Comparison defaults: the new Marienmünster MVZ figure, scaled to the town like every default (issue 18).
    const mvzAfter = defaultComparison(comparisonKnowledgeOf(after, "05"), town, 2026).models["municipal-mvz"];
    expect(mvzAfter.investment.other).toBe(scaleByPopulation(123_456, REFERENCE_TOWNS.marienmuenster.population, town.population).value);
    expect(mvzAfter).not.toEqual(mvzBefore);

    // The old version stays readable: the assessment saved before recomputes with it unchanged.
    const old = await computeAssessmentResult(db.prisma, DOERENTRUP, doerentrup, seeded);
    const stored = await db.prisma.assessment.findFirstOrThrow({ where: { organisationId: orgId } });
    expect(old.ruleSetVersion).toBe(seeded);
    expect(JSON.parse(JSON.stringify(old.recommendation))).toEqual(stored.result);
  });
});
