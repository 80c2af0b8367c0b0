import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

/**
 * County view (issue 17) in Chromium: a county user of Kreis Lippe imports a county-wide CSV for three towns, groups
 * two into a planning area with the KV's figure, sees the ranking "Wo zuerst handeln" and the retirement-wave chart
 * with its table, and opens a town that granted access to see its self-check. Axe on every new page at 390 and 1366 px,
 * and no horizontal scroll at 390 px.
 */
const run = Date.now().toString(36);
const LIPPE = "05766";
const DOERENTRUP = "05766024";
const CSV = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "examples", "kreis-lippe.csv"), "utf8");

async function userWithOrganisation(browser: Browser, baseURL: string, who: string, organisation: Record<string, string>): Promise<{ page: Page; orgId: string }> {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  const page = await context.newPage();
  await signUpThroughApi(page, baseURL, { email: `${who.toLowerCase().replace(/\s+/g, "-")}-${run}@e2e.test`, name: who });
  return { page, orgId: await createOrganisationThroughApi(page, baseURL, organisation) };
}

async function checkBothWidths(page: Page): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousA11yViolations(page);
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("public Kreis page: every municipality of Lippe, sortable and filterable, the size comparison, no map", async ({ page }) => {
  await page.goto(`/gemeinde/${DOERENTRUP}`);
  await page.getByTestId("kreis-link").click();
  await expect(page).toHaveURL(new RegExp(`/kreis/${LIPPE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lippe (Kreis)");
  await expect(page.getByTestId("town-count")).toHaveText("16 von 16 Gemeinden");
  await page.getByRole("button", { name: "Einwohnerzahl" }).first().click();
  await page.getByRole("button", { name: "Einwohnerzahl" }).first().click(); // descending
  await expect(page.getByTestId("town-table").locator("tbody tr").first()).toContainText("Detmold");
  await page.getByLabel("Name oder AGS").fill("dören");
  await expect(page.getByTestId("town-count")).toHaveText("1 von 16 Gemeinden");
  await expect(page.getByTestId("size-comparison")).toContainText("Deutschland");
  await expect(page.getByTestId("no-map")).toContainText("Keine Karte");
  await checkBothWidths(page);
});

test("the largest Kreis: the town table shows its first 50 rows, filtering covers every town, a link shows all 234", async ({ page }) => {
  await page.goto("/kreis/07232");
  const rows = page.getByTestId("town-table").locator("tbody tr");
  await expect(page.getByTestId("town-count")).toHaveText("234 von 234 Gemeinden");
  await expect(rows).toHaveCount(50);
  await expect(page.getByTestId("towns-all")).toHaveText("Alle 234 Gemeinden in der Tabelle zeigen (hier die ersten 50)");
  // A town beyond the first 50 rows is found by the filter.
  await page.getByLabel("Name oder AGS").fill("Zweifelscheid");
  await expect(page.getByTestId("town-count")).toHaveText("1 von 234 Gemeinden");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Zweifelscheid");
  await expect(page.getByTestId("towns-all")).toHaveCount(0);
  await page.getByLabel("Name oder AGS").fill("");
  await page.getByTestId("towns-all").click();
  await expect(page).toHaveURL(/[?&]alle=1/);
  await expect(rows).toHaveCount(234);
});

test("a county user imports three towns, groups two into a planning area, sees ranking and wave, opens a granted town's self-check", async ({ browser, baseURL }) => {
  const townName = `Dörentrup Kreisblick ${run}`;
  const countyName = `Kreis Lippe Kreisblick ${run}`;
  const town = await userWithOrganisation(browser, baseURL!, "Tom Town", { kind: "TOWN", ags: DOERENTRUP, name: townName });
  const county = await userWithOrganisation(browser, baseURL!, "Kora Kreis", { kind: "COUNTY", kreisKey: LIPPE, name: countyName });
  const headers = { origin: baseURL! };
  // The town has a self-check and grants the county read access.
  const saved = await town.page.request.put(`/api/v1/organisations/${town.orgId}/assessments/${DOERENTRUP}`, {
    headers,
    data: { answers: { town: { name: "Dörentrup", publicTransport: "fair" } }, version: 0 },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const granted = await town.page.request.post(`/api/v1/organisations/${town.orgId}/county-grants`, { headers, data: { countyOrganisationId: county.orgId } });
  expect(granted.status(), await granted.text()).toBe(201);

  const page = county.page;
  await page.goto(`/kreis/${LIPPE}`);
  await expect(page.getByTestId("county-org")).toContainText(countyName);
  await expect(page.getByTestId("ranking-empty")).toBeVisible();

  // 1. County-wide CSV for Dörentrup, Extertal and Barntrup: preview, then apply.
  await page.getByLabel("CSV-Datei").setInputFiles({ name: "kreis-lippe.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  const preview = page.getByTestId("county-csv-preview");
  await expect(preview.getByRole("row")).toHaveCount(4);
  await expect(preview).toContainText("Barntrup");
  await page.getByRole("button", { name: "Datei übernehmen" }).click();
  await expect(page.getByTestId("county-csv-result")).toContainText("Übernommen: Versorgungsdaten für 3 Gemeinden.");

  // 2. Extertal and Barntrup become one planning area with the KV's figure.
  await page.getByLabel("Name des Planungsbereichs").fill("Mittelbereich Nordlippe");
  await page.getByRole("checkbox", { name: "Extertal" }).check();
  await page.getByRole("checkbox", { name: "Barntrup" }).check();
  await page.getByLabel("Versorgungsgrad laut KV (Prozent, optional)").fill("71,5");
  await page.getByRole("button", { name: "Planungsbereich anlegen" }).click();
  await expect(page.getByTestId("area-status")).toHaveText("Planungsbereich „Mittelbereich Nordlippe“ angelegt.");
  await expect(page.getByTestId("areas-table")).toContainText("71,5 % (KV)");

  // 3. The ranking with reasons and the retirement wave with its table.
  const ranking = page.getByTestId("ranking");
  await expect(ranking.getByTestId("rank-05766024")).toContainText("Dringlichkeit hoch");
  await expect(ranking.getByTestId("rank-05766028")).toContainText("Hausärztlicher Versorgungsgrad: 71,5 %");
  await expect(ranking).toContainText("13 Gemeinden ohne Daten");
  await expect(page.getByTestId("wave-chart")).toBeVisible();
  await expect(page.getByTestId("wave-table").getByRole("row", { name: /Dörentrup/ })).toBeVisible();
  await expect(page.getByTestId(`town-${DOERENTRUP}`)).toContainText("eigene Daten"); // the town shared no inventory, only its self-check
  await expect(page.getByTestId("town-05766004")).toContainText("keine Daten");
  await checkBothWidths(page);

  // 4. The granted town's self-check opens from the table.
  await page.getByTestId(`town-${DOERENTRUP}`).getByRole("link", { name: "Dörentrup" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisationen/${town.orgId}/selbsteinschaetzung/${DOERENTRUP}$`));
  await expect(page.getByTestId("assessment-version")).toHaveText("Version 1");
});

