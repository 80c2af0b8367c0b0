import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/**
 * Workshop mode in Chromium with four browser contexts (issue 14): the moderator (the seeded demo admin of
 * Dörentrup) creates a workshop, adds and opens a ratings block; two participants join by code — one without
 * JavaScript — and answer; the presentation view (opened by the presenter link, no session) shows both answers
 * without a reload; the moderator closes and reveals; the results CSV shows the same numbers. axe on the
 * participant page, the control view and the presentation view.
 */
const run = Date.now().toString(36);

async function signInModerator(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill("demo@versorgungslotse.example");
  await page.getByLabel("Passwort", { exact: true }).fill("Demo-Doerentrup-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/anmelden/);
  return page;
}

async function joinAndRate(browser: Browser, code: string, javaScriptEnabled: boolean, rating: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto("/w");
  await page.getByLabel("Workshop-Code (6 Zeichen)").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${code}$`));
  await expect(page.getByRole("heading", { level: 2 })).toContainText("Erfolgsfaktoren");
  await page.getByRole("group", { name: "Fachexpertise" }).getByLabel(rating, { exact: true }).check();
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByText("Ihre Antwort ist gespeichert.")).toBeVisible();
  return page;
}

test("moderator runs a ratings block; two participants (one without JavaScript) answer; the projector updates live; CSV agrees", async ({ browser }) => {
  test.setTimeout(120_000);
  const moderator = await signInModerator(browser);

  // From the organisation page to its workshops; create one for Dörentrup (the organisation's town is the default).
  await moderator.goto("/organisationen");
  await moderator.getByRole("main").getByRole("link", { name: /Dörentrup/ }).first().click();
  await moderator.getByRole("link", { name: "Workshops der Organisation" }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: "Workshops" })).toBeVisible();
  await expect(moderator.getByLabel("Gemeinde", { exact: true })).toHaveValue("05766024");
  const title = `Runder Tisch Hausärzte ${run}`;
  await moderator.getByLabel("Titel", { exact: true }).fill(title);
  await moderator.getByRole("button", { name: "Workshop anlegen" }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const code = (await moderator.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  const controlUrl = moderator.url().replace(/\?.*$/, "");
  // The presenter link is shown after the workshop was created (and kept while the moderator works on this page).
  const presenterHref = await moderator.getByTestId("presenter-link").getAttribute("href");
  expect(presenterHref).toMatch(/^\/praesentation\/.+\?token=/);

  // Add the ratings template and open it.
  await moderator.getByLabel("Vorlage").selectOption("ratings");
  await moderator.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(moderator.getByTestId("block")).toHaveCount(1);
  await moderator.getByRole("button", { name: /^Öffnen/ }).click();
  await expect(moderator.getByTestId("block-status")).toContainText("Offen");
  await expect(moderator.getByTestId("presenter-link")).toHaveAttribute("href", presenterHref!);

  // The projector: the presenter link, in its own context without a session.
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(presenterHref!);
  await expect(projector.getByTestId("pres-code")).toHaveText(code);
  await expect(projector.locator("[data-testid=presentation] svg")).toBeVisible();
  await expect(projector.getByTestId("answered")).toContainText("0 von 0 haben geantwortet");
  await projector.evaluate(() => {
    document.body.dataset.notReloaded = "yes";
  });

  // Two participants: one with JavaScript, one without.
  const withJs = await joinAndRate(browser, code, true, "4");
  const withoutJs = await joinAndRate(browser, code, false, "2");

  // The projector updates without a reload: 2 answers, Fachexpertise mean 3,0 from n = 2.
  await expect(projector.getByTestId("answered")).toContainText("2 von 2 haben geantwortet");
  const expertise = projector.locator("[data-testid=result-row][data-key=expertise] [data-testid=result-value]");
  await expect(expertise).toHaveText("3,0 (n = 2)");
  expect(await projector.evaluate(() => document.body.dataset.notReloaded)).toBe("yes");
  await expectNoSeriousA11yViolations(projector);

  // Participants do not see results before the reveal.
  await withoutJs.reload();
  await expect(withoutJs.getByRole("group", { name: "Fachexpertise" })).toBeVisible();
  await expect(withoutJs.getByText("Ergebnis", { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(withJs);

  // The moderator sees the counts live (no reload), then closes and reveals.
  await expect(moderator.getByTestId("connected")).toContainText("2 Teilnehmende verbunden");
  await expect(moderator.getByTestId("current-answered")).toContainText(": 2 Antworten");
  await moderator.goto(controlUrl);
  await expect(moderator.getByTestId("block-status")).toContainText("2 Antworten");
  await moderator.getByRole("button", { name: /^Schließen/ }).click();
  await expect(moderator.getByTestId("block-status")).toContainText("Geschlossen");
  await withoutJs.reload();
  await expect(withoutJs.getByText("Diese Frage ist geschlossen.")).toBeVisible();
  await moderator.getByRole("button", { name: /^Ergebnis freigeben/ }).click();
  await expect(moderator.getByTestId("block-status")).toContainText("Freigegeben · 2 Antworten");
  await expectNoSeriousA11yViolations(moderator);
  await withoutJs.reload();
  await expect(withoutJs.getByText("Ergebnis", { exact: true })).toBeVisible();
  await expect(projector.getByTestId("answered")).toContainText("2 von 2 haben geantwortet");
  await expect(expertise).toHaveText("3,0 (n = 2)");

  // The moderator's own session opens the presentation view too (no token).
  const moderatorView = await moderator.context().newPage();
  await moderatorView.goto(`/praesentation/${controlUrl.split("/").pop()}`);
  await expect(moderatorView.getByTestId("pres-code")).toHaveText(code);
  await expect(moderatorView.locator("[data-testid=result-row][data-key=expertise] [data-testid=result-value]")).toHaveText("3,0 (n = 2)");
  await moderatorView.close();

  // The results CSV has the same numbers: Fachexpertise, 2 ratings, mean 3, median 3.
  const csvHref = await moderator.getByTestId("results-csv").getAttribute("href");
  const csv = await moderator.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`Workshop;${title}`);
  expect(text).toMatch(/^Teilnehmende;2\r?$/m);
  const row = text.split(/\r?\n/).find((line) => line.includes(";Fachexpertise;"));
  expect(row, text).toBeDefined();
  expect(row!.split(";").slice(-4)).toEqual(["Fachexpertise", "2", "3", "3"]);
});
