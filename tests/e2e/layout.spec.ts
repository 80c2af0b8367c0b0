import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAsDemo } from "./support/accounts";

/**
 * Every page type on a phone (390×844) and on a desktop (1366×900): the page never scrolls sideways (a wide table
 * or chart scrolls inside its own region or fits) and axe finds no serious or critical violation.
 * Add a new page type here when you add a page.
 */
const AGS = "05766024"; // Dörentrup
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** A finished self-check for Dörentrup in the browser, so the result page shows a full result. */
const EXAMPLE = JSON.parse(readFileSync(path.join(process.cwd(), "examples/doerentrup.json"), "utf8")) as Record<string, unknown>;
const { town: _town, ...EXAMPLE_ANSWERS } = EXAMPLE;

interface PageType {
  name: string;
  /** A path, or how to find one (e.g. the first detail link on a list page). */
  path: string | ((page: Page) => Promise<string>);
  signedIn?: boolean;
  /** Answers for Dörentrup in this browser before the page loads. */
  withSelfCheck?: boolean;
}

const firstLink = (list: string, prefix: string) => async (page: Page) => {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  if (!href) throw new Error(`no link ${prefix}… on ${list}`);
  return href;
};

const orgPath = (suffix: string) => async (page: Page) => {
  await page.goto("/organisationen");
  const href = await page.locator('main a[href^="/organisationen/"]').first().getAttribute("href");
  if (!href) throw new Error("the demo account has no organisation");
  return `${href.replace(/\/$/, "")}${suffix}`;
};

const PAGE_TYPES: PageType[] = [
  { name: "start", path: "/" },
  { name: "municipality search", path: "/gemeinden?q=D%C3%B6rentrup" },
  { name: "municipality", path: `/gemeinde/${AGS}` },
  { name: "self-check wizard", path: `/gemeinde/${AGS}/selbstcheck` },
  { name: "self-check result", path: `/gemeinde/${AGS}/selbstcheck/ergebnis`, withSelfCheck: true },
  { name: "comparison", path: `/gemeinde/${AGS}/vergleich`, withSelfCheck: true },
  { name: "comparison print view", path: `/gemeinde/${AGS}/vergleich/druck` },
  { name: "supply check (anonymous)", path: `/gemeinde/${AGS}/versorgung` },
  { name: "knowledge", path: "/wissen" },
  { name: "models", path: "/wissen/modelle" },
  { name: "model", path: firstLink("/wissen/modelle", "/wissen/modelle/") },
  { name: "factors", path: "/wissen/faktoren" },
  { name: "factor", path: firstLink("/wissen/faktoren", "/wissen/faktoren/") },
  { name: "measures", path: "/wissen/massnahmen" },
  { name: "measure", path: firstLink("/wissen/massnahmen", "/wissen/massnahmen/") },
  { name: "case studies", path: "/wissen/fallbeispiele" },
  { name: "case study", path: firstLink("/wissen/fallbeispiele", "/wissen/fallbeispiele/") },
  { name: "questions", path: "/wissen/fragen" },
  { name: "rules", path: "/wissen/regeln" },
  { name: "roles", path: "/wissen/rollen" },
  { name: "sources", path: "/wissen/quellen" },
  { name: "sign in", path: "/anmelden" },
  { name: "sign up", path: "/registrieren" },
  { name: "forgotten password", path: "/passwort-vergessen" },
  { name: "workshop join", path: "/w" },
  { name: "workshop unknown code", path: "/w/XXXXXX" },
  { name: "county", path: "/kreis/05766" },
  { name: "imprint", path: "/impressum" },
  { name: "privacy", path: "/datenschutz" },
  { name: "accessibility statement", path: "/barrierefreiheit" },
  { name: "not found", path: "/gibt-es-nicht" },
  { name: "organisations", path: "/organisationen", signedIn: true },
  { name: "organisation", path: orgPath(""), signedIn: true },
  { name: "organisation's self-assessment", path: orgPath(`/selbsteinschaetzung/${AGS}`), signedIn: true },
  { name: "workshops", path: orgPath("/workshops"), signedIn: true },
  { name: "action plan", path: `/gemeinde/${AGS}/massnahmenplan`, signedIn: true },
  { name: "county plan", path: "/kreis/05766/massnahmenplan", signedIn: true },
  { name: "town package", path: orgPath("/gemeindepaket"), signedIn: true },
  { name: "supply check (organisation)", path: `/gemeinde/${AGS}/versorgung`, signedIn: true },
  { name: "account", path: "/konto", signedIn: true },
];

