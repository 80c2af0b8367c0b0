import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createOrganisationThroughApi, signUpThroughApi } from "./support/accounts";

const AGS = "05766024";
const PAGE = `/gemeinde/${AGS}/versorgung`;
const KV_LABEL = "Versorgungsgrad laut KV (optional, in %)";
const RECALCULATED = "Die Kennzahlen wurden mit den Annahmen neu berechnet.";

interface DoctorRow {
  name?: string;
  birthYear: string;
  employment?: "zugelassen" | "angestellt";
  licence?: string;
  weeklyHours?: string;
  plannedExitYear?: string;
}

interface Practice {
  name: string;
  street: string;
  successor: string;
  doctors: DoctorRow[];
}

/** Signs a new user up through Better Auth's API (cookies land in the page's context) and creates the town organisation. */
async function signUpWithTownOrganisation(page: Page, baseURL: string): Promise<void> {
  const email = `supply-${Date.now()}@e2e.test`;
  await signUpThroughApi(page, baseURL, { email, name: "Versorgung E2E" });
  await createOrganisationThroughApi(page, baseURL, { kind: "TOWN", ags: AGS });
}

async function addPractice(page: Page, practice: Practice): Promise<void> {
  await page.getByRole("button", { name: "Einrichtung hinzufügen" }).click();
  const form = page.getByTestId("provider-form");
  await expect(form.getByRole("heading", { name: "Neue Einrichtung" })).toBeFocused();
  await form.getByLabel("Art der Einrichtung").selectOption({ label: "Hausarztpraxis" });
  await form.getByLabel("Name", { exact: true }).fill(practice.name);
  await form.getByLabel("Straße und Hausnummer").fill(practice.street);
  await form.getByLabel("Postleitzahl").fill("32694");
  await form.getByLabel("Nachfolge").selectOption({ label: practice.successor });
  for (const [i, doctor] of practice.doctors.entries()) {
    await form.getByRole("button", { name: "Ärztin oder Arzt hinzufügen" }).click();
    const row = form.getByRole("group", { name: `Ärztin oder Arzt ${i + 1}` });
    await expect(row.getByLabel("Name oder Kürzel (optional)")).toBeFocused();
    if (doctor.name) await row.getByLabel("Name oder Kürzel (optional)").fill(doctor.name);
    await row.getByLabel("Geburtsjahr", { exact: true }).fill(doctor.birthYear);
    if (doctor.employment === "angestellt") {
      await row.getByLabel("Tätigkeit").selectOption({ label: "angestellt" });
      await row.getByLabel("Wochenstunden").fill(doctor.weeklyHours ?? "");
    } else if (doctor.licence) {
      await row.getByLabel("Versorgungsauftrag").selectOption({ label: doctor.licence });
    }
    if (doctor.plannedExitYear) await row.getByLabel("Geplantes Abgabejahr (optional)").fill(doctor.plannedExitYear);
  }
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText(`„${practice.name}“ wurde gespeichert.`);
}

/** The figures a council would read: key figures and the forecast table. */
async function figures(page: Page): Promise<string[]> {
  // textContent: the explanations behind "Wie wird das berechnet?" count too, open or closed.
  return Promise.all(["key-figures", "forecast-table", "at-risk-list"].map(async (id) => (await page.getByTestId(id).textContent()) ?? ""));
}

test("signed out: a German prompt to sign in that says what the tool does", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hausärztliche Versorgung in Dörentrup");
  await expect(page.getByRole("heading", { name: "Bitte melden Sie sich an" })).toBeVisible();
  await expect(page.getByText("Versorgungsgrad nach der Bedarfsplanungs-Richtlinie", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Bitte melden Sie sich an" }).getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", `/anmelden?next=${encodeURIComponent(PAGE)}`);
  await expectNoSeriousA11yViolations(page);
});

