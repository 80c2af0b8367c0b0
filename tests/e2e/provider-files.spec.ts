import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

/** Issue 18: the files people have — German Excel's plain CSV (Windows-1252) and an .xlsx workbook — import. */
const AGS = "05766024";
const PAGE = `/gemeinde/${AGS}/versorgung`;
const HEADER = "Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge;Ärztin oder Arzt;Geburtsjahr;Alter;Tätigkeit;Versorgungsauftrag;Wochenstunden;Geplantes Abgabejahr";

async function signUpWithTownOrganisation(page: Page, baseURL: string): Promise<void> {
  const email = `files-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.test`;
  await signUpThroughApi(page, baseURL, { email, name: "Dateien E2E" });
  await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS });
}

/** Windows-1252 bytes of a text in the Latin-1 range (as German Excel saves "CSV (Trennzeichen-getrennt)"). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${ch}`);
    return code;
  }));
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Datei für den Import (CSV oder Excel)").setInputFiles(file);
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  return page.getByTestId("csv-preview");
}

test("a Windows-1252 CSV from German Excel and an .xlsx workbook import with their umlauts intact", async ({ page, baseURL }) => {
  await signUpWithTownOrganisation(page, baseURL!);
  await page.goto(PAGE);
  await expect(page.getByText("Noch keine Einrichtung erfasst.")).toBeVisible();

  // 1. Excel's plain CSV: Windows-1252, "Straße" as the byte 0xDF. Before: "Unbekannte Spalte „Stra�e“".
  const csv = `${HEADER}\r\n1;Hausarztpraxis;Praxis Müller;Lindenstraße 3;32694;Dörentrup;gesucht;Dr. Jürgen Weiß;1959;;zugelassen;voll;;2027\r\n`;
  const bytes = windows1252(csv);
  expect(bytes.includes(0xdf)).toBe(true);
  let preview = await importFile(page, { name: "versorgung.csv", mimeType: "text/csv", buffer: bytes });
  await expect(preview).toContainText("1 neu, 0 geändert, 0 unverändert, 0 entfernt");
  await expect(page.getByTestId("csv-read-as")).toContainText("Windows-1252");
  await expect(preview).toContainText("Praxis Müller");
  await expect(page.getByText("Unbekannte Spalte")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await preview.getByRole("button", { name: "Alle Zeilen übernehmen" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText(/^Import übernommen: 1 Einrichtung/);
  await expect(page.getByTestId("provider-item")).toHaveCount(1);
  await expect(page.getByTestId("provider-item").first()).toContainText("Lindenstraße 3");

  // 2. An .xlsx workbook (first sheet; a second sheet is not read), numbers as numbers.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Praxen");
  sheet.addRow(HEADER.split(";"));
  sheet.addRow([1, "Hausarztpraxis", "Praxis Müller", "Lindenstraße 3", 32694, "Dörentrup", "gesucht", "Dr. Jürgen Weiß", 1959, null, "zugelassen", "voll", null, 2027]);
  sheet.addRow([2, "Hausarztpraxis", "Gemeinschaftspraxis Höfe", "Am Bördeweg 7", 32694, "Dörentrup", "keine", "Ärztin Özdemir", 1984, null, "angestellt", null, 19.5, null]);
  book.addWorksheet("Notizen").addRow(["Dieses Blatt wird nicht gelesen"]);
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  preview = await importFile(page, { name: "versorgung.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
  await expect(preview).toContainText("1 neu, 0 geändert, 1 unverändert, 0 entfernt");
  await expect(page.getByTestId("csv-read-as")).toContainText("Excel-Arbeitsmappe, Blatt „Praxen“");
  await preview.getByRole("button", { name: "Alle Zeilen übernehmen" }).click();
  await expect(page.getByTestId("provider-item")).toHaveCount(2);
  await expect(page.getByTestId("provider-item").filter({ hasText: "Gemeinschaftspraxis Höfe" })).toContainText("Am Bördeweg 7");

  // 3. A file that is neither is refused with a German message, and nothing changes.
  await page.getByLabel("Datei für den Import (CSV oder Excel)").setInputFiles({ name: "alt.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  await expect(page.getByTestId("csv-result").getByRole("alert")).toContainText("als Excel-Arbeitsmappe (.xlsx) oder als CSV speichern");
  await expect(page.getByTestId("provider-item")).toHaveCount(2);
});
