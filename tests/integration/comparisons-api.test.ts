import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/comparisons/evaluate/route";
import {
  ScenarioAssumptionsSchema,
  assumptionsFromDefaults,
  defaultAssumptions,
  evaluateScenario,
  type ScenarioAssumptionsInput,
} from "@/lib/domain/money";
import { knowledgeFromFiles } from "@/lib/knowledge/snapshot-files";

const K = knowledgeFromFiles();

function post(body: string): Promise<Response> {
  return POST(
    new Request("http://localhost/api/v1/comparisons/evaluate", { method: "POST", body, headers: { "content-type": "application/json" } }),
  );
}

const mvz: ScenarioAssumptionsInput = {
  model: "municipal-mvz",
  startYear: 2026,
  investment: { building: 0, conversion: 0, equipment: 0, practicePurchase: 0, other: 2_600_000 },
  running: { coordinator: 35_000, management: 0, rentSubsidies: 0, mvzOperations: 480_000 },
  revenue: { rent: 0, mvzIncome: 500_000 },
  guarantees: [{ label: "Bürgschaft", amount: 150_000, year: 2028 }],
  grants: [{ label: "Landesförderung", amountPerYear: 30_000, startYear: 2026, endYear: 2029 }],
};

interface ErrorBody {
  error: { code: string; message: string; issues?: Array<{ path: string; message: string }> };
}

describe("POST /api/v1/comparisons/evaluate", () => {
  it("answers one scenario with the yearly figures of evaluateScenario", async () => {
    const response = await post(JSON.stringify(mvz));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toEqual(evaluateScenario(ScenarioAssumptionsSchema.parse(mvz)));
    expect(body.results[0].years).toHaveLength(10);
    // 2,600,000 + 35,000 + 480,000 − 500,000 − 30,000 = 2,585,000 in 2026.
    expect(body.results[0].years[0]).toMatchObject({ year: 2026, net: 2_585_000, cumulativeNet: 2_585_000 });
  });

  it("answers several models at once, in request order, each equal to evaluateScenario", async () => {
    const scenarios = (["provider-network", "municipal-mvz", "health-centre"] as const).map((model) =>
      assumptionsFromDefaults(
        defaultAssumptions(model, { population: 5_000, landCode: "05" }, K.ruleParameters, K.fundingProgrammes, { startYear: 2026, portAddOn: model === "health-centre" }),
      ),
    );
    const response = await post(JSON.stringify({ scenarios }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { model: string }) => r.model)).toEqual(["provider-network", "municipal-mvz", "health-centre"]);
    scenarios.forEach((s, i) => expect(body.results[i]).toEqual(evaluateScenario(s)));
  });

  it.each([
    ["NaN as a string", { ...mvz, investment: { ...mvz.investment, building: "NaN" } }, "investment.building"],
    ["NaN serialised by JSON.stringify (null)", { ...mvz, running: { ...mvz.running, coordinator: Number.NaN } }, "running.coordinator"],
    ["\"Infinity\"", { ...mvz, revenue: { ...mvz.revenue, rent: "Infinity" } }, "revenue.rent"],
    ["a negative amount", { ...mvz, running: { ...mvz.running, management: -1 } }, "running.management"],
    ["a negative grant", { ...mvz, grants: [{ amountPerYear: -5, startYear: 2026, endYear: 2027 }] }, "grants.0.amountPerYear"],
    ["a grant ending before it starts", { ...mvz, grants: [{ amountPerYear: 5, startYear: 2028, endYear: 2027 }] }, "grants.0.endYear"],
    ["a missing field", { ...mvz, investment: { building: 0, conversion: 0, equipment: 0, practicePurchase: 0 } }, "investment.other"],
    ["a missing model", { ...mvz, model: undefined }, "model"],
  ])("answers %s with 400 naming the field", async (_label, input, path) => {
    const response = await post(JSON.stringify(input));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues?.map((i) => i.path)).toContain(path);
    expect(body.error.message).toContain(path);
  });

  it("rejects Infinity written as a number literal (1e999)", async () => {
    const response = await post(JSON.stringify(mvz).replace('"other":2600000', '"other":1e999'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.issues?.map((i) => i.path)).toContain("investment.other");
  });

  it("names the scenario index in the list form", async () => {
    const bad = { ...mvz, investment: { ...mvz.investment, equipment: -10 } };
    const response = await post(JSON.stringify({ scenarios: [mvz, bad] }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.issues?.map((i) => i.path)).toContain("scenarios.1.investment.equipment");
  });

  it("rejects an empty list", async () => {
    const response = await post(JSON.stringify({ scenarios: [] }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.issues?.map((i) => i.path)).toContain("scenarios");
  });

  it.each(["{", "", "not json", "{\"model\": NaN}"])("answers broken JSON %j with 400 invalid_request", async (text) => {
    const response = await post(text);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(/JSON/);
  });
});
