import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/** What every real product has: icons, robots.txt, a manifest, legal pages and a 404 that helps. */
test("favicon, app icon, robots.txt and web manifest are served", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain("<svg");
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Disallow: \/api\//);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { name: string; lang: string; icons: { src: string }[] };
  expect(body).toMatchObject({ name: "Versorgungslotse", lang: "de" });
  for (const entry of body.icons) expect((await request.get(entry.src)).status()).toBe(200);
});

test("the pages link the icons and the manifest", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
});

for (const [path, link, heading] of [
  ["/impressum", "Impressum", "Impressum"],
  ["/datenschutz", "Datenschutz", "Datenschutzerklärung"],
  ["/barrierefreiheit", "Barrierefreiheit", "Erklärung zur Barrierefreiheit"],
] as const) {
  test(`${heading} is linked from the footer, says what the operator must fill in, and passes axe`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    if (path !== "/barrierefreiheit") await expect(page.getByTestId("operator-template")).toContainText("OPERATOR_NAME");
    await expectNoSeriousA11yViolations(page);
  });
}

test("an unknown address answers 404 with a search box and links to the tools", async ({ page }) => {
  const response = await page.goto("/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  const search = page.getByRole("combobox");
  await search.fill("Dörentrup");
  await expect(page.getByRole("option").first()).toContainText("Dörentrup");
  await expect(page.getByRole("navigation", { name: "Oder direkt zu" }).getByRole("link", { name: /Wissen/ })).toHaveAttribute("href", "/wissen");
  await expectNoSeriousA11yViolations(page);
});

/** ADR 0018: the first view fetches no font while it loads; Fira Sans comes from the cache on the next page. */
test("the first page is painted in the fallback font and fetches Fira Sans only after it has loaded and been painted; the next page uses it", async ({ page }) => {
  const fontFamily = () => page.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).fontFamily);
  await page.goto("/wissen");
  expect(await fontFamily()).toMatch(/^"?Fira Sans Fallback/);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("vl-fonts")), { timeout: 20_000 }).toBe("1");
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const fonts = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".woff2"));
    const firstPaint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.POSITIVE_INFINITY;
    return { after: Math.max(navigation.loadEventEnd, firstPaint), fontStarts: fonts.map((f) => f.startTime) };
  });
  expect(timing.fontStarts.length).toBeGreaterThanOrEqual(3);
  for (const start of timing.fontStarts) expect(start).toBeGreaterThan(timing.after);
  // Still the fallback on this page (no swap under the reader's eyes) …
  expect(await fontFamily()).toMatch(/^"?Fira Sans Fallback/);
  // … and Fira Sans on the next one: a full page load and a client-side navigation.
  await page.goto("/wissen/massnahmen");
  await expect(page.locator("html")).toHaveClass(/\bfonts-cached\b/);
  expect(await fontFamily()).toMatch(/^"?Fira Sans"?,/);
  expect(await page.evaluate(() => document.fonts.check('400 1em "Fira Sans"'))).toBe(true);
});

test("within one tab, the next client-side navigation switches to Fira Sans once it is cached", async ({ page }) => {
  await page.goto("/");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("vl-fonts")), { timeout: 20_000 }).toBe("1");
  await expect(page.locator("html")).not.toHaveClass(/\bfonts-cached\b/);
  await page.getByRole("contentinfo").getByRole("link", { name: "Impressum", exact: true }).click();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.locator("html")).toHaveClass(/\bfonts-cached\b/);
});
