import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

/**
 * The action plan (issue 15) end to end: from the self-check result three proposed measures go into the plan; owners
 * and dates are set, one is marked done; the plan shows progress (overdue highlighted), the timeline beside the
 * supply forecast with its table, what changed, the history; CSV and ICS downloads; axe at 1366 and 390 px.
 */
const AGS = "05766024";
const run = Date.now().toString(36);
const RESULT = `/gemeinde/${AGS}/selbstcheck/ergebnis`;
const PLAN = `/gemeinde/${AGS}/massnahmenplan`;

async function setUp(page: Page, baseURL: string): Promise<string> {
  const headers = { origin: baseURL };
  await signUpThroughApi(page, baseURL, { email: `plan-${run}@e2e.test`, name: "Paula Plan" });
  const orgId = await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS, name: `Dörentrup Plan ${run}` });
  const answers = JSON.parse(await readFile("examples/doerentrup.json", "utf8"));
  const saved = await page.request.put(`/api/v1/organisations/${orgId}/assessments/${AGS}`, { headers, data: { answers, status: "COMPLETED", version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  // One practice whose doctor retires soon: the supply forecast gives the timeline its events.
  const practice = await page.request.post(`/api/v1/municipalities/${AGS}/providers?org=${orgId}`, {
    headers,
    data: { kind: "gp-practice", name: "Praxis am Markt", street: "Marktstraße 1", postcode: "32694", city: "Dörentrup", doctors: [{ birthYear: 1960, employment: "licensed", licence: "full" }] },
  });
  expect(practice.status(), await practice.text()).toBe(201);
  return orgId;
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal scroll at 390 px").toBeLessThanOrEqual(0);
}

async function editItem(page: Page, title: string, fields: { member?: string; owner?: string; start?: string; due: string; status?: string }): Promise<void> {
  const item = page.getByTestId("plan-item").filter({ has: page.getByRole("heading", { name: title }) });
  await item.getByText(`„${title}“ bearbeiten`).click();
  const form = item.getByTestId("item-form");
  if (fields.member) await form.getByLabel("Zuständig: Mitglied der Organisation").selectOption({ label: fields.member });
  if (fields.owner) await form.getByLabel("oder Stelle").fill(fields.owner);
  if (fields.start) await form.getByLabel("Beginn").fill(fields.start);
  await form.getByLabel("Fällig am").fill(fields.due);
  if (fields.status) await form.getByLabel("Status").selectOption({ label: fields.status });
  await form.getByRole("button", { name: "Speichern" }).click();
  // Saved once the page (redirected back to the plan) shows the new due date.
  const [y, m, d] = fields.due.split("-");
  await expect(item.getByTestId("item-due")).toHaveText(`${d}.${m}.${y}`);
  await expect(page.getByTestId("plan-error")).toHaveCount(0);
}

test("from the self-check result into the plan: owners, dates, done, timeline, progress, CSV and ICS", async ({ page, baseURL }, testInfo) => {
  const orgId = await setUp(page, baseURL!);
  await page.setViewportSize({ width: 1366, height: 900 });

  // 1. The result page offers each proposed measure for the plan; three go in.
  await page.goto(RESULT);
  const measures = page.getByTestId("measures").getByRole("listitem");
  await expect(measures.first()).toBeVisible();
  expect(await measures.count()).toBeGreaterThanOrEqual(3);
  const titles: string[] = [];
  for (let i = 0; i < 3; i++) {
    const title = (await measures.nth(i).getByRole("link").textContent())!.trim();
    titles.push(title);
    await measures.nth(i).getByRole("button", { name: `„${title}“ in den Maßnahmenplan übernehmen` }).click();
    await expect(measures.nth(i).getByTestId("taken-over")).toHaveText("Im Maßnahmenplan");
  }
  await expect(page.getByTestId("take-over-status")).toHaveText("1 Maßnahme übernommen.");
  await expectNoSeriousA11yViolations(page);

  // 2. The plan lists them in that order, with their catalogue citation.
  await page.getByTestId("open-plan").click();
  await expect(page).toHaveURL(new RegExp(`${PLAN}\\?org=${orgId}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maßnahmenplan Dörentrup");
  const items = page.getByTestId("plan-item");
  await expect(items).toHaveCount(3);
  for (const [i, title] of titles.entries()) await expect(items.nth(i).getByRole("heading", { level: 3 })).toHaveText(title);
  await expect(items.first()).toContainText("KommKom Münsterland: Lösungsansätze");
  await expectNoSeriousA11yViolations(page);

  // 3. Owners and dates; the second one is done; the first is past due.
  await editItem(page, titles[0]!, { member: "Paula Plan", start: "2025-10-01", due: "2026-01-31" });
  await editItem(page, titles[1]!, { owner: "Bauamt", start: "2026-01-01", due: "2027-06-30", status: "erledigt" });
  await editItem(page, titles[2]!, { owner: "Kreis", due: "2028-12-31" });
  await expect(items.nth(0).getByTestId("item-owner")).toHaveText("Paula Plan");
  await expect(items.nth(1).getByTestId("item-owner")).toHaveText("Bauamt");
  await expect(items.nth(1)).toHaveAttribute("data-status", "erledigt");
  await expect(items.nth(2).getByTestId("item-due")).toHaveText("31.12.2028");

  // 4. Progress, overdue highlighted, timeline with its table, what changed, history.
  await expect(page.getByTestId("plan-progress")).toContainText("1 von 3 Maßnahmen erledigt");
  await expect(page.getByTestId("plan-overdue")).toHaveText("1 Maßnahme ist überfällig.");
  await expect(items.nth(0).getByTestId("overdue-badge")).toHaveText("überfällig");
  const timeline = page.getByTestId("plan-timeline");
  await expect(timeline.getByTestId("timeline-chart")).toBeVisible();
  await expect(timeline.getByTestId("timeline-events")).toContainText("Nachwuchs, der heute beginnt, ist fertig (rund 11 Jahre)");
  await expect(timeline.getByTestId("timeline-events")).toContainText("Praxis am Markt");
  await expect(timeline.getByTestId("timeline-items").getByRole("row")).toHaveCount(4);
  await expect(timeline).toContainText("Kreis Heinsberg");
  await expect(page.getByTestId("plan-changes")).toContainText(`„${titles[1]}“ – neu aufgenommen`);
  await expect(page.getByTestId("plan-history")).toContainText(`Maßnahme „${titles[1]}“: Status: geplant → erledigt`);

  // 5. Filter by status and by owner.
  await page.getByLabel("Status", { exact: true }).first().selectOption({ label: "erledigt" });
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole("heading", { level: 3 })).toHaveText(titles[1]!);
  await page.getByRole("link", { name: "Filter zurücksetzen" }).click();
  await expect(items).toHaveCount(3);
  await expect(page.getByLabel("Status", { exact: true }).first()).toHaveValue("");
  await page.getByLabel("Zuständig", { exact: true }).selectOption({ label: "Kreis" });
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(items).toHaveCount(1);
  await page.getByRole("link", { name: "Filter zurücksetzen" }).click();
  await expect(items).toHaveCount(3);

  // 6. CSV for Excel (German) and the calendar of due dates.
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-csv").click()]);
  const csvPath = testInfo.outputPath("massnahmenplan.csv");
  await csvDownload.saveAs(csvPath);
  const csv = await readFile(csvPath, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Priorität;Maßnahme;Status;Status seit;Zuständig;Beginn;Fällig;Überfällig;Geschätzte Kosten (Euro);Förderprogramme;Faktor;Lücke;Modell;Herkunft;Quelle;Notizen");
  expect(lines).toHaveLength(4);
  const row = (i: number) => lines[i]!.split(";");
  expect(row(1).slice(0, 2)).toEqual(["1", titles[0]]);
  expect(row(1)[4]).toBe("Paula Plan");
  expect(row(1)[6]).toBe("31.01.2026");
  expect(row(1)[7]).toBe("ja");
  expect(row(2).slice(2, 3)).toEqual(["erledigt"]);
  expect(row(2)[4]).toBe("Bauamt");
  expect(row(3)[13]).toBe("Vorschlag der Selbsteinschätzung");

  const [icsDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("plan-ics").click()]);
  const icsPath = testInfo.outputPath("massnahmenplan.ics");
  await icsDownload.saveAs(icsPath);
  const ics = await readFile(icsPath, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR\r\n");
  expect(ics).toContain("DTSTART;VALUE=DATE:20260131\r\n");
  expect(ics).toContain("DTSTART;VALUE=DATE:20281231\r\n");
  expect(ics).not.toContain("DTSTART;VALUE=DATE:20270630"); // done: nothing left to be due

  // 7. The plan's state on the town page and in the organisation overview.
  await page.goto(`/gemeinde/${AGS}`);
  await expect(page.getByTestId("town-plan-state")).toContainText("1 von 3 erledigt, 1 überfällig");
  await page.goto(`/organisationen/${orgId}`);
  await expect(page.getByTestId("org-plans")).toContainText("1 von 3 erledigt, 1 überfällig");

  // 8. At 390 px: no horizontal scroll, axe clean.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${PLAN}?org=${orgId}`);
  await expect(items).toHaveCount(3);
  await noHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`${RESULT}?org=${orgId}`);
  await expect(page.getByTestId("measures")).toBeVisible();
  await noHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
});

test("signed out: the plan page asks to sign in", async ({ page }) => {
  await page.goto(PLAN);
  await expect(page.getByRole("heading", { name: "Anmelden, um den Maßnahmenplan zu führen" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalScroll(page);
});
