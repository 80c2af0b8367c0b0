import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

const AGS = "05766024";

/** A new user with a town organisation for Dörentrup, one practice and a saved self-assessment (through the API). */
async function townWithData(page: Page, baseURL: string): Promise<string> {
  const headers = { origin: baseURL };
  const email = `report-${Date.now()}@e2e.test`;
  await signUpThroughApi(page, baseURL, { email, name: "Bericht E2E" });
  const orgId = await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS });
  const practice = await page.request.post(`/api/v1/municipalities/${AGS}/providers?org=${orgId}`, {
    headers,
    data: { kind: "gp-practice", name: "Hausarztpraxis am Markt", street: "Marktplatz 1", postcode: "32694", city: "Dörentrup", successorStatus: "none", doctors: [{ birthYear: 1959, employment: "licensed", licence: "full" }] },
  });
  expect(practice.status(), await practice.text()).toBe(201);
  const answers = JSON.parse(await readFile(path.join(process.cwd(), "examples", "doerentrup.json"), "utf8")) as Record<string, unknown>;
  const saved = await page.request.put(`/api/v1/organisations/${orgId}/assessments/${AGS}`, { headers, data: { answers, status: "COMPLETED", version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  return orgId;
}

const pdfText = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

test("the town report downloads as a PDF from the town page, and the town package goes out and comes back with a preview", async ({ page, baseURL }) => {
  const orgId = await townWithData(page, baseURL!);

  await page.goto(`/gemeinde/${AGS}`);
  const box = page.getByTestId("report-download");
  await expect(box.getByRole("heading", { name: "Bericht und Gemeindepaket" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const link = box.getByRole("link", { name: "Bericht herunterladen (PDF)" });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^bericht-Dörentrup-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfFile = path.join(os.tmpdir(), `report-${Date.now()}.pdf`);
  await download.saveAs(pdfFile);
  const text = pdfText(pdfFile);
  expect(text).toContain("Bericht zur hausärztlichen Versorgung – Dörentrup");
  expect(text).toContain("Hausarztpraxis am Markt");
  expect(text).toContain("Empfohlenes Trägermodell:");
  expect(text).toMatch(/Seite 1 von \d+/);

  // The self-check result offers the same download.
  await page.goto(`/gemeinde/${AGS}/selbstcheck/ergebnis`);
  await expect(page.getByTestId("report-download").getByRole("link", { name: "Bericht herunterladen (PDF)" })).toBeVisible();

  await box.page().goto(`/gemeinde/${AGS}`);
  await page.getByRole("link", { name: "Gemeindepaket exportieren oder importieren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeindepaket für Dörentrup" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByTestId("package-export").click()]);
  const packageFile = path.join(os.tmpdir(), `package-${Date.now()}.json`);
  await exported.saveAs(packageFile);
  const pkg = JSON.parse(await readFile(packageFile, "utf8")) as { schemaVersion: number; providers: unknown[] };
  expect(pkg.schemaVersion).toBe(2);
  expect(pkg.providers).toHaveLength(1);

  // A broken file: German errors, nothing imported.
  const brokenFile = path.join(os.tmpdir(), `broken-${Date.now()}.json`);
  await writeFile(brokenFile, JSON.stringify({ ...pkg, schemaVersion: 7 }));
  await page.getByLabel("Paketdatei (JSON)").setInputFiles(brokenFile);
  await expect(page.getByTestId("package-errors")).toContainText("Diese Paketversion wird nicht unterstützt");
  await expectNoSeriousA11yViolations(page);

  // The exported file again: preview, then import.
  await page.getByLabel("Paketdatei (JSON)").setInputFiles(packageFile);
  const preview = page.getByTestId("package-preview");
  await expect(preview.getByRole("heading", { name: "Vorschau: Das würde der Import ändern" })).toBeVisible();
  await expect(preview.getByRole("row", { name: /Einrichtungen/ })).toContainText("1");
  // The preview says what the import does beyond replacing: every row keeps its version (package version 2).
  await expect(preview.getByTestId("package-notes")).toContainText("Jeder Eintrag behält seinen Versionsstand aus der Datei.");
  await expectNoSeriousA11yViolations(page);
  await preview.getByRole("button", { name: "Paket übernehmen" }).click();
  await expect(page.getByTestId("package-done")).toContainText("Das Paket wurde übernommen.");
  const inventory = await page.request.get(`/api/v1/municipalities/${AGS}/providers?org=${orgId}`);
  expect(((await inventory.json()) as { data: { providers: { name: string }[] } }).data.providers.map((p) => p.name)).toEqual(["Hausarztpraxis am Markt"]);
});
