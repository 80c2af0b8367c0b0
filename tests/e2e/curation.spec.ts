import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmEmailViaMailbox } from "./support/mailbox";
import { signUpThroughApi } from "./support/accounts";

/**
 * Curating the knowledge (issue 13): the platform operator (named by PLATFORM_OPERATOR_EMAILS in the e2e server's
 * environment, address confirmed) adds a new version of the G-BA's Verhältniszahl on the Wissenspflege page; a town's
 * Versorgungscheck then computes with it and names its version, valid-from date and source. A town's account sees no
 * curation. The page is axe-clean and does not scroll sideways at 390 px and 1366 px.
 */
const OPERATOR = "betrieb@e2e.test";
const AGS = "05766024";
const PAGE = "/betrieb/wissenspflege";
const today = new Date().toISOString().slice(0, 10);
const todayDe = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${today}T00:00:00Z`));
const SOURCE = "G-BA Bedarfsplanungs-Richtlinie, Beschluss (E2E)";

const signUp = (page: Page, baseURL: string, email: string, name: string) => signUpThroughApi(page, baseURL, { email, name });

async function noSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("the operator adds a version of the Verhältniszahl; a town's supply check uses and names it", async ({ page, baseURL }) => {
  await page.goto("/");
  await signUp(page, baseURL!, OPERATOR, "Betrieb");
  await confirmEmailViaMailbox(page, OPERATOR);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Wissenspflege: Regelparameter und Förderprogramme" })).toBeVisible();
  await noSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  const card = page.getByTestId("parameter-bedarfsplanung.gp-ratio");
  await card.getByText("Neue Version von „Allgemeine Verhältniszahl Hausärzte“ anlegen").click();
  // "1.500" is ambiguous (1500 or 1,5?): the one German parser refuses it with its reason, nothing is stored.
  await card.getByLabel("Neuer Wert (Einwohner je Hausarzt)").fill("1.500");
  await card.getByLabel("Versionsbezeichnung").fill("BPL-RL E2E");
  await card.getByLabel("Gültig ab").fill(today);
  await card.getByLabel("Quelle").fill(SOURCE);
  await card.getByLabel("Notiz").fill("Neue allgemeine Verhältniszahl (Test).");
  await noSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await card.getByRole("button", { name: "Version speichern" }).click();
  await expect(page.getByTestId("curation-error")).toContainText("Wert: „1.500“ ist mehrdeutig");
  await expect(page.getByTestId("curation-audit")).toHaveCount(0);

  // The form is open again at the parameter; every field is entered afresh.
  await card.getByLabel("Neuer Wert (Einwohner je Hausarzt)").fill("1500");
  await card.getByLabel("Versionsbezeichnung").fill("BPL-RL E2E");
  await card.getByLabel("Gültig ab").fill(today);
  await card.getByLabel("Quelle").fill(SOURCE);
  await card.getByLabel("Notiz").fill("Neue allgemeine Verhältniszahl (Test).");
  await card.getByRole("button", { name: "Version speichern" }).click();

  await expect(page.getByTestId("curation-saved")).toBeVisible();
  await expect(page.getByTestId("parameter-bedarfsplanung.gp-ratio").getByTestId("parameter-current")).toHaveText("Heute gültig: 1.500 Einwohner je Hausarzt");
  await expect(page.getByTestId("curation-audit")).toContainText("Neue Version „BPL-RL E2E“ des Regelparameters „Allgemeine Verhältniszahl Hausärzte“: 1.500");

  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoSeriousA11yViolations(page);

  // A town's account: no curation, and its supply check names the version the figures use.
  await page.context().clearCookies();
  await signUp(page, baseURL!, `stadt-${Date.now()}@e2e.test`, "Stadt");
  const organisation = await page.request.post("/api/v1/organisations", { headers: { origin: baseURL! }, data: { kind: "TOWN", ags: AGS } });
  expect(organisation.status(), await organisation.text()).toBe(201);
  await page.goto(PAGE);
  await expect(page.getByTestId("curation-forbidden")).toBeVisible();

  await page.goto(`/gemeinde/${AGS}/versorgung`);
  const asOf = page.getByText(/Verhältniszahl 1\.500 Einwohnerinnen und Einwohner je Hausärztin oder Hausarzt/);
  await expect(asOf).toContainText(`Version BPL-RL E2E, gültig ab ${todayDe}; Quelle: ${SOURCE}`);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});
