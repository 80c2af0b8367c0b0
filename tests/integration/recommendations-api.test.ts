import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/recommendations/route";
import { GET as getSchema } from "@/app/api/v1/schema/assessment-input/route";
import type { Recommendation } from "@/lib/domain/recommendation/engine";
import { registerProcessDatabase } from "@/lib/server/db/client";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";
import { seedKnowledge } from "@/prisma/seed/knowledge";
import { createTestDatabase, type TestDatabase } from "../support/databases";

const K = knowledgeFromFiles();

const EXAMPLES = path.resolve(import.meta.dirname, "..", "..", "examples");

function post(body: string): Promise<Response> {
  return POST(new Request("http://localhost/api/v1/recommendations", { method: "POST", body, headers: { "content-type": "application/json" } }));
}

describe("POST /api/v1/recommendations", () => {
  // The route evaluates with the database's knowledge snapshot (seeded from knowledge/).
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    registerProcessDatabase(db);
    await seedKnowledge(db.prisma);
  });
  afterAll(async () => db?.close());

  it.each([
    ["doerentrup", "provider-network"],
    ["buesum", "municipal-mvz"],
    ["schneeberg", "health-centre"],
  ])("evaluates the source town %s and ranks its actual choice first", async (town, model) => {
    const response = await post(fs.readFileSync(path.join(EXAMPLES, `${town}.json`), "utf8"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Recommendation;
    expect(body.top).toBe(model);
    expect(body.ranking).toHaveLength(3);
    expect(body.ranking[0]!.model).toBe(model);
    expect(body.ranking[0]!.contributions.length).toBeGreaterThan(0);
    expect(body.ranking[0]!.contributions[0]!.citations.length).toBeGreaterThan(0);
    expect(body.ruleSetVersion).toBe(K.ruleSet.version);
  });

  it("accepts an all-unknown assessment (only the name)", async () => {
    const response = await post(JSON.stringify({ town: { name: "Musterstadt" } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Recommendation;
    expect(body.confidence.level).toBe("niedrig");
    expect(body.knockOuts).toEqual([]);
  });

  it("answers an invalid answer with 400 naming the field (politics.councilSupport)", async () => {
    const response = await post(JSON.stringify({ town: { name: "X" }, politics: { councilSupport: "maybe" } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues).toEqual([expect.objectContaining({ path: "politics.councilSupport" })]);
    expect(body.error.message).toContain("politics.councilSupport");
    // German validation messages from the zod schema.
    expect(body.error.issues[0].message).toMatch(/Ungültig/);
  });

  it("names every wrong field: a missing name and a negative number", async () => {
    const response = await post(JSON.stringify({ town: { population: -3 } }));
    expect(response.status).toBe(400);
    const paths = (await response.json()).error.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["town.name", "town.population"]));
  });

  it.each(["{", "", "not json"])("answers broken JSON %j with 400 invalid_request", async (text) => {
    const response = await post(text);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "invalid_request", message: "Der Inhalt der Anfrage ist kein gültiges JSON." });
  });

  it("answers a JSON value that is not an object with 400", async () => {
    const response = await post("[1,2]");
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues[0].path).toBe("(Eingabe)");
  });

  // GET /api/v1/schema/assessment-input: described with the database snapshot's question texts (seeded from knowledge/).
  it("the schema route serves exactly docs/assessment-input.schema.json (run `npm run schema:export` after changing the schema)", async () => {
    const response = await getSchema();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    const docs = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "docs", "assessment-input.schema.json"), "utf8"));
    expect(await response.json()).toEqual(docs);
  });
});
