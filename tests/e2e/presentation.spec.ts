import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/** Focus a keyboard user can see, German numbers and plurals, and English pages that say their content is German. */
const AGS = "05766024"; // Dörentrup
const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "examples", "doerentrup.json"), "utf8")) as Record<string, unknown>;
const { town: _town, ...answers } = example;

async function withSelfCheck(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key, value),
    [`versorgungslotse:selbstcheck:${AGS}`, JSON.stringify({ answers, status: "completed", version: 1 })] as const,
  );
}

test("a radio button reached by keyboard has a clearly visible focus ring", async ({ page }) => {
  await page.goto(`/gemeinde/${AGS}/selbstcheck`);
  const radio = page.getByRole("group", { name: "Qualität des öffentlichen Nahverkehrs" }).getByRole("radio").first();
  await radio.focus();
  await page.keyboard.press("ArrowDown");
  const focused = page.locator("input[type=radio]:focus-visible");
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => {
    const style = getComputedStyle(el);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, offset: parseFloat(style.outlineOffset) };
  });
  expect(outline.style).toBe("solid");
  expect(outline.width).toBeGreaterThanOrEqual(3);
  // Outside KERN's 4 px focus shadow, so the ring stands apart from the radio's border.
  expect(outline.offset).toBeGreaterThan(4);
});

test("the result shows numbers the German way, with German plural forms", async ({ page }) => {
  await withSelfCheck(page);
  await page.goto(`/gemeinde/${AGS}/selbstcheck/ergebnis`);
  const ranking = page.getByTestId("ranking");
  await expect(ranking.getByText(/^\d+(,\d)? von 100$/).first()).toBeVisible();
  const text = await ranking.innerText();
  expect(text, "no English decimal point").not.toMatch(/\d\.\d/);
  expect(text, "no plural after 1").not.toMatch(/(^|[^\d,])[+−-]?1 Punkte\b/);
});

test("English pages say once that the content is German, and labels do not wrap German values", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await withSelfCheck(page);
  await page.goto(`/gemeinde/${AGS}/selbstcheck/ergebnis`);
  await expect(page.getByTestId("german-content-notice")).toHaveCount(1);
  await expect(page.getByTestId("german-content-notice")).toContainText("Content in German");
  await expect(page.locator("main")).toContainText(/Confidence: (low|medium|high)/);
  expect(await page.locator("main").innerText()).not.toMatch(/Confidence: (niedrig|mittel|hoch)/);

  await context.clearCookies();
  await page.goto("/");
  await expect(page.getByTestId("german-content-notice")).toHaveCount(0);
});

test("the measures list is paged on the server and keeps its filters from page to page", async ({ page }) => {
  await page.goto("/wissen/massnahmen");
  const items = page.getByTestId("measure-results").locator(":scope > li");
  await expect(items).toHaveCount(12);
  await expect(page.getByTestId("measure-count")).toContainText("41 Maßnahmen von 41");
  const first = await items.first().getByRole("heading").innerText();
  await page.getByRole("link", { name: "Nächste 12 Maßnahmen anzeigen" }).click();
  await expect(page).toHaveURL(/\/wissen\/massnahmen\?seite=2$/);
  await expect(page.getByTestId("measure-paging")).toContainText("Seite 2 von 4 (Maßnahmen 13 bis 24)");
  await expect(items.first().getByRole("heading")).not.toHaveText(first);

  // 20 cross-sector measures: two pages, the filter stays in the next page's address.
  await page.goto("/wissen/massnahmen?sector=Sektoren%C3%BCbergreifend");
  await expect(page.getByTestId("measure-count")).toHaveText("20 Maßnahmen von 41");
  await page.getByRole("link", { name: "Nächste 8 Maßnahmen anzeigen" }).click();
  await expect(page).toHaveURL(/sector=Sektoren%C3%BCbergreifend&seite=2$/);
  await expect(items).toHaveCount(8);
  await expect(page.getByLabel("Sektor")).toHaveValue("Sektorenübergreifend");
});
