import { expect, test } from "@playwright/test";

/**
 * Issue 19 / ADR 0015: pages that are the same for everyone come from a cached render with a hash-based script
 * policy. The page still works under that policy (the search box hydrates, no script is refused), English keeps
 * working, and a signed-in or otherwise cookied visitor, a query or another page gets the per-request nonce policy.
 */
test("the start page comes from the cache under a hash-based policy and still works; English too", async ({ page, request, context, baseURL }) => {
  await request.get("/"); // fill the cache
  const cached = await request.get("/");
  expect(cached.headers()["x-page-cache"]).toBe("hit");
  const policy = cached.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  expect(policy).not.toContain("nonce-");
  expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(cached.headers()["x-frame-options"]).toBe("DENY");
  expect(await cached.text()).not.toContain("nonce=");

  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/");
  const search = page.getByRole("combobox", { name: /Name, Gemeindeschlüssel/ });
  await search.fill("Doerentrup");
  await expect(page.getByRole("option", { name: /Dörentrup/ })).toBeVisible();
  await page.goto("/wissen");
  await expect(page.getByRole("navigation", { name: /Wissen/ }).getByRole("link", { name: /Übersicht/ })).toHaveAttribute("aria-current", "page");
  expect(refused).toEqual([]);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("german-content-notice")).toBeVisible();
  await context.clearCookies();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("a visitor with a session cookie, a query or a personal page gets a fresh render with a nonce", async ({ request }) => {
  for (const [url, headers] of [
    ["/", { cookie: "versorgungslotse.session_token=abc" }],
    ["/wissen/massnahmen?seite=2", {}],
    ["/anmelden", {}],
  ] as const) {
    const response = await request.get(url, { headers });
    expect(response.status(), url).toBe(200);
    expect(response.headers()["x-page-cache"], url).toBeUndefined();
    expect(response.headers()["content-security-policy"], url).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  }
});

test("a browser that accepts brotli gets the cached page and the build's scripts in brotli (ADR 0018)", async ({ request }) => {
  const br = { "accept-encoding": "gzip, deflate, br" };
  // Compressed in the background after the first request: the next ones are brotli.
  await expect.poll(async () => (await request.get("/wissen", { headers: br })).headers()["content-encoding"], { timeout: 10_000 }).toBe("br");
  const html = await (await request.get("/wissen", { headers: br })).text();
  expect(html).toContain("<h1");
  const script = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  await expect.poll(async () => (await request.get(script!, { headers: br })).headers()["content-encoding"], { timeout: 10_000 }).toBe("br");
  const answer = await request.get(script!, { headers: br });
  expect(answer.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await answer.text()).length).toBeGreaterThan(100);
  // Without brotli in Accept-Encoding: gzip as before.
  expect((await request.get(script!, { headers: { "accept-encoding": "gzip" } })).headers()["content-encoding"]).toBe("gzip");
});
