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
    ["the self-check wizard", "app/gemeinde/[ags]/selbstcheck/page.tsx"],
    ["the self-check result", "app/gemeinde/[ags]/selbstcheck/ergebnis/page.tsx"],
  ])("of %s carries neither zod nor the chart library: answers are checked with a schema loaded on use", (_, page) => {
    // The wizard gets the question texts as props; the answers' check, the API contracts and the radar chart load
    // with import() when they are needed; the organisation's result is computed and rendered on the server.
    const packages = firstLoadClientPackages([...EVERY_PAGE, "app/gemeinde/[ags]/selbstcheck/layout.tsx", page]);
    const found = SINGLE_PAGE_LIBRARIES.filter((name) => packages.has(name)).map((name) => `${name} (from ${packages.get(name)})`);
    expect(found).toEqual([]);
    expect(firstLoadClientPackages([page]).get("react")).toMatch(/^components\/assessment\//); // the walk reaches the page's client components
  });

  it("the walk finds a static zod import where a page validates in the browser (the supply check's forms)", () => {
    expect(firstLoadClientPackages(["app/gemeinde/[ags]/versorgung/page.tsx"]).get("zod")).toMatch(/^lib\/domain\//);
  });
});
