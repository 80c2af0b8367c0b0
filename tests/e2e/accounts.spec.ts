import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmEmailViaMailbox } from "./support/mailbox";
import { DEMO, submitSignInForm } from "./support/accounts";

/**
 * Accounts and tenancy in Chromium: sign up, create an organisation for Dörentrup, invite a viewer by link, the
 * viewer cannot edit (UI disabled, API 403), another organisation's user cannot open Dörentrup's assessment by URL,
 * sign-out everywhere, password reset through the development mailbox; axe on every auth page.
 */
const PASSWORD = "ein-sicheres-passwort";
const run = Date.now().toString(36);
const DOERENTRUP = "05766024";

async function signUp(page: Page, name: string, email: string) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
}

/** Signs in and lands on the organisations page (where the app sends an account without a `next`). */
async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/anmelden");
  await submitSignInForm(page, email, password);
  await expect(page).toHaveURL(/\/organisationen$/);
}

async function newPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  return context.newPage();
}

test("start page names the demo account on the embedded database; auth pages pass axe and show field errors", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("demo-account")).toContainText("demo@versorgungslotse.example");
  await expect(page.getByRole("banner").getByRole("link", { name: "Anmelden" })).toBeVisible();

  for (const path of ["/anmelden", "/registrieren", "/passwort-vergessen", "/passwort-neu"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }

  await page.goto("/registrieren");
  await page.getByLabel("E-Mail-Adresse").fill("kein-at-zeichen");
  await page.getByLabel("Passwort", { exact: true }).fill("kurz");
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie Ihren Namen an.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Das Passwort muss mindestens 10 Zeichen lang sein.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The demo admin signs in with the named credentials and finds the Dörentrup demo organisation.
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByTestId("organisation-list")).toContainText("Gemeinde Dörentrup (Demo)");
});

