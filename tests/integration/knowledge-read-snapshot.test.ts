import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerProcessDatabase, type PrismaClient } from "@/lib/server/db/client";
import { PARAMETER_KEYS } from "@/lib/domain/rule-parameters";
import { contentHash, type StoredSnapshot } from "@/lib/knowledge/snapshot";
import { readKnowledgeFiles } from "@/lib/knowledge/snapshot-files";
import * as factorRoute from "@/app/api/v1/factors/[slug]/route";
import * as factorsRoute from "@/app/api/v1/factors/route";
import * as measuresRoute from "@/app/api/v1/measures/route";
import * as parametersRoute from "@/app/api/v1/rule-parameters/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/databases";
import { call, seedTerritory } from "../support/tenancy";

/**
 * The knowledge API (and the /wissen pages, which call the same functions of lib/server/db/knowledge.ts) read the
 * knowledge snapshot, not the seeded knowledge tables: a new version stored in the database shows at once, while
 * the seeded tables still hold the old text.
 */

const NEW_VERSION = "2099-02-01.1";
const NEW_TITLE = "Ein geänderter Titel aus dem neuen Wissensstand";

function changedSnapshot(): { stored: StoredSnapshot; factorSlug: string; measureSlug: string } {
  const { manifest, content } = readKnowledgeFiles();
  const factors = structuredClone(content.factors) as Array<{ slug: string; title: string }>;
  const measures = structuredClone(content.measures) as Array<{ slug: string; title: string }>;
  const params = structuredClone(content.ruleParameters) as Array<{ key: string; value: number }>;
  factors[0]!.title = NEW_TITLE;
  measures[0]!.title = NEW_TITLE;
  for (const p of params) if (p.key === PARAMETER_KEYS.gpRatio) p.value = 1234;
  const models = structuredClone(content.models) as Array<{ id: string; title: string }>;
  models[0]!.title = NEW_TITLE;
  const ruleSet = { ...(content.ruleSet as Record<string, unknown>), version: NEW_VERSION };
  const next = { ...content, factors, measures, models, ruleParameters: params, ruleSet };
  return {
    stored: { manifest: { ...manifest, version: NEW_VERSION, validFrom: "2099-02-01", contentHash: contentHash(next) }, content: next },
    factorSlug: factors[0]!.slug,
    measureSlug: measures[0]!.slug,
  };
}

async function storeVersion(prisma: PrismaClient, stored: StoredSnapshot) {
  await prisma.ruleSet.create({
    data: { version: stored.manifest.version, validFrom: new Date(`${stored.manifest.validFrom}T00:00:00Z`), data: JSON.parse(JSON.stringify(stored)) },
  });
}

const json = async (r: Response) => (await r.json()) as { data: unknown };

describe.each(testDatabaseKinds)("knowledge API reads the snapshot on %s", (kind) => {
  let db: TestDatabase;
  const change = changedSnapshot();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    registerProcessDatabase(db);
    await seedTerritory(db.prisma); // includes the knowledge seed
    await storeVersion(db.prisma, change.stored);
  });
  afterAll(async () => db?.close());

  it("a factor, the factor list, the measures and the models show the new version's text", async () => {
    const factor = (await json(await call(factorRoute.GET, "GET", `/api/v1/factors/${change.factorSlug}`, { slug: change.factorSlug }))).data as { title: string };
    expect(factor.title).toBe(NEW_TITLE);
    const factors = (await json(await call(factorsRoute.GET, "GET", "/api/v1/factors", {}))).data as Array<{ slug: string; title: string }>;
    expect(factors.find((f) => f.slug === change.factorSlug)?.title).toBe(NEW_TITLE);
    const measures = (await json(await call(measuresRoute.GET, "GET", "/api/v1/measures", {}))).data as Array<{ slug: string; title: string }>;
    expect(measures.find((m) => m.slug === change.measureSlug)?.title).toBe(NEW_TITLE);
    const models = (await json(await call(modelsRoute.GET, "GET", "/api/v1/models", {}))).data as Array<{ title: string }>;
    expect(models.map((m) => m.title)).toContain(NEW_TITLE);
    // The seeded table still holds the seeded text: the API did not read it.
    const row = await db.prisma.factor.findUniqueOrThrow({ where: { slug: change.factorSlug } });
    expect(row.title).not.toBe(NEW_TITLE);
  });

  it("the rule parameters show the new version's value", async () => {
    const params = (await json(await call(parametersRoute.GET, "GET", "/api/v1/rule-parameters", {}))).data as Array<{ key: string; value: number }>;
    expect(params.filter((p) => p.key === PARAMETER_KEYS.gpRatio).map((p) => p.value)).toContain(1234);
  });
});
