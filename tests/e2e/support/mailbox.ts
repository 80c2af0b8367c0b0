import { expect, type Page } from "@playwright/test";

/**
 * Confirms `email` the way a person does: opens the confirmation mail in the development mailbox (the e2e server
 * runs with DEV_MAILBOX=1) and follows its link. The page ends on the confirmation page, signed in.
 */
export async function confirmEmailViaMailbox(page: Page, email: string): Promise<void> {
  await page.goto("/dev/postfach");
  const mail = page
    .getByTestId("mailbox")
    .getByRole("article", { name: "Versorgungslotse: E-Mail-Adresse bestätigen" })
    .filter({ hasText: email })
    .first();
  await expect(mail).toBeVisible();
  const link = /(http\S+verify-email\S+)/.exec(await mail.locator("pre").innerText())?.[1];
  expect(link, `confirmation link for ${email}`).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Ihre E-Mail-Adresse ist bestätigt");
}
