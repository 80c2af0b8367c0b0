import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/**
 * Printing the result and the comparison: what is collapsed on screen is printed expanded, and every page carries
 * its number and the day it was printed.
 */
const AGS = "05766024"; // Dörentrup
const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "..", "..", "examples", "doerentrup.json"), "utf8")) as Record<string, unknown>;
const { town: _town, ...answers } = example;

async function withSelfCheck(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key, value),
    [`versorgungslotse:selbstcheck:${AGS}`, JSON.stringify({ answers, status: "completed", version: 1 })] as const,
  );
}

async function pdfText(page: Page): Promise<string | null> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "druck-")), "seite.pdf");
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } catch {
    return null;
  }
}

test("the printed result has every model's reasons, page numbers and the date", async ({ page }) => {
  await withSelfCheck(page);
  await page.goto(`/gemeinde/${AGS}/selbstcheck/ergebnis`);
  await expect(page.getByTestId("top-model")).toBeVisible();
  // On screen only the first model's reasons are open.
  const second = page.getByTestId("ranking").locator("li.kern-card").nth(1);
  await expect(second.getByTestId("contributions")).toBeHidden();
  const reason = (await second.getByTestId("contributions").locator("li").first().locator("span.kern-body").textContent())?.trim().slice(0, 40) ?? "";
  expect(reason.length).toBeGreaterThan(10);

  await page.emulateMedia({ media: "print" });
  await expect(second.getByTestId("contributions")).toBeVisible();
  const text = await pdfText(page);
  test.skip(text === null, "pdftotext is not installed");
  const flat = text!.replace(/\s+/g, " ");
  expect(flat).toContain(reason.replace(/\s+/g, " ").slice(0, 25));
  expect(flat).toMatch(/Seite 1 von \d+/);
  expect(flat).toMatch(/Gedruckt am \d{1,2}\. \p{L}+ \d{4}/u);
});

test("the printed comparison shows the sections that are closed on screen", async ({ page }) => {
  await page.goto(`/gemeinde/${AGS}/vergleich`);
  const row = page.getByRole("rowheader", { name: "Finanzielles Risiko und wer es trägt" });
  await expect(row).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(row).toBeVisible();
  await expect(page.getByTestId("cumulative-table")).toBeVisible();
  await expect(page.getByText("Vergleichstabelle mit Quellen anzeigen")).toBeHidden();
  const text = await pdfText(page);
  test.skip(text === null, "pdftotext is not installed");
  const flat = text!.replace(/\s+/g, " ");
  // The table's header row (its cells wrap in narrow columns, so the row headers interleave in the text).
  expect(flat).toContain("Gesichtspunkt Gesundheitsnetzwerk Kommunales MVZ Gesundheitszentrum");
  expect(flat).toMatch(/Seite 1 von \d+/);
});
