import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("start page → type-ahead search → municipality page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hausärztinnen und Hausärzte in der Region halten");
  await expect(page.getByTestId("data-attribution")).toContainText("Statistisches Bundesamt (Destatis)");
  await expectNoSeriousA11yViolations(page);

  const search = page.getByRole("combobox", { name: /Name, Gemeindeschlüssel/ });
  await search.fill("Doerentrup");
  const option = page.getByRole("option", { name: /Dörentrup/ });
  await expect(option).toContainText("Lippe, Nordrhein-Westfalen");
  await search.press("ArrowDown");
  await search.press("Enter");

  await expect(page).toHaveURL(/\/gemeinde\/05766024$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dörentrup");
  await expect(page.getByTestId("population")).toHaveText("7.660");
  await expectNoSeriousA11yViolations(page);
});

test("search page without JavaScript lists all three towns called Hohenstein with their counties", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/gemeinden");
  await page.getByLabel("Name, Gemeindeschlüssel (AGS) oder Postleitzahl").fill("Hohenstein");
  await page.getByRole("button", { name: "Suchen" }).click();
  const results = page.getByTestId("search-results");
  for (const county of ["Rheingau-Taunus-Kreis, Hessen", "Reutlingen, Baden-Württemberg", "Nordhausen, Thüringen"]) {
    await expect(results.getByRole("listitem").filter({ hasText: county }).filter({ hasText: /^Hohenstein/ })).toHaveCount(1);
  }
  await context.close();
});

test("search page passes axe and a spelling mistake still finds the town", async ({ page }) => {
  await page.goto("/gemeinden?q=D%C3%B6rnetrup");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toHaveText("Dörentrup");
  await expectNoSeriousA11yViolations(page);
});

test("unknown AGS shows a German not-found page", async ({ page }) => {
  const response = await page.goto("/gemeinde/99999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
});

test.describe("API", () => {
  test("search answers JSON", async ({ request }) => {
    const response = await request.get("/api/v1/municipalities?q=B%C3%BCsum&limit=1");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.data[0]).toMatchObject({ ags: "01051013", population: 4970 });
  });

  test("bad parameters get a 400 that says what is wrong", async ({ request }) => {
    const response = await request.get("/api/v1/municipalities?q=&limit=500");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["limit", "q"]);
    expect(body.error.message).toContain("limit darf höchstens 50 sein");
  });

  test("an unknown AGS gets a 404, a malformed one a 400", async ({ request }) => {
    expect((await request.get("/api/v1/municipalities/99999999")).status()).toBe(404);
    const malformed = await request.get("/api/v1/municipalities/5766024");
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toContain("8 Ziffern");
  });

  test("responses carry the security headers", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["content-security-policy"]).not.toContain("'unsafe-inline' 'strict-dynamic'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
