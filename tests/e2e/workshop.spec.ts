import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAsDemo } from "./support/accounts";

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
  await signInAsDemo(page);
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

async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousA11yViolations(page);
    // No horizontal scroll at the phone width.
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }
}

test("model vote with paper counts: the phone updates live, shows the revealed result as bars; results page and CSV agree; reorder; axe at 390 and 1366 px", async ({ browser }) => {
  test.setTimeout(240_000);
  const moderator = await signInModerator(browser);
  await moderator.goto("/organisationen");
  await moderator.getByRole("main").getByRole("link", { name: /Dörentrup/ }).first().click();
  await moderator.getByRole("link", { name: "Workshops der Organisation" }).click();
  const title = `Bürgerabend ${run}`;
  await moderator.getByLabel("Titel", { exact: true }).fill(title);
  await moderator.getByRole("button", { name: "Workshop anlegen" }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const code = (await moderator.getByTestId("join-code").textContent())!.trim();
  const controlUrl = moderator.url().replace(/\?.*$/, "");

  // Two blocks: an own open question first, then the model vote; move the vote up.
  await moderator.getByLabel("Vorlage").selectOption("customText");
  await moderator.getByLabel("Frage", { exact: true }).fill("Was fehlt Ihnen vor Ort?");
  await moderator.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(moderator.getByTestId("block")).toHaveCount(1);
  await moderator.getByLabel("Vorlage").selectOption("modelVote");
  await moderator.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(moderator.getByTestId("block")).toHaveCount(2);
  await moderator.getByRole("button", { name: /^Nach oben: 2\. Welches Trägermodell/ }).click();
  await expect(moderator.getByTestId("block").first()).toContainText("1. Welches Trägermodell");
  await axeAtBothWidths(moderator);
  await moderator.setViewportSize({ width: 1366, height: 900 });
  await moderator.getByRole("button", { name: /^Öffnen: 1\. Welches Trägermodell/ }).click();
  await expect(moderator.getByTestId("block-status").first()).toContainText("Offen");

  // A participant with JavaScript votes.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(`/w?code=${code}`);
  await phone.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(phone.getByRole("heading", { level: 2 })).toHaveText("Welches Trägermodell sollten wir verfolgen?");
  await phone.getByLabel("Kommunales MVZ").check();
  await phone.getByRole("button", { name: "Antwort senden" }).click();
  await expect(phone.getByText("Ihre Antwort ist gespeichert.")).toBeVisible();
  await phone.evaluate(() => {
    document.body.dataset.notReloaded = "yes";
  });

  // Paper votes from the flipchart: 2 × Gesundheitsnetzwerk, 1 × Kommunales MVZ.
  await moderator.goto(controlUrl);
  const paper = moderator.getByTestId("paper-counts").first();
  await paper.getByText("Stimmen vom Papier").click();
  await paper.getByLabel("Gesundheitsnetzwerk").fill("2");
  await paper.getByLabel("Kommunales MVZ").fill("1");
  await paper.getByRole("button", { name: "Papierstimmen speichern" }).click();
  await moderator.getByRole("button", { name: /^Schließen: 1\./ }).click();
  await moderator.getByRole("button", { name: /^Ergebnis freigeben: 1\./ }).click();
  await expect(moderator.getByTestId("block-status").first()).toContainText("Freigegeben");

  // The phone shows the revealed result without a reload, as bars with numbers as text (no JSON).
  const results = phone.getByTestId("participant-results");
  await expect(results).toBeVisible({ timeout: 10_000 });
  await expect(results.locator("[data-testid=result-row][data-key=municipal-mvz] [data-testid=result-value]")).toHaveText("2");
  await expect(results.locator("[data-testid=result-row][data-key=provider-network] [data-testid=result-value]")).toHaveText("2");
  await expect(results.getByText("Ergebnis aller (4)")).toBeVisible();
  await expect(phone.locator("pre")).toHaveCount(0);
  expect(await phone.evaluate(() => document.body.dataset.notReloaded)).toBe("yes");
  await axeAtBothWidths(phone);

  // The next block opens: the phone shows it without a reload and announces it to screen readers.
  await moderator.getByRole("button", { name: /^Öffnen: 2\. Was fehlt/ }).click();
  await expect(phone.getByRole("heading", { level: 2 })).toHaveText("Was fehlt Ihnen vor Ort?", { timeout: 10_000 });
  await expect(phone.getByTestId("block-announcement")).toHaveText("Neue Frage: Was fehlt Ihnen vor Ort?");
  expect(await phone.evaluate(() => document.body.dataset.notReloaded)).toBe("yes");
  // Unsent input survives a reload (sessionStorage).
  await phone.getByLabel("Ihre Idee").fill("Eine Apotheke");
  await phone.reload();
  await expect(phone.getByLabel("Ihre Idee")).toHaveValue("Eine Apotheke");

  // Results page and CSV: the same numbers (paper included), the rule, the moderation log.
  await moderator.goto(controlUrl);
  await moderator.getByTestId("results-page-link").click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(`Ergebnisse: ${title}`);
  const block = moderator.getByTestId("res-block").first();
  await expect(block.getByTestId("res-block-meta")).toContainText("1 Antwort · davon vom Papier: 3");
  const pageValue = async (key: string) => (await block.locator(`[data-testid=result-row][data-key=${key}] [data-testid=result-value]`).textContent())!.trim();
  expect([await pageValue("provider-network"), await pageValue("municipal-mvz"), await pageValue("undecided")]).toEqual(["2", "2", "0"]);
  await expect(block.getByTestId("res-groups-suppressed")).toBeVisible();
  await expect(moderator.getByTestId("moderation-log")).toContainText("Papierstimmen erfasst: Block 1");
  await expect(moderator.getByTestId("moderation-log")).toContainText("Verschoben:");
  const csv = await (await moderator.request.get((await moderator.getByTestId("res-csv").getAttribute("href"))!)).text();
  const csvValue = (label: string) => csv.split(/\r?\n/).find((l) => l.startsWith("1;") && l.includes(`;alle;${label};`))?.split(";")[10];
  expect([csvValue("Gesundheitsnetzwerk"), csvValue("Kommunales MVZ"), csvValue("Noch unentschieden")]).toEqual(["2", "2", "0"]);
  await axeAtBothWidths(moderator);
});
