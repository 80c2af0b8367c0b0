import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("rule parameters and funding programmes are shown with version, validity and source", async ({ page }) => {
  await page.goto("/wissen/regeln");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regelparameter und Förderprogramme");
  const parameters = page.getByTestId("rule-parameters");
  await expect(parameters.getByRole("row").filter({ hasText: "1.671" })).toContainText("bis");
  await expect(page.getByTestId("funding-programmes")).toContainText("Baden-Württemberg");
  await expect(page.getByTestId("funding-programmes")).toContainText("300.000");
  await expectNoSeriousA11yViolations(page);
});

test("figures not checked against a guideline say „nicht geprüft“; an access date is not shown as the start", async ({ page }) => {
  await page.goto("/wissen/regeln");
  await expect(page.getByTestId("funding-amount-nw-hausarztaktionsprogramm")).toContainText("nicht geprüft");
  await expect(page.getByTestId("funding-amount-he-foerderrichtlinie-laendliche-raeume")).not.toContainText("nicht geprüft");
  const bw = page.getByTestId("funding-conditions-bw-primaerversorgung-projekte");
  await expect(bw).toContainText("Beginn der Laufzeit nicht belegt; Quelle abgerufen am 22.08.2021");
  const byLimit = page.getByTestId("funding-conditions-by-landarztpraemie").getByRole("listitem").filter({ hasText: "Gemeinden bis 20.000 Einwohnerinnen und Einwohner" });
  await expect(byLimit).toContainText("nicht geprüft");
});

test("the funding API filters by Land and rejects an unknown Land code", async ({ request }) => {
  const bw = await request.get("/api/v1/funding-programmes?land=08");
  expect(bw.status()).toBe(200);
  expect((await bw.json()).data.every((p: { landCode: string }) => p.landCode === "08")).toBe(true);
  const bad = await request.get("/api/v1/funding-programmes?land=99");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0].path).toBe("land");
  const parameters = await request.get("/api/v1/rule-parameters");
  expect((await parameters.json()).data.some((p: { value: number }) => p.value === 1671)).toBe(true);
});
