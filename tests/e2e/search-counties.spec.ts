import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/** Issue 18: counties in the search, "St." = "Sankt", an over-long query answered in words, the town page links its county. */

test("the start page's task cards end in a sentence, not a dangling colon", async ({ page }) => {
  await page.goto("/");
  const cards = page.getByRole("region", { name: "Was möchten Sie tun?" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  for (const text of await cards.allTextContents()) expect(text.trim()).not.toMatch(/:$/);
  await expect(cards.first()).toContainText("Erster Schritt: Ihre Gemeinde wählen");
});

test("typing „Kreis Lippe“ offers the county with a link to its page; keyboard opens it", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("combobox", { name: /Name, Gemeindeschlüssel/ });
  await search.fill("Kreis Lippe");
  const option = page.getByRole("option", { name: /Kreis Lippe/ });
  await expect(option).toContainText("Nordrhein-Westfalen · Kreisschlüssel 05766");
  await expectNoSeriousA11yViolations(page);
  // The county is the last option after the towns: ArrowUp from the top wraps to it.
  await search.press("ArrowUp");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/kreis\/05766$/);
});

test("the search page lists counties for „Lippe“ and towns for „Sankt“ written as „St.“", async ({ page }) => {
  await page.goto("/gemeinden?q=Lippe");
  await expect(page.getByTestId("county-results").getByRole("link", { name: "Kreis Lippe" })).toHaveAttribute("href", "/kreis/05766");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/gemeinden?q=Sankt+Ingbert");
  await expect(page.getByTestId("search-results").getByRole("link", { name: "St. Ingbert, Stadt" })).toBeVisible();
  await page.goto("/gemeinden?q=Sankt+Wendel");
  await expect(page.getByTestId("search-results")).toContainText("St. Wendel, Kreisstadt");
  await expect(page.getByTestId("county-results").getByRole("link", { name: "Landkreis St. Wendel" })).toHaveAttribute("href", "/kreis/10046");
});

test("a 3,000-character query with umlauts says it is too long, in the box and without sending it", async ({ page }) => {
  await page.goto("/");
  let searched = 0;
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/municipalities?")) searched++;
  });
  const search = page.getByRole("combobox", { name: /Name, Gemeindeschlüssel/ });
  await search.fill("ö".repeat(3000));
  await expect(page.getByRole("listbox").getByText(/höchstens 100 Zeichen/)).toBeVisible();
  await search.press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Die Suche ist gerade nicht möglich")).toHaveCount(0);
  expect(searched).toBe(0);
});

test("the town page links its county", async ({ page }) => {
  await page.goto("/gemeinde/05766024");
  await expect(page.getByRole("link", { name: "Lippe (Kreis)" })).toHaveAttribute("href", "/kreis/05766");
});