test("the county keeps its own measures plan for the Kreis, apart from the towns' plans", async ({ browser, baseURL }) => {
  const countyName = `Kreis Lippe Kreisplan ${run}`;
  const { page, orgId } = await userWithOrganisation(browser, baseURL!, "Karla Kreisplan", { kind: "COUNTY", kreisKey: LIPPE, name: countyName });
  await page.goto(`/kreis/${LIPPE}`);
  await page.getByTestId("county-plan-link").click();
  await expect(page).toHaveURL(new RegExp(`/kreis/${LIPPE}/massnahmenplan\\?org=${orgId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maßnahmenplan des Kreises Lippe");
  await expect(page.getByTestId("plan-organisation")).toContainText(countyName);
  await expect(page.getByTestId("plan-items")).toHaveCount(0);

  const form = page.getByTestId("add-own");
  await form.getByLabel("Titel").fill("Koordinierungsstelle für alle Gemeinden einrichten");
  await form.getByLabel("oder Stelle").fill("Gesundheitsamt");
  await form.getByLabel("Fällig am").fill("2027-06-30");
  await form.getByRole("button", { name: "Maßnahme hinzufügen" }).click();
  const items = page.getByTestId("plan-item");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Koordinierungsstelle für alle Gemeinden einrichten");
  await expect(items.first().getByTestId("item-owner")).toHaveText("Gesundheitsamt");
  await expect(page.getByTestId("plan-csv")).toHaveAttribute("href", `/api/v1/organisations/${orgId}/plans/${LIPPE}/plan.csv`);
  await checkBothWidths(page);

  // The county's plan for one town stays empty: the Kreis plan is its own.
  await page.goto(`/gemeinde/${DOERENTRUP}/massnahmenplan?org=${orgId}`);
  await expect(page.getByTestId("plan-item")).toHaveCount(0);
});
