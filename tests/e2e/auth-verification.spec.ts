import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/**
 * E-mail verification in Chromium (issue 12): sign-up sends a confirmation mail (read in the development mailbox,
 * DEV_MAILBOX=1 on loopback), its link confirms the address and signs in; a broken link says so and offers a new mail.
 * Security headers come from the running server.
 */
const PASSWORD = "ein-sicheres-passwort";
const run = Date.now().toString(36);

test("sign-up sends a confirmation mail; its link confirms the address and leads on", async ({ page }) => {
  const email = `verify-${run}@e2e.test`;
  await page.goto("/registrieren?next=%2Fkonto");
  await page.getByLabel("Name", { exact: true }).fill("Vera Verify");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  // Signed in right away, not yet confirmed: the header offers the confirmation.
  await expect(page).toHaveURL(/\/konto$/);
  await page.getByTestId("verify-email-link").click();
  await expect(page.getByText(/ist noch nicht bestätigt/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Bestätigungs-E-Mail erneut senden" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`Eine neue Bestätigungs-E-Mail ist unterwegs an ${email}`);

  // Two confirmation mails now: the resent one leads on to the start of the app, the sign-up's (older, listed
  // last) back to where the sign-up began (/konto).
  await page.goto("/dev/postfach");
  const mails = page.getByTestId("mailbox").getByRole("article", { name: "Versorgungslotse: E-Mail-Adresse bestätigen" }).filter({ hasText: email });
  await expect(mails).toHaveCount(2);
  const mail = mails.last();
  const link = /(http\S+verify-email\S+)/.exec(await mail.locator("pre").innerText())?.[1];
  expect(link).toBeTruthy();

  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/e-mail-bestaetigt\?next=/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ihre E-Mail-Adresse ist bestätigt. Sie sind angemeldet.");
  await expect(page.getByTestId("verify-email-link")).toHaveCount(0);
  await expect(page.getByTestId("user-menu")).toContainText("Vera Verify");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Weiter" }).click();
  await expect(page).toHaveURL(/\/konto$/);
});

test("a broken confirmation link says so and offers a new mail; security headers are set by the server", async ({ page }) => {
  const response = await page.goto("/api/auth/verify-email?token=kaputt&callbackURL=%2Fe-mail-bestaetigt");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(page).toHaveURL(/\/e-mail-bestaetigt\?error=INVALID_TOKEN$/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("ungültig oder abgelaufen");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(`niemand-${run}@e2e.test`);
  await page.getByRole("button", { name: "Bestätigungs-E-Mail erneut senden" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Wenn zu dieser Adresse ein unbestätigtes Konto besteht");
  await expectNoSeriousA11yViolations(page);
});
