import { expect, type Page } from "@playwright/test";

/**
 * Confirms `email` the way a person does: opens the confirmation mail in the development mailbox (the e2e server
 * runs with DEV_MAILBOX=1) and follows its link. Afterwards the page is signed in as that account.
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
  // The link signs its account in: follow it as a fresh visitor would (the mail may be opened on another device).
  await page.context().clearCookies();
  await page.goto(link!);
  // Signed in as that account, now confirmed (the page the link leads to depends on where the sign-up began).
  const session = (await (await page.request.get("/api/auth/get-session")).json()) as { user?: { email: string; emailVerified: boolean } } | null;
  expect(session?.user).toMatchObject({ email, emailVerified: true });
}
