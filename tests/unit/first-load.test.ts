import { describe, expect, it } from "vitest";
import { firstLoadClientPackages } from "../support/import-graph";

/**
 * What a page loads first (issue 19). The root layout and its 404 page are part of every route's first-load
 * JavaScript, so the framework floor that the JS budget is measured against (npm run bench) must not carry a library
 * that only some page needs: zod in the search box put ~32 kB gzip into every page. The account forms load their
 * schemas after the page has rendered. A static import that brings such a library back fails here, naming the file.
 */
const EVERY_PAGE = ["app/layout.tsx", "app/not-found.tsx"];
const SINGLE_PAGE_LIBRARIES = ["zod", "recharts", "exceljs", "qrcode", "pdfkit", "@prisma/client"];

describe("first-load JavaScript", () => {
  it.each([
    ["every page (root layout, 404 page)", EVERY_PAGE],
    ["the account pages", ["app/anmelden/page.tsx", "app/registrieren/page.tsx", "app/passwort-vergessen/page.tsx", "app/passwort-neu/page.tsx"]],
  ])("of %s carries neither zod nor the chart, workbook, QR or PDF library", (_, entries) => {
    const packages = firstLoadClientPackages([...EVERY_PAGE, ...entries]);
    const found = SINGLE_PAGE_LIBRARIES.filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(found).toEqual([]);
    expect(packages.has("react")).toBe(true); // the walk reaches the client islands at all
  });

  it.each([
    ["the self-check wizard", "app/gemeinde/[ags]/selbstcheck/page.tsx", ["app/gemeinde/[ags]/selbstcheck/layout.tsx"]],
    ["the self-check result", "app/gemeinde/[ags]/selbstcheck/ergebnis/page.tsx", ["app/gemeinde/[ags]/selbstcheck/layout.tsx"]],
    ["the supply check", "app/gemeinde/[ags]/versorgung/page.tsx", []],
    ["the comparison", "app/gemeinde/[ags]/vergleich/page.tsx", []],
    ["the county page", "app/kreis/[key]/page.tsx", []],
  ])("of %s carries neither zod nor the chart library: what validates or draws is loaded on use", (_, page, layouts) => {
    // The wizard gets the question texts as props and loads the answers' check with import(); the organisation's
    // result and the supply check's figures are computed and rendered on the server; the supply check's provider
    // form and CSV panel, the comparison's money schema and the county's CSV import load their schemas on use;
    // charts load when they come on screen.
    const packages = firstLoadClientPackages([...EVERY_PAGE, ...layouts, page]);
    const found = SINGLE_PAGE_LIBRARIES.filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(found).toEqual([]);
    expect(firstLoadClientPackages([page]).get("react")).toMatch(/^components\//); // the walk reaches the page's client components
  });

  it("the walk finds a static zod import in a client component and skips one loaded with import()", () => {
    expect(firstLoadClientPackages(["tests/fixtures/first-load/static-page.tsx"]).get("zod")).toBe("tests/fixtures/first-load/validates.ts");
    expect(firstLoadClientPackages(["tests/fixtures/first-load/lazy-page.tsx"]).has("zod")).toBe(false);
  });
});