test("sign up, create Dörentrup, invite a viewer who cannot edit; outsiders get 404; sign out everywhere", async ({ page, browser, baseURL }) => {
  const adminEmail = `admin-${run}@e2e.test`;
  // 1. Sign up (keyboard only for the submit) and create the organisation.
  await page.goto("/registrieren");
  await signUp(page, "Anna Admin", adminEmail);
  await expect(page).toHaveURL(/\/organisationen$/);
  await expect(page.getByTestId("user-menu")).toContainText("Anna Admin");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Gemeinde suchen").fill("Dörentrup");
  await page.getByRole("radio", { name: /Dörentrup \(Lippe/ }).check();
  await page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page).toHaveURL(/\/organisationen\/[a-z0-9]+$/);
  const orgId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dörentrup");
  await expect(page.getByTestId("members")).toContainText(adminEmail);

  // The admin answers one question in the wizard (saved for the organisation: version 1), then marks the
  // assessment as completed on the organisation's page (version 2).
  const assessmentPage = `/organisationen/${orgId}/selbsteinschaetzung/${DOERENTRUP}`;
  await page.getByRole("link", { name: /Selbsteinschätzung für Dörentrup öffnen/ }).click();
  await expect(page).toHaveURL(new RegExp(`${assessmentPage}$`));
  await expect(page.getByTestId("assessment-version")).toContainText("Noch nichts gespeichert");
  await expect(page.getByText("Der ausführliche Fragebogen folgt")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Im Fragebogen öffnen" }).click();
  await expect(page).toHaveURL(new RegExp(`/gemeinde/${DOERENTRUP}/selbstcheck$`));
  await expect(page.getByTestId("storage-note")).toContainText("für „Dörentrup“ gespeichert");
  await page.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" }).getByLabel("Mittel", { exact: true }).check();
  await expect(page.getByTestId("save-state")).toHaveText("Gespeichert.");
  await page.goto(assessmentPage);
  const summary = page.getByTestId("assessment-summary");
  await expect(summary.getByTestId("assessment-version")).toHaveText("Version 1");
  await expect(summary.getByTestId("assessment-status")).toHaveText("Entwurf");
  await expect(summary.getByTestId("assessment-answered")).toContainText(/^1 von \d+ Fragen$/);
  await expect(summary.getByTestId("assessment-top")).toHaveText(/Gesundheitsnetzwerk|Kommunales MVZ|Gesundheitszentrum|Ausschlussgrund/);
  await expect(summary.getByRole("link", { name: "Ergebnis ansehen" })).toHaveAttribute("href", `/gemeinde/${DOERENTRUP}/selbstcheck/ergebnis`);
  await page.getByRole("radio", { name: "Abgeschlossen" }).check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(summary.getByTestId("assessment-version")).toHaveText("Version 2");
  await expect(summary.getByTestId("assessment-status")).toHaveText("Abgeschlossen");
  await expectNoSeriousA11yViolations(page);

  // 2. Invite a viewer by link.
  await page.goto(`/organisationen/${orgId}`);
  await page.getByLabel("Rolle der eingeladenen Person").selectOption("VIEWER");
  // An invitation is addressed: only the account with this (verified) address can accept it.
  await page.getByLabel("E-Mail-Adresse").fill(`viewer-${run}@e2e.test`);
  await page.getByRole("button", { name: "Einladungslink erzeugen" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/einladung\/[A-Za-z0-9_-]{43}$/);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
  await expect(page.getByTestId("audit-log")).toContainText(`viewer-${run}@e2e.test eingeladen (Rolle Lesen)`);
  // The change log in words, not codes ("assessment.update assessment cmx5siek").
  await expect(page.getByTestId("audit-log")).toContainText("Selbsteinschätzung für Dörentrup geändert, Status Entwurf → abgeschlossen, Version 2");
  await expect(page.getByTestId("audit-log")).toContainText("Selbsteinschätzung für Dörentrup angelegt, 1 Antwort, Version 1");
  await expect(page.getByTestId("audit-log")).not.toContainText("assessment.");
  await expectNoSeriousA11yViolations(page);

  // 3. The viewer opens the link, signs up, accepts.
  const viewer = await newPage(browser, baseURL);
  await viewer.goto(link);
  await expect(viewer.getByText(/mit der Rolle Lesen beizutreten/)).toBeVisible();
  await expectNoSeriousA11yViolations(viewer);
  await viewer.getByRole("link", { name: "Konto anlegen" }).click();
  await signUp(viewer, "Vera Viewer", `viewer-${run}@e2e.test`);
  await expect(viewer).toHaveURL(/\/einladung\//);
  // Accepting needs a confirmed address: an unconfirmed account is told so, then confirms via the mail.
  await viewer.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(viewer.getByRole("alert").filter({ hasText: /bestätig/ })).toBeVisible();
  await confirmEmailViaMailbox(viewer, `viewer-${run}@e2e.test`);
  await viewer.goto(link);
  await viewer.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/organisationen/${orgId}$`));
  await expect(viewer.getByText("Ihre Rolle: Lesen")).toBeVisible();
  await expect(viewer.getByRole("heading", { name: "Änderungsprotokoll" })).toHaveCount(0);

  // 4. The viewer cannot edit: the status form is disabled, the wizard shows the saved answers read-only, the API
  //    answers 403 and nothing changes.
  await viewer.goto(assessmentPage);
  await expect(viewer.getByTestId("assessment-version")).toHaveText("Version 2");
  await expect(viewer.getByTestId("assessment-form")).toHaveAttribute("disabled", "");
  await expect(viewer.getByRole("radio", { name: "Abgeschlossen" })).toBeDisabled();
  await expect(viewer.getByRole("radio", { name: "Entwurf" })).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Speichern" })).toBeDisabled();
  await expect(viewer.getByText(/Ihre Rolle erlaubt nur das Lesen/)).toBeVisible();
  await expectNoSeriousA11yViolations(viewer);

  await viewer.getByRole("link", { name: "Im Fragebogen öffnen" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/gemeinde/${DOERENTRUP}/selbstcheck$`));
  await expect(viewer.getByTestId("storage-note")).toContainText("Sie haben Leserechte für die Selbsteinschätzung von „Dörentrup“");
  const transport = viewer.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" });
  await expect(transport.getByLabel("Mittel", { exact: true })).toBeChecked();
  await expect(transport.getByLabel("Mittel", { exact: true })).toBeDisabled();
  const main = viewer.getByRole("main");
  const editable = main.locator("input:enabled, select:enabled, textarea:enabled");
  await expect(main.locator("input").first()).toBeVisible();
  await expect(editable).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Alle Antworten löschen" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(viewer);
  // Moving between steps still works, and every step is read-only.
  await viewer.getByRole("button", { name: "Weiter" }).click();
  await expect(viewer.getByRole("heading", { level: 2, name: "Aktuelle Versorgung" })).toBeVisible();
  await expect(viewer.getByLabel("Hausarztpraxen im Ort")).toBeDisabled();
  await expect(editable).toHaveCount(0);
  await viewer.getByRole("button", { name: "Schritt 1: Ihre Kommune" }).click();
  await expect(transport.getByLabel("Mittel", { exact: true })).toBeChecked();
  // Nothing of the organisation's answers is copied into the viewer's browser.
  expect(await viewer.evaluate((ags) => window.localStorage.getItem(`versorgungslotse:selbstcheck:${ags}`), DOERENTRUP)).toBeNull();
  // The result page works for reading.
  await viewer.getByRole("link", { name: "Zum Ergebnis" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/gemeinde/${DOERENTRUP}/selbstcheck/ergebnis(\\?org=[^&]+)?$`));
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Empfehlung für Dörentrup");
  await expect(viewer.getByRole("link", { name: "Antworten ansehen" })).toBeVisible();
  await expect(viewer.getByText(/Berechnet mit Regelwerk-Version/)).toBeVisible();

  const api = `/api/v1/organisations/${orgId}/assessments/${DOERENTRUP}`;
  expect((await viewer.request.get(api)).status()).toBe(200);
  const put = await viewer.request.put(api, { data: { answers: { town: { name: "Gekapert" } }, version: 2 } });
  expect(put.status()).toBe(403);
  expect((await (await viewer.request.get(api)).json()).data).toMatchObject({
    version: 2,
    status: "COMPLETED",
    answers: { town: { name: "Dörentrup", publicTransport: "fair" } },
  });

  // 5. A user of another organisation cannot open Dörentrup's assessment by URL.
  const outsider = await newPage(browser, baseURL);
  await outsider.goto("/registrieren");
  await signUp(outsider, "Otto Outsider", `outsider-${run}@e2e.test`);
  await expect(outsider).toHaveURL(/\/organisationen$/);
  await outsider.getByRole("radio", { name: "Kreis" }).check();
  await outsider.getByLabel("Kreis auswählen").selectOption({ label: "Lippe (Nordrhein-Westfalen)" });
  await outsider.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(outsider).toHaveURL(/\/organisationen\/[a-z0-9]+$/);
  const response = await outsider.goto(assessmentPage);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  expect((await outsider.request.get(api)).status()).toBe(404);
  expect((await outsider.goto(`/organisationen/${orgId}`))?.status()).toBe(404);
  // In the wizard the county works on its own record, never on Dörentrup's answers.
  await outsider.goto(`/gemeinde/${DOERENTRUP}/selbstcheck`);
  await expect(outsider.getByTestId("storage-note")).toContainText("für „Kreis Lippe“ gespeichert");
  await expect(outsider.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" }).getByLabel("Weiß nicht / noch offen")).toBeChecked();

  // 6. Sign out everywhere: a second session of the admin ends too.
  const secondDevice = await newPage(browser, baseURL);
  await signIn(secondDevice, adminEmail);
  await page.goto("/konto");
  await expect(page.getByTestId("session-count")).toContainText("2 aktive Sitzungen");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Auf allen Geräten abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
  await secondDevice.goto("/organisationen");
  await expect(secondDevice).toHaveURL(/\/anmelden\?next=%2Forganisationen$/);
  expect((await secondDevice.request.get(api)).status()).toBe(401);
});

test("password reset through the development mailbox", async ({ page }) => {
  const email = `reset-${run}@e2e.test`;
  await page.goto("/registrieren");
  await signUp(page, "Rita Reset", email);
  await expect(page).toHaveURL(/\/organisationen$/);
  await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/anmelden$/);

  await page.goto("/passwort-vergessen");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status")).toContainText("Wenn ein Konto zu dieser Adresse besteht");

  await page.goto("/dev/postfach");
  const mail = page.getByTestId("mailbox").getByRole("article").filter({ hasText: email }).first();
  const text = await mail.locator("pre").innerText();
  const resetLink = /(http\S+reset-password\S+)/.exec(text)?.[1];
  expect(resetLink).toBeTruthy();
  await expectNoSeriousA11yViolations(page);

  await page.goto(resetLink!);
  await expect(page).toHaveURL(/\/passwort-neu\?token=/);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("ein-ganz-neues-passwort");
  await page.getByLabel("Passwort wiederholen").fill("ein-ganz-neues-passwort");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Passwort ist geändert");
  await signIn(page, email, "ein-ganz-neues-passwort");
});
