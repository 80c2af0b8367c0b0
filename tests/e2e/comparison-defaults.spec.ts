import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/**
 * Issue 18: the comparison's defaults scale with the town. Dörentrup (7,660 inhabitants) does not start with
 * Marienmünster's 2.6 M€ or Schneeberg's 3.2 M€; the page says from which town each default is carried over.
 */
const DOERENTRUP = "05766024";

test("Dörentrup's comparison starts from its own size and names the source towns; the network form has no MVZ fields", async ({ page }) => {
  await page.goto(`/gemeinde/${DOERENTRUP}/vergleich`);
  // The comparison's footnote quoting "in Marienburg trägt die Kommune rund 2,6 Mio. €" says the source's slip there.
  await expect(page.getByTestId("footnotes").getByTestId("source-slip").first()).toContainText("gemeint ist Marienmünster");
  // The assumptions sit in a section that opens (the page leads with its summary, issue 18).
  await page.getByText("Annahmen bearbeiten und Kosten je Jahr anzeigen").click();
  await page.locator("#edit-municipal-mvz").check();
  const mvz = page.getByTestId("editor-municipal-mvz");
  // 2.6 M€ × 7,660 / 4,970 ≈ 4.01 M€; 4.8 GP seats: running costs 1,584,000 € → 1,580,000 €, revenue 1,440,000 €.
  await expect(mvz.getByLabel("Sonstiges (Gesamtbetrag ohne Aufschlüsselung) (€, einmalig)")).toHaveValue(/4\.010\.000|4010000/);
  await expect(mvz.locator("#municipal-mvz-investment-other-origin")).toContainText("Aus Marienmünster übertragen");
  await expect(mvz.locator("#municipal-mvz-investment-other-origin")).toContainText("Für Dörentrup");
  // The quote says "Marienburg": the note says so right there.
  await expect(mvz.locator("#municipal-mvz-investment-other-origin")).toContainText("Die Quelle selbst schreibt hier „Marienburg“; gemeint ist Marienmünster");
  await expect(mvz.getByLabel("Betrieb des MVZ: Personal und Sachkosten (€ je Jahr)")).not.toHaveValue(/^0$/);
  await expect(mvz.getByLabel("MVZ-Erlöse aus der GKV-Abrechnung (€ je Jahr)")).not.toHaveValue(/^0$/);
  await expect(mvz.locator("#municipal-mvz-revenue-mvzIncome-origin")).toContainText("Annahme dieser Anwendung");

  await page.locator("#edit-health-centre").check();
  const centre = page.getByTestId("editor-health-centre");
  await expect(centre.locator("#health-centre-investment-conversion-origin")).toContainText("Aus Schneeberg übertragen");
  await expect(centre.getByLabel("Umbau (€, einmalig)")).toHaveValue(/1\.750\.000|1750000/);
  await expect(centre.getByText("Betrieb des MVZ")).toHaveCount(0);

  await page.locator("#edit-provider-network").check();
  const network = page.getByTestId("editor-provider-network");
  await expect(network).toBeVisible();
  await expect(network.getByText("Betrieb des MVZ")).toHaveCount(0);
  await expect(network.getByText("MVZ-Erlöse")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
