import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signUpThroughApi } from "./support/accounts";

/**
 * The organisation a page works in is explicit (issue 12, finding 2): a user in two organisations for the same town
 * is asked which one, on the self-check and on the comparison; the choice is in the address (?org=) and carried on.
 */
const run = Date.now().toString(36);
const DOERENTRUP = "05766024";

test("with two organisations for Dörentrup the self-check and the comparison ask which one, and keep the choice", async ({ page, baseURL }) => {
  const headers = { origin: baseURL! };
  await signUpThroughApi(page, baseURL, { email: `zwei-${run}@e2e.test`, name: "Zoe Zwei" });
  const ids: string[] = [];
  for (const name of [`Dörentrup Verwaltung ${run}`, `Dörentrup Arbeitskreis ${run}`]) {
    const created = await page.request.post("/api/v1/organisations", { headers, data: { kind: "TOWN", ags: DOERENTRUP, name } });
    expect(created.status(), await created.text()).toBe(201);
    ids.push(((await created.json()) as { data: { id: string } }).data.id);
  }

  await page.goto(`/gemeinde/${DOERENTRUP}/selbstcheck`);
  const chooser = page.getByTestId("choose-organisation");
  await expect(chooser.getByRole("heading", { name: "Mit welcher Organisation arbeiten Sie?" })).toBeVisible();
  await expect(chooser.getByRole("link")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await chooser.getByRole("link", { name: `Dörentrup Arbeitskreis ${run}` }).click();
  await expect(page).toHaveURL(new RegExp(`selbstcheck\\?org=${ids[1]}`));
  await expect(page.getByTestId("storage-note")).toContainText(`Dörentrup Arbeitskreis ${run}`);

  // A forged ?org= of no candidate selects nothing: the page asks again.
  await page.goto(`/gemeinde/${DOERENTRUP}/selbstcheck?org=cm0000000000000000000000`);
  await expect(page.getByTestId("choose-organisation")).toBeVisible();

  await page.goto(`/gemeinde/${DOERENTRUP}/vergleich`);
  await page.getByTestId("choose-organisation").getByRole("link", { name: `Dörentrup Verwaltung ${run}` }).click();
  await expect(page).toHaveURL(new RegExp(`vergleich\\?org=${ids[0]}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dörentrup");
  await expect(page.getByTestId("choose-organisation")).toHaveCount(0);
});
