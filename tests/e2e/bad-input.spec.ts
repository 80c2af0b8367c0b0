import { expect, test } from "@playwright/test";

/**
 * Issue 12, finding 7, against the real production server (server.ts): malformed URLs and bodies are answered 400
 * before the Next.js router, with a German message and the security headers — before the fix these were 500s.
 */
const expectGuarded = async (response: { status(): number; headers(): Record<string, string>; text(): Promise<string> }, message: RegExp) => {
  expect(response.status()).toBe(400);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await response.text()).toMatch(message);
};

test("invalid percent-encoding and NUL in a path segment get 400, not 500", async ({ request }) => {
  await expectGuarded(await request.get("/api/v1/municipalities/%ff"), /Prozent-Kodierung/);
  await expectGuarded(await request.get("/gemeinde/05766024%ff"), /Prozent-Kodierung/);
  await expectGuarded(await request.get("/api/v1/organisations/%00"), /Steuerzeichen/);
  await expectGuarded(await request.get(`/gemeinde/${"1".repeat(5000)}`), /zu lang/);
});

test("a broken multipart body or a JSON body POSTed to a page gets 400, not 500", async ({ request, baseURL }) => {
  const headers = { Origin: baseURL ?? "" };
  await expectGuarded(
    await request.post("/", { headers: { ...headers, "Content-Type": "multipart/form-data; boundary=abc" }, data: "garbage without parts" }),
    /multipart/,
  );
  await expectGuarded(await request.post("/gemeinden", { headers: { ...headers, "Content-Type": "application/json" }, data: "{}" }), /nur Formulare/);
});

test("NUL and lone surrogates in JSON text are refused with a German message", async ({ request }) => {
  const response = await request.get(`/api/v1/municipalities?q=${encodeURIComponent("Dö")}%00`);
  expect(response.status()).toBe(400);
  const search = await request.get("/api/v1/municipalities?q=" + "a".repeat(3000));
  expect(search.status()).toBe(400);
  expect((await search.json()).error.message).toMatch(/höchstens 100 Zeichen/);
});

test("the language switch still works without JavaScript (a well-formed multipart form passes the guard)", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("a 3,000-character search says the query is too long, not that the search is unavailable", async ({ page }) => {
  await page.goto(`/gemeinden?q=${"a".repeat(3000)}`);
  await expect(page.getByRole("alert").filter({ hasText: "höchstens 100 Zeichen" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("combobox", { name: /Name, Gemeindeschlüssel/ }).fill("b".repeat(3000));
  await expect(page.getByText(/höchstens 100 Zeichen/).first()).toBeVisible();
  await expect(page.getByText("Die Suche ist gerade nicht möglich")).toHaveCount(0);
});
