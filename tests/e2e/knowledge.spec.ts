import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("measures catalogue: filter by field and sector, open a measure, follow its citation to the sources", async ({ page }) => {
  await page.goto("/wissen/massnahmen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maßnahmenkatalog");
  const count = page.getByTestId("measure-count");
  await expect(count).toContainText("von 41");
  const total = await page.getByTestId("measure-results").getByRole("listitem").filter({ has: page.getByRole("heading") }).count();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Themenschwerpunkt").selectOption("Aus-, Fort- & Weiterbildung");
  await page.getByLabel("Sektor").selectOption("Pflege");
  await page.getByRole("button", { name: "Filter anwenden" }).click();

  await expect(page).toHaveURL(/field=Aus-%2C\+Fort-\+%26\+Weiterbildung/);
  await expect(page).toHaveURL(/sector=Pflege/);
  await expect(count).toHaveText("2 Maßnahmen von 41");
  const results = page.getByTestId("measure-results").getByRole("heading", { level: 3 });
  expect(await results.count()).toBe(2);
  expect(await results.count()).toBeLessThan(total);
  await expect(page.getByLabel("Themenschwerpunkt")).toHaveValue("Aus-, Fort- & Weiterbildung");

  const first = results.first();
  const title = (await first.textContent())!.trim();
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/wissen\/massnahmen\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectNoSeriousA11yViolations(page);

  await page.locator("[data-footnote-ref='1']").first().click();
  await expect(page).toHaveURL(/#fn-1$/);
  const footnote = page.locator("#fn-1");
  await expect(footnote).toContainText("Abschnitt");
  await footnote.getByRole("link").click();
  await expect(page).toHaveURL(/\/wissen\/quellen#kommkom-muensterland-loesungsansaetze\.txt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quellen");
  await expect(page.locator("[id='kommkom-muensterland-loesungsansaetze.txt']")).toBeInViewport();
  await expect(page.getByTestId("sources").locator(":scope > li")).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);
});

test("the catalogue filter works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/wissen/massnahmen");
  await page.getByLabel("Themenschwerpunkt").selectOption("Infrastruktur");
  await page.getByLabel("Freitext").fill("Bürgerbus");
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(page).toHaveURL(/field=Infrastruktur.*q=B%C3%BCrgerbus/);
  await expect(page.getByTestId("measure-count")).toHaveText("1 Maßnahme von 41");
  await context.close();
});

test("an unknown filter value shows a German error on the page", async ({ page }) => {
  await page.goto("/wissen/massnahmen?field=Kochen");
  await expect(page.locator("#filter-errors")).toContainText("„field“");
  await expectNoSeriousA11yViolations(page);
});

test("model comparison: four models side by side, each with its own page", async ({ page }) => {
  await page.goto("/wissen");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("navigation", { name: "Bereiche des Wissens" }).getByRole("link", { name: "Modelle" }).click();
  await expect(page).toHaveURL(/\/wissen\/modelle$/);
  const table = page.getByTestId("model-comparison");
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  await expect(table.getByRole("columnheader").nth(2)).toContainText("Kommunales Medizinisches Versorgungszentrum");
  expect(await table.getByRole("row").count()).toBeGreaterThan(3);
  await expect(page.getByTestId("footnotes").getByRole("listitem").first()).toContainText("Abschnitt");
  await expectNoSeriousA11yViolations(page);

  await table.getByRole("columnheader").nth(4).getByRole("link").click();
  await expect(page).toHaveURL(/\/wissen\/modelle\/port$/);
  await expect(page.getByRole("heading", { level: 2, name: "Auf welchen Trägern PORT läuft" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("Büsum case study leads to Büsum's municipality page", async ({ page }) => {
  await page.goto("/wissen/fallbeispiele");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /^Büsum/ }).click();
  await expect(page).toHaveURL(/\/wissen\/fallbeispiele\/buesum$/);
  const facts = page.getByTestId("case-facts");
  await expect(facts).toContainText("Kommunales MVZ");
  await expect(facts).toContainText("Dithmarschen");
  await expect(page.getByTestId("disagreement").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await facts.getByRole("link", { name: /Gemeindeseite Büsum/ }).click();
  await expect(page).toHaveURL(/\/gemeinde\/01051013$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Büsum");
});

test("roles page shows Abbildung 1 with all four values and a legend", async ({ page }) => {
  await page.goto("/wissen/rollen");
  await expect(page.getByTestId("oberender-roles").getByRole("listitem")).toHaveCount(11);
  const matrix = page.getByTestId("role-matrix");
  await expect(matrix.getByRole("row")).toHaveCount(6);
  const dornhan = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Dornhan" }) });
  const cells = await dornhan.locator("td").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")));
  expect(cells).toEqual(["X", "", "", "X", "-", "(X)", "X", "X"]);
  await expect(page.getByTestId("matrix-legend")).toContainText("eingeschränkt übernommen");
  await expectNoSeriousA11yViolations(page);
});

test("factor, guiding questions and sources pages pass axe", async ({ page }) => {
  await page.goto("/wissen/faktoren");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Fachexpertise", exact: true }).click();
  await expect(page).toHaveURL(/\/wissen\/faktoren\/fachexpertise$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fachexpertise");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/wissen/fragen");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(4); // three questions + footnotes
  await expectNoSeriousA11yViolations(page);
  await page.goto("/wissen/quellen");
  await expectNoSeriousA11yViolations(page);
});

test.describe("knowledge API", () => {
  test("a bad filter gets a 400 that names the field", async ({ request }) => {
    const response = await request.get("/api/v1/measures?field=Kochen");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues[0].path).toBe("field");
    expect(body.error.message).toContain("Infrastruktur");
  });

  test("measures filter, models, roles and 404", async ({ request }) => {
    const measures = await (await request.get("/api/v1/measures?field=Infrastruktur&sector=Medizin")).json();
    expect(measures.meta.count).toBe(1);
    const roles = await (await request.get("/api/v1/roles")).json();
    expect(roles.data.roles).toHaveLength(11);
    expect(roles.data.matrix.rows[0].cells).toEqual(["X", "X", "X", "", "X", "", "X", "X"]);
    expect((await request.get("/api/v1/models/municipal-mvz")).status()).toBe(200);
    expect((await request.get("/api/v1/models/gibt-es-nicht")).status()).toBe(404);
    expect((await request.get("/api/v1/case-studies/buesum")).status()).toBe(200);
  });
});
