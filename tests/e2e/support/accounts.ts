import { expect, type Page } from "@playwright/test";

/**
 * The one way the e2e specs sign in and set up accounts (issue 13): through the sign-in form as a person would, or
 * through the auth API when the account is only the stage for the journey under test. The demo account is the one
 * lib/server/auth/demo.ts creates on the embedded database.
 */
export const DEMO = { email: "demo@versorgungslotse.example", password: "Demo-Doerentrup-2026" } as const;
/** The password of every account the specs create. */
export const E2E_PASSWORD = "ein-langes-passwort";

/** Fills and sends the sign-in form on the page that shows it (the caller has navigated there, e.g. with `?next=`). */
export async function submitSignInForm(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Signs in through /anmelden and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/anmelden");
  await submitSignInForm(page, email, password);
  await expect(page).not.toHaveURL(/\/anmelden/);
}

/** Signs in as the demo account (admin of the demo organisation for Dörentrup). */
export function signInAsDemo(page: Page): Promise<void> {
  return signIn(page, DEMO.email, DEMO.password);
}

/** The Origin header the app's same-origin check wants (playwright.config.ts always sets a baseURL). */
function origin(baseURL: string | undefined): { origin: string } {
  if (!baseURL) throw new Error("baseURL fehlt (playwright.config.ts).");
  return { origin: baseURL };
}

/** Creates an account through the auth API; the page's context is then signed in as it. */
export async function signUpThroughApi(page: Page, baseURL: string | undefined, account: { email: string; name: string; password?: string }): Promise<void> {
  const response = await page.request.post("/api/auth/sign-up/email", {
    headers: origin(baseURL),
    data: { email: account.email, password: account.password ?? E2E_PASSWORD, name: account.name },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Creates an organisation through the API for the signed-in account and returns its id. */
export async function createOrganisationThroughApi(page: Page, baseURL: string | undefined, organisation: Record<string, string>): Promise<string> {
  const response = await page.request.post("/api/v1/organisations", { headers: origin(baseURL), data: organisation });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}
