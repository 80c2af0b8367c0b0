import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi, submitSignInForm } from "./support/accounts";

/** Issue 18: work done anonymously (kept in the browser) survives signing in, and signing in returns to the page. */
const AGS = "05766024";
const WIZARD = `/gemeinde/${AGS}/selbstcheck`;
const RESULT = `${WIZARD}/ergebnis`;
const COMPARISON = `/gemeinde/${AGS}/vergleich`;

/** A new account with a town organisation for Dörentrup, made in a context of its own (this page stays anonymous). */
async function accountWithOrganisation(browser: Browser, baseURL: string): Promise<string> {
  const email = `keep-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUpThroughApi(page, baseURL, { email, name: "Behalten E2E" });
  await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS });
  await context.close();
  return email;
}


test("anonymous self-check answers survive sign-in: the result offers sign-in, returns to the result and takes the answers in", async ({ page, browser, baseURL }) => {
  const email = await accountWithOrganisation(browser, baseURL!);

  // Anonymous: two answers, kept in this browser.
  await page.goto(WIZARD);
  await page.getByLabel("Anteil der Bevölkerung ab 65 Jahren").fill("24");
  await page.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" }).getByLabel("Schlecht oder kaum vorhanden", { exact: true }).check();
  await expect(page.getByTestId("save-state")).toHaveText("In diesem Browser gespeichert.");
  await expect(page.getByTestId("sign-in-to-save")).toBeVisible();

  // The result says the answers are only in this browser and offers to sign in and come back.
  await page.goto(RESULT);
  const offer = page.getByTestId("sign-in-to-save");
  await expect(offer).toContainText("nur in diesem Browser gespeichert");
  await expectNoSeriousA11yViolations(page);
  await offer.getByRole("link", { name: "Anmelden und speichern" }).click();
  await expect(page).toHaveURL(`/anmelden?next=${encodeURIComponent(RESULT)}`);
  await submitSignInForm(page, email);
  await expect(page).toHaveURL(new RegExp(`${RESULT}$`));

  // Signed in: the organisation has nothing yet; the browser's answers are offered, not dropped.
  const browserAnswers = page.getByTestId("browser-answers");
  await expect(browserAnswers).toContainText("2 Antworten aus diesem Browser");
  await expect(page.getByTestId("browser-answers-summary")).toContainText("2 Fragen neu beantwortet");
  await expectNoSeriousA11yViolations(page);
  await browserAnswers.getByRole("button", { name: "In „Dörentrup“ übernehmen" }).click();
  await expect(page.getByTestId("top-model")).toBeVisible();
  await expect(page.getByTestId("browser-answers")).toHaveCount(0);

  // Saved for the organisation: the wizard shows both answers from the server, the browser copy is gone.
  await page.goto(WIZARD);
  await expect(page.getByTestId("storage-note")).toContainText("für „Dörentrup“ gespeichert");
  await expect(page.getByLabel("Anteil der Bevölkerung ab 65 Jahren")).toHaveValue("24");
  await expect(page.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" }).getByLabel("Schlecht oder kaum vorhanden", { exact: true })).toBeChecked();
  expect(await page.evaluate((ags) => window.localStorage.getItem(`versorgungslotse:selbstcheck:${ags}`), AGS)).toBeNull();
});

test("keeping the browser's answers beside the organisation's leaves them in the browser", async ({ page, browser, baseURL }) => {
  const email = await accountWithOrganisation(browser, baseURL!);
  await page.goto(WIZARD);
  await page.getByLabel("Anteil der Bevölkerung ab 65 Jahren").fill("31");
  await expect(page.getByTestId("save-state")).toHaveText("In diesem Browser gespeichert.");
  // Signing in from the header returns to the page it was clicked on.
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", `/anmelden?next=${encodeURIComponent(WIZARD)}`);
  await page.getByRole("banner").getByRole("link", { name: "Anmelden" }).click();
  await submitSignInForm(page, email);
  await expect(page).toHaveURL(new RegExp(`${WIZARD}$`));
  const browserAnswers = page.getByTestId("browser-answers");
  await expect(browserAnswers).toContainText("Eine Antwort aus diesem Browser");
  await browserAnswers.getByRole("button", { name: "Vorerst im Browser behalten" }).click();
  await expect(page.getByTestId("browser-answers")).toHaveCount(0);
  expect(await page.evaluate((ags) => window.localStorage.getItem(`versorgungslotse:selbstcheck:${ags}`), AGS)).toContain("31");
});

test("a return address to another site is not followed after sign-in", async ({ page, browser, baseURL }) => {
  const email = await accountWithOrganisation(browser, baseURL!);
  await page.goto(`/anmelden?next=${encodeURIComponent("//evil.example/phish")}`);
  await submitSignInForm(page, email);
  await expect(page).toHaveURL(/\/organisationen$/);
});

test("comparison scenarios kept in the browser survive sign-in and are taken to the organisation", async ({ page, browser, baseURL }) => {
  const email = await accountWithOrganisation(browser, baseURL!);
  await page.goto(COMPARISON);
  await page.getByLabel("Name des Szenarios").fill("Variante aus dem Browser");
  await page.getByRole("button", { name: "Als neues Szenario speichern" }).click();
  await expect(page.getByTestId("saved-status")).toHaveText("Gespeichert als „Variante aus dem Browser“.");
  const signIn = page.getByTestId("scenarios-sign-in");
  await expect(signIn).toContainText("nur in diesem Browser gespeichert");
  await signIn.getByRole("link", { name: "Anmelden und speichern" }).click();
  await submitSignInForm(page, email);
  await expect(page).toHaveURL(new RegExp(`${COMPARISON}$`));

  const offer = page.getByTestId("browser-scenarios");
  await expect(offer).toContainText("Ein Szenario aus diesem Browser");
  await expect(offer).toContainText("Variante aus dem Browser");
  await offer.getByRole("button", { name: "Zu „Dörentrup“ übernehmen" }).click();
  await expect(page.getByTestId("browser-scenarios-taken")).toContainText("Ein Szenario ist jetzt für „Dörentrup“ gespeichert.");
  await expect(page.getByTestId("saved-list")).toContainText("Variante aus dem Browser");
  await page.reload();
  await expect(page.getByTestId("saved-list")).toContainText("Variante aus dem Browser");
  await expect(page.getByTestId("browser-scenarios")).toHaveCount(0);
});
