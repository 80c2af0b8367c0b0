import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

/**
 * Issue 14, "the collective ratings into the town's self-assessment, as a proposal the editor confirms": an admin of
 * a fresh Dörentrup organisation (own self-check saved) runs a ratings block; two participants rate on their phones;
 * after the block is closed the results page links to the confirmation screen, which shows the room's ratings beside
 * the self-check and the answers they would change; the admin takes one over; a second tab still showing the old
 * version gets the conflict with both states; the self-check shows the new answer. axe at 390 and 1366 px.
 */
const AGS = "05766024";
const run = Date.now().toString(36);

async function rate(browser: Browser, code: string, rating: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/w");
  await page.getByLabel("Workshop-Code (6 Zeichen)").fill(code);
  await page.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${code}$`));
  await page.getByRole("group", { name: "Fachexpertise" }).getByLabel(rating, { exact: true }).check();
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByText("Ihre Antwort ist gespeichert.")).toBeVisible();
  await page.context().close();
}

async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousA11yViolations(page);
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }
}

test("the room's ratings go into the self-assessment only when an editor confirms them; a stale tab gets the conflict", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const headers = { origin: baseURL! };
  await signUpThroughApi(page, baseURL, { email: `ratings-${run}@e2e.test`, name: "Rita Rat" });
  const orgId = await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS, name: `Dörentrup Bewertung ${run}` });
  const answers = JSON.parse(await readFile("examples/doerentrup.json", "utf8"));
  const saved = await page.request.put(`/api/v1/organisations/${orgId}/assessments/${AGS}`, { headers, data: { answers, status: "COMPLETED", version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);

  const today = new Date().toISOString().slice(0, 10);
  const created = await page.request.post(`/api/v1/organisations/${orgId}/workshops`, { headers, data: { ags: AGS, title: `Ratsklausur ${run}`, date: today } });
  expect(created.status(), await created.text()).toBe(201);
  const workshop = ((await created.json()) as { data: { id: string; code: string } }).data;
  const config = { type: "ratings", template: "ratings", prompt: "Wie gut ist unsere Gemeinde aufgestellt?", categories: [{ key: "expertise", label: "Fachexpertise" }, { key: "resources", label: "Personelle und finanzielle Ressourcen" }], allowUnknown: true };
  const added = await page.request.post(`/api/v1/organisations/${orgId}/workshops/${workshop.id}/blocks`, { headers, data: { config } });
  expect(added.status(), await added.text()).toBe(201);
  const blockId = ((await added.json()) as { data: { id: string } }).data.id;
  const blockUrl = `/api/v1/organisations/${orgId}/workshops/${workshop.id}/blocks/${blockId}`;
  expect((await page.request.patch(blockUrl, { headers, data: { action: "open" } })).status()).toBe(200);

  await rate(browser, workshop.code, "4");
  await rate(browser, workshop.code, "2");

  // While the block is open there is nothing to take over yet.
  const results = `/organisationen/${orgId}/workshops/${workshop.id}/ergebnisse`;
  await page.goto(results);
  await expect(page.getByTestId("res-adopt")).toHaveCount(0);
  expect((await page.request.patch(blockUrl, { headers, data: { action: "close" } })).status()).toBe(200);

  // The results page links to the confirmation screen; nothing has changed in the self-check yet.
  await page.goto(results);
  // …and offers the results as a PDF file.
  const pdf = await page.request.get((await page.getByTestId("res-pdf").getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.getByTestId("res-adopt").click();
  await expect(page.getByRole("heading", { level: 1, name: "Bewertungen in die Selbsteinschätzung übernehmen" })).toBeVisible();
  const expertiseRow = page.getByTestId("adopt-categories").getByRole("row", { name: /Fachexpertise/ });
  await expect(expertiseRow).toContainText("3"); // room mean 3 from n = 2
  await expect(expertiseRow).toContainText("50"); // on the engine's scale
  const changes = page.getByTestId("adopt-change");
  await expect(changes).toHaveCount(2);
  // Every proposed answer is preselected; each names the factor it counts for.
  for (const i of [0, 1]) await expect(changes.nth(i).locator("input[type=checkbox]")).toBeChecked();
  await expect(changes.nth(0)).toContainText("zählt für: Fachexpertise");
  await axeAtBothWidths(page);

  // A second tab opens the same proposal (version 1) before the first confirms.
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await expect(stale.getByTestId("adopt-change")).toHaveCount(2);

  // Take only the first answer over.
  const firstLabel = (await changes.nth(0).locator("label").textContent())!;
  await changes.nth(1).locator("input[type=checkbox]").uncheck();
  await page.getByTestId("adopt-submit").click();
  await expect(page.getByTestId("adopt-done")).toContainText("1 Antwort übernommen");
  await expect(page.getByTestId("adopt-done")).toContainText("Version 2");
  await expect(page.getByTestId("adopt-change")).toHaveCount(1);

  // The stale tab confirms against version 1: the conflict names its choice and the version stored now.
  await stale.getByTestId("adopt-submit").click();
  const conflict = stale.getByTestId("adopt-conflict");
  await expect(conflict).toContainText("inzwischen geändert");
  await expect(conflict).toContainText("zu Version 1");
  await expect(conflict).toContainText("Version 2");
  await expect(stale.getByTestId("adopt-change")).toHaveCount(1);
  await expectNoSeriousA11yViolations(stale);
  await stale.close();

  // The stored assessment has the taken-over answer, a new version and a recomputed result.
  const after = await page.request.get(`/api/v1/organisations/${orgId}/assessments/${AGS}`);
  const data = ((await after.json()) as { data: { version: number; answers: Record<string, Record<string, string>>; ruleSetVersion: string | null } }).data;
  expect(data.version).toBe(2);
  expect(data.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  // The first proposal (the self-check's expertise question, "weiß nicht" before) is taken over; the unchecked one is not.
  expect(firstLabel).toContain("Fachwissen über das Gesundheitssystem");
  expect(data.answers.resources?.expertise).toBe("bought");
  expect(data.answers.partners?.countyWilling ?? "unknown").toBe("unknown");
});