test("supply check for Dörentrup: three practices, chart and at-risk list, CSV export, delete, re-import gives the same figures", async ({ page, baseURL }, testInfo) => {
  await signUpWithTownOrganisation(page, baseURL!);

  // From the municipality page to the tool.
  await page.goto(`/gemeinde/${AGS}`);
  await page.getByRole("link", { name: "Versorgungscheck" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hausärztliche Versorgung in Dörentrup");
  await expect(page.getByText("Noch keine Einrichtung erfasst.")).toBeVisible();
  // No data yet reads as "noch keine Angaben", never as a crisis or an under-supply warning.
  await expect(page.getByTestId("supply-empty")).toContainText("Noch keine Angaben");
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("Keine Angabe");
  await expect(page.getByTestId("key-figures")).not.toContainText("Kritisch");
  await expect(page.getByTestId("training-lag-warning")).toHaveCount(0);

  // A form error is shown per field, in German, and nothing is saved.
  await page.getByRole("button", { name: "Einrichtung hinzufügen" }).click();
  const form = page.getByTestId("provider-form");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByRole("alert")).toContainText("Bitte einen Namen angeben.");
  await expect(form.getByLabel("Postleitzahl")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "Abbrechen" }).click();

  await addPractice(page, {
    name: "Hausarztpraxis am Markt",
    street: "Marktstraße 1",
    successor: "keine Nachfolge",
    doctors: [
      { name: "Dr. Müller", birthYear: "1958", licence: "voller Versorgungsauftrag", plannedExitYear: "2027" },
      { name: "Ärztin Öztürk", birthYear: "1986", employment: "angestellt", weeklyHours: "25" },
    ],
  });
  // Saving renders the server's sections again: the figures now come from the practice; the focus is back on the button.
  await expect(page.getByTestId("supply-empty")).toHaveCount(0);
  await expect(page.getByTestId("figure-versorgungsgrad")).not.toContainText("Keine Angabe");
  await expect(page.getByTestId("at-risk-list")).toContainText("Hausarztpraxis am Markt");
  await expect(page.getByTestId("provider-item")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Einrichtung hinzufügen" })).toBeFocused();
  await addPractice(page, {
    name: "Praxis Hillentrup",
    street: "Hauptstraße 4",
    successor: "Nachfolge gesucht",
    doctors: [{ name: "Dr. Schäfer", birthYear: "1960", licence: "halber Versorgungsauftrag" }],
  });
  await addPractice(page, {
    name: "Landarztpraxis Schwelentrup",
    street: "Schwelentruper Straße 9",
    successor: "Nachfolge gefunden",
    doctors: [{ name: "Dr. Jung", birthYear: "1980", licence: "voller Versorgungsauftrag" }],
  });
  await expect(page.getByTestId("provider-item")).toHaveCount(3);

  // The chart, its table and the at-risk list.
  await page.getByTestId("capacity-chart").scrollIntoViewIfNeeded(); // the chart loads when it comes on screen
  await expect(page.getByTestId("capacity-chart").locator(".recharts-line")).toHaveCount(3);
  await expect(page.getByTestId("forecast-table").getByRole("row")).toHaveCount(12);
  const atRisk = page.getByTestId("at-risk-list");
  await expect(atRisk).toContainText("Hausarztpraxis am Markt");
  await expect(atRisk).toContainText("Dr. Müller: hört 2027 auf (geplant)");
  await expect(atRisk).not.toContainText("Landarztpraxis Schwelentrup");
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("Status:");
  await page.getByTestId("figure-versorgungsgrad").getByText("Wie wird das berechnet?").click();
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("So wird das berechnet");
  await expect(page.getByTestId("age-pyramid")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const before = await figures(page);

  // The assumptions are part of the address: the server computes the figures with them.
  await page.goto(`${PAGE}?kvFigure=120`);
  await expect(page.getByLabel(KV_LABEL)).toHaveValue("120");
  await expect(page.getByTestId("supply-status")).toHaveText(RECALCULATED);
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("120");
  expect(await figures(page)).not.toEqual(before);
  // An invalid KV figure, submitted with the form: the API's German message at the field, the figures at the defaults.
  await page.getByLabel(KV_LABEL).fill("viel");
  await page.getByRole("button", { name: "Neu berechnen" }).click();
  await expect(page).toHaveURL(/[?&]kvFigure=viel(&|$)/);
  const kv = page.getByLabel(KV_LABEL);
  await expect(kv).toHaveAttribute("aria-invalid", "true");
  await expect(kv).toHaveAttribute("aria-describedby", "supply-kvFigure-hint supply-kvFigure-error");
  await expect(page.locator("#supply-kvFigure-error")).toHaveText("kvFigure muss eine Zahl sein (Versorgungsgrad in Prozent).");
  await expect(kv).toHaveValue("viel");
  await expect(page.getByTestId("supply-status")).toHaveText("");
  expect(await figures(page)).toEqual(before);
  await expectNoSeriousA11yViolations(page);
  // A valid one through the form (a German decimal): the error goes, the figures follow, the status says so.
  await kv.fill("82,5");
  await page.getByRole("button", { name: "Neu berechnen" }).click();
  await expect(page).toHaveURL(/[?&]kvFigure=82%2C5(&|$)/);
  await expect(kv).not.toHaveAttribute("aria-invalid");
  await expect(page.locator("#supply-kvFigure-error")).toHaveCount(0);
  await expect(page.getByTestId("supply-status")).toHaveText(RECALCULATED);
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("82,5");
  // A retirement age of its own: the hint still names the rule parameter that an empty field means.
  const hint = page.locator("#supply-retirementAge-hint");
  const ruleHint = await hint.textContent();
  expect(ruleHint).toMatch(/Leer: \d+ Jahre \(Regelparameter\)/);
  await page.goto(`${PAGE}?retirementAge=80`);
  await expect(page.getByLabel("Ruhestandsalter (optional)")).toHaveValue("80");
  await expect(page.getByTestId("supply-status")).toHaveText(RECALCULATED);
  await expect(hint).toHaveText(ruleHint!);

  // The figures flow into the self-check as prefilled answers (supply and urgency), marked, with a link back here.
  const supplyApi = await page.request.get(`/api/v1/municipalities/${AGS}/supply`);
  expect(supplyApi.status()).toBe(200);
  const prefill = (await supplyApi.json()).data.assessmentPrefill as {
    supply: { practices: number; gpCount: number; gpsAged60Plus: number; plannedExitsWithin5Years: number; versorgungsgrad?: number };
    urgency: { practicesClosingWithoutSuccessor: "none" | "one" | "several" };
  };
  expect(prefill.supply).toMatchObject({ practices: 3, gpsAged60Plus: 2 });
  await page.goto(`/gemeinde/${AGS}/selbstcheck`);
  await page.getByRole("button", { name: "Schritt 2: Aktuelle Versorgung" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Aktuelle Versorgung" })).toBeVisible();
  const prefillNote = page.getByTestId("prefill-note");
  await expect(prefillNote).toContainText("aus dem Versorgungscheck übernommen");
  await expect(prefillNote.getByRole("link", { name: "Versorgungscheck für Dörentrup ansehen" })).toHaveAttribute("href", new RegExp(`^${PAGE}(\\?org=[^&]+)?$`));
  await expect(page.getByLabel("Hausarztpraxen im Ort")).toHaveValue("3");
  await expect(page.getByLabel("Hausärztinnen und Hausärzte (nach Anrechnungsfaktor)")).toHaveValue(String(prefill.supply.gpCount).replace(".", ","));
  await expect(page.getByLabel("Davon 60 Jahre oder älter")).toHaveValue("2");
  await expect(page.getByLabel("Geplante Praxisabgaben in den nächsten 5 Jahren")).toHaveValue(String(prefill.supply.plannedExitsWithin5Years).replace(".", ","));
  await expect(page.getByLabel("Versorgungsgrad des Mittelbereichs (falls bekannt)")).toHaveValue(
    prefill.supply.versorgungsgrad === undefined ? "" : String(prefill.supply.versorgungsgrad).replace(".", ","),
  );
  await expect(page.getByTestId("prefilled")).toHaveCount(prefill.supply.versorgungsgrad === undefined ? 4 : 5);
  await expectNoSeriousA11yViolations(page);
  // The user's own answer wins and is kept: change one figure, reload, it stays (the prefill fills only empty fields).
  await page.getByLabel("Hausarztpraxen im Ort").fill("4");
  await expect(page.getByTestId("save-state")).toHaveText("Gespeichert.");
  await page.getByRole("button", { name: "Weiter" }).click();
  const closingLabel = { none: "Keine", one: "Eine Praxis", several: "Mehrere Praxen" }[prefill.urgency.practicesClosingWithoutSuccessor];
  await expect(page.getByRole("group", { name: "Praxen, die ohne Nachfolge schließen werden" }).getByLabel(closingLabel, { exact: true })).toBeChecked();
  await page.reload();
  await page.getByRole("button", { name: "Schritt 2: Aktuelle Versorgung" }).click();
  await expect(page.getByLabel("Hausarztpraxen im Ort")).toHaveValue("4");
  await expect(page.getByLabel("Davon 60 Jahre oder älter")).toHaveValue("2");
  await page.goto(PAGE);

  // Export the inventory as CSV.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-export").click()]);
  const csvPath = testInfo.outputPath("versorgung.csv");
  await download.saveAs(csvPath);
  const csv = await readFile(csvPath, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toContain("Ärztin Öztürk");
  expect(csv.split("\r\n")[0]).toContain("Nr.;Art;Name;Straße;PLZ;Ort;Nachfolge");

  // Delete a practice, after confirming in a dialog.
  await page.getByRole("button", { name: "Praxis Hillentrup löschen" }).click();
  const dialog = page.getByRole("dialog", { name: "Einrichtung löschen?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText("„Praxis Hillentrup“ wurde gelöscht.");
  await expect(page.getByTestId("provider-item")).toHaveCount(2);
  expect(await figures(page)).not.toEqual(before);

  // Re-import the exported file: preview first, then all rows.
  await page.getByLabel("Datei für den Import (CSV oder Excel)").setInputFiles(csvPath);
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  const preview = page.getByTestId("csv-preview");
  await expect(preview).toContainText("1 neu, 0 geändert, 2 unverändert, 0 entfernt");
  await expectNoSeriousA11yViolations(page);
  await preview.getByRole("button", { name: "Alle Zeilen übernehmen" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText("Import übernommen: 3 Einrichtungen.");
  await expect(page.getByTestId("provider-item")).toHaveCount(3);
  expect(await figures(page)).toEqual(before);

  // A broken file is refused with its lines, and nothing changes.
  const broken = `${csv.split("\r\n")[0]}\r\n1;Zahnarzt;Praxis;Weg 1;32694;Dörentrup;keine;;;;;;;\r\n2;Hausarztpraxis;Praxis B;Weg 2;326;Dörentrup;keine;;;;;;;\r\n`;
  await page.getByLabel("Datei für den Import (CSV oder Excel)").setInputFiles({ name: "kaputt.csv", mimeType: "text/csv", buffer: Buffer.from(broken, "utf8") });
  await page.getByRole("button", { name: "Vorschau anzeigen" }).click();
  const errors = page.getByTestId("csv-errors");
  await expect(errors).toContainText("Zeile 2, Art:");
  await expect(errors).toContainText("Zeile 3, PLZ:");
  await page.reload();
  await expect(page.getByTestId("provider-item")).toHaveCount(3);
  expect(await figures(page)).toEqual(before);
});

test("the assumptions form works without JavaScript: a plain GET request, figures and field errors from the server", async ({ page, browser, baseURL }) => {
  await signUpWithTownOrganisation(page, baseURL!);
  const noScript = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(PAGE);
  await expect(plain.getByTestId("figure-versorgungsgrad")).toContainText("Keine Angabe");
  await plain.getByLabel(KV_LABEL).fill("71,5");
  await plain.getByRole("button", { name: "Neu berechnen" }).click();
  await expect(plain).toHaveURL(/[?&]kvFigure=71%2C5(&|$)/);
  await expect(plain.getByTestId("figure-versorgungsgrad")).toContainText("71,5");
  await expect(plain.getByTestId("supply-status")).toHaveText(RECALCULATED);
  await plain.getByLabel("Ruhestandsalter (optional)").fill("50");
  await plain.getByRole("button", { name: "Neu berechnen" }).click();
  await expect(plain.getByLabel("Ruhestandsalter (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(plain.locator("#supply-retirementAge-error")).toHaveText("retirementAge muss mindestens 55 sein.");
  // Invalid input: the figures stay at the defaults (no KV figure either), nothing is said to be recalculated.
  await expect(plain.getByTestId("figure-versorgungsgrad")).toContainText("Keine Angabe");
  await expect(plain.getByTestId("supply-status")).toHaveText("");
  await noScript.close();
});

test("edit and delete use the versions the server renders: after an edit the same page deletes, a stale page gets the conflict", async ({ page, context, baseURL }) => {
  await signUpWithTownOrganisation(page, baseURL!);
  await page.goto(PAGE);
  await addPractice(page, { name: "Praxis am Bach", street: "Bachweg 2", successor: "keine Nachfolge", doctors: [{ birthYear: "1970", licence: "voller Versorgungsauftrag" }] });
  // A second tab of the same user still shows the practice's first version.
  const stale = await context.newPage();
  await stale.goto(PAGE);
  await expect(stale.getByTestId("provider-item")).toHaveCount(1);

  await page.getByRole("button", { name: "Praxis am Bach bearbeiten" }).click();
  const form = page.getByTestId("provider-form");
  await expect(form.getByRole("heading", { name: "Einrichtung bearbeiten: Praxis am Bach" })).toBeFocused();
  await form.getByLabel("Name", { exact: true }).fill("Praxis am Mühlbach");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText("„Praxis am Mühlbach“ wurde gespeichert.");
  await expect(page.getByTestId("provider-item")).toContainText("Praxis am Mühlbach");
  await expect(page.getByRole("button", { name: "Einrichtung hinzufügen" })).toBeFocused();

  // The stale tab deletes with the old version: the conflict message, nothing is deleted.
  await stale.getByRole("button", { name: "Praxis am Bach löschen" }).click();
  await stale.getByRole("dialog", { name: "Einrichtung löschen?" }).getByRole("button", { name: "Ja, löschen" }).click();
  await expect(stale.getByText("Die Einrichtung wurde inzwischen von jemand anderem geändert.", { exact: false })).toBeVisible();
  await expect(stale.getByRole("button", { name: "Einrichtung hinzufügen" })).toBeFocused();
  await stale.close();

  // The first tab got the new version with the server's render after saving: its delete goes through.
  await page.getByRole("button", { name: "Praxis am Mühlbach löschen" }).click();
  await page.getByRole("dialog", { name: "Einrichtung löschen?" }).getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.getByTestId("supply-status")).toHaveText("„Praxis am Mühlbach“ wurde gelöscht.");
  await expect(page.getByTestId("provider-item")).toHaveCount(0);
  await expect(page.getByText("Noch keine Einrichtung erfasst.")).toBeVisible();
  await expect(page.getByTestId("figure-versorgungsgrad")).toContainText("Keine Angabe");
  await expect(page.getByRole("button", { name: "Einrichtung hinzufügen" })).toBeFocused();
});
