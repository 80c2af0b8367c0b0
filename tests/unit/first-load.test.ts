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

  it("the walk finds a static zod import in a client component and skips one loaded with import()", () => {
    expect(firstLoadClientPackages(["tests/fixtures/first-load/static-page.tsx"]).get("zod")).toBe("tests/fixtures/first-load/validates.ts");
    expect(firstLoadClientPackages(["tests/fixtures/first-load/lazy-page.tsx"]).has("zod")).toBe(false);
  });

  it("of the supply check carries neither zod nor the chart library: its forms and CSV panel load the schemas on use", () => {
    const packages = firstLoadClientPackages([...EVERY_PAGE, "app/gemeinde/[ags]/versorgung/page.tsx"]);
    const found = SINGLE_PAGE_LIBRARIES.filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(found).toEqual([]);
    expect(packages.has("react")).toBe(true);
  });

  it("of the comparison carries neither zod nor the chart library: it computes in the browser, validates with the schema loaded after the first paint", () => {
    const packages = firstLoadClientPackages([...EVERY_PAGE, "app/gemeinde/[ags]/vergleich/page.tsx"]);
    const found = SINGLE_PAGE_LIBRARIES.filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(found).toEqual([]);
    expect(packages.has("react")).toBe(true);
  });
});