/** The demo account's session, signed in once and reused (sign-ins are rate limited). */
let signedInState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;


async function openPage(browser: Browser, type: PageType, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "de-DE", ...(type.signedIn && signedInState ? { storageState: signedInState } : {}) });
  const page = await context.newPage();
  if (type.withSelfCheck) {
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key, value),
      [`versorgungslotse:selbstcheck:${AGS}`, JSON.stringify({ answers: EXAMPLE_ANSWERS, status: "completed", version: 1 })] as const,
    );
  }
  if (type.signedIn && !signedInState) {
    await signInAsDemo(page);
    signedInState = await context.storageState();
  }
  const target = typeof type.path === "string" ? type.path : await type.path(page);
  await page.goto(target);
  await page.waitForLoadState("networkidle");
  return page;
}

/** Elements that stick out to the right of the viewport: named in the failure message, so the cause is found. */
async function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width === 0) continue;
      // Only the outermost element that sticks out (not inside a scrolling region) – or a positioned one, which
      // escapes a scrolling region that is not its containing block.
      let parent = el.parentElement;
      let inside = false;
      if (/(absolute|fixed)/.test(getComputedStyle(el).position)) parent = null;
      while (parent && parent !== document.body) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX) || parent.getBoundingClientRect().right > width + 1) {
          inside = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (!inside) culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 60)} (${Math.round(rect.right)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 10) };
  });
}

// Each page check opens its own browser context and only reads: they share the workers (playwright.config.ts).
test.describe.configure({ mode: "parallel" });

for (const type of PAGE_TYPES) {
  test(`${type.name}: no sideways scrolling at 390 px, axe clean at 390 and 1366 px`, async ({ browser }) => {
    // One page load: checked on the phone, then the same page widened to the desktop (the layout is CSS media
    // queries, so resizing re-lays it out as a desktop load would) — half the loads of opening it twice.
    const page = await openPage(browser, type, PHONE);
    const { scrollWidth, culprits } = await overflowing(page);
    expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a 390 px phone: ${culprits.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page);

    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });
}

test("phone header: compact, with a menu button that opens the navigation by keyboard", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  const header = page.getByRole("banner");
  expect((await header.boundingBox())?.height ?? 999).toBeLessThanOrEqual(100);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav).toBeHidden();
  const menu = header.getByText("Menü", { exact: true });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Wissen" }).click();
  await expect(page).toHaveURL(/\/wissen$/);
  await context.close();
});

test("desktop header: the navigation is shown without a menu button", async ({ browser }) => {
  const context = await browser.newContext({ viewport: DESKTOP, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Wissen" })).toBeVisible();
  await expect(page.getByRole("banner").getByText("Menü", { exact: true })).toBeHidden();
  // Chromium's own accessibility tree (what a screen reader gets) has the links, although they sit in a <details>.
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
  const exposed = nodes.filter((n) => !n.ignored && n.role?.value === "link").map((n) => n.name?.value);
  expect(exposed).toEqual(expect.arrayContaining(["Start", "Gemeinde suchen", "Wissen"]));
  await context.close();
});

test("phone header without JavaScript: the menu still opens", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: "de-DE", javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("banner").getByText("Menü", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Gemeinde suchen" })).toBeVisible();
  await context.close();
});
