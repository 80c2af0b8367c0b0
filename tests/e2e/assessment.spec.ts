import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAsDemo } from "./support/accounts";

const AGS = "05766024";
const WIZARD = `/gemeinde/${AGS}/selbstcheck`;

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });

async function choose(page: Page, legend: string, option: string) {
  await group(page, legend).getByLabel(option, { exact: true }).check();
}

async function expectStep(page: Page, n: number, title: string) {
  await expect(page.getByText(`Schritt ${n} von 9: ${title}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

async function next(page: Page) {
  await page.getByRole("button", { name: "Weiter" }).click();
}

test("self-check for Dörentrup: fill partly, leave, resume, finish, see ranking with reasons and citations", async ({ page }) => {
  // From the municipality page to the wizard.
  await page.goto(`/gemeinde/${AGS}`);
  await page.getByRole("link", { name: "Selbstcheck starten" }).click();
  await expect(page).toHaveURL(new RegExp(`${WIZARD}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selbstcheck für Dörentrup");
  await expect(page.getByTestId("storage-note")).toContainText("Ihre Antworten bleiben in diesem Browser");

  // Step 1: town facts from the register, read-only; the user adds the local situation.
  await expectStep(page, 1, "Ihre Kommune");
  await expect(page.locator("progress")).toHaveAttribute("value", "1");
  const facts = page.getByTestId("town-facts");
  await expect(facts).toContainText("7.660");
  await expect(facts).toContainText("Lippe");
  await expect(facts).toContainText("Nordrhein-Westfalen");
  await expect(page.getByLabel("Einwohnerzahl")).toHaveCount(0);
  // Help text with its source behind a disclosure.
  const transport = group(page, "Qualität des öffentlichen Nahverkehrs");
  await expect(transport).toContainText("Räumliche Bündelung");
  await transport.getByText("Quellen (1)").click();
  await expect(transport).toContainText("Kleinstadt Akademie");
  await expect(transport.getByLabel("Weiß nicht / noch offen")).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Anteil der Bevölkerung ab 65 Jahren").fill("24");
  await choose(page, "Qualität des öffentlichen Nahverkehrs", "Schlecht oder kaum vorhanden");
  await next(page);

  // Step 2: a field-level German error from the schema, then corrected.
  await expectStep(page, 2, "Aktuelle Versorgung");
  const practices = page.getByLabel("Hausarztpraxen im Ort");
  await practices.fill("2.5");
  await next(page);
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Hausarztpraxen im Ort: Bitte eine ganze Zahl eingeben");
  await expect(practices).toHaveAttribute("aria-invalid", "true");
  await expectStep(page, 2, "Aktuelle Versorgung");
  await practices.fill("3");
  // A cross-field plausibility check: more doctors aged 60+ than doctors (even at 0.25 per person) is refused.
  await page.getByLabel("Hausärztinnen und Hausärzte (nach Anrechnungsfaktor)").fill("0,5");
  const aged = page.getByLabel("Davon 60 Jahre oder älter");
  await aged.fill("5");
  await next(page);
  await expect(summary).toContainText("mehr Ärztinnen und Ärzte ab 60 angegeben, als es Hausärztinnen und Hausärzte gibt");
  await expect(aged).toHaveAttribute("aria-invalid", "true");
  await expectStep(page, 2, "Aktuelle Versorgung");
  await aged.fill("2");
  // Keyboard: Enter in a field submits the step.
  await practices.press("Enter");

  // Step 3, keyboard only: arrow keys move through a radio group.
  await expectStep(page, 3, "Dringlichkeit");
  const closing = group(page, "Praxen, die ohne Nachfolge schließen werden");
  await closing.getByLabel("Keine", { exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(closing.getByLabel("Eine Praxis", { exact: true })).toBeChecked();

  // Back and forth keeps the answers.
  await page.getByRole("button", { name: "Zurück" }).click();
  await expectStep(page, 2, "Aktuelle Versorgung");
  await expect(practices).toHaveValue("3");
  await next(page);
  await expect(closing.getByLabel("Eine Praxis", { exact: true })).toBeChecked();
  await expect(page.getByTestId("save-state")).toHaveText("In diesem Browser gespeichert.");

  // Leave, come back: the answers and the step are restored.
  await page.goto("/");
  await page.goto(WIZARD);
  await expect(page.getByTestId("resumed")).toContainText("Ihre bisherigen Antworten sind wieder da (6 von 48 Fragen beantwortet)");
  await expectStep(page, 3, "Dringlichkeit");
  await expect(closing.getByLabel("Eine Praxis", { exact: true })).toBeChecked();
  await page.reload();
  await expectStep(page, 3, "Dringlichkeit");
  await page.getByRole("button", { name: "Schritt 1: Ihre Kommune" }).click();
  await expect(page.getByLabel("Anteil der Bevölkerung ab 65 Jahren")).toHaveValue("24");
  await expect(group(page, "Qualität des öffentlichen Nahverkehrs").getByLabel("Schlecht oder kaum vorhanden")).toBeChecked();

  // Finish: a few more answers, the rest stays "weiß nicht".
  await page.getByRole("button", { name: "Schritt 5: Politik und Beteiligung" }).click();
  await expectStep(page, 5, "Politik und Beteiligung");
  await choose(page, "Rückhalt im Rat (Gemeinderat bzw. Kreistag)", "Mehrheit");
  await choose(page, "Engagement der Bürgermeisterin oder des Bürgermeisters", "Stark (treibt das Thema)");
  await next(page);
  await expectStep(page, 6, "Partner");
  await next(page);
  await expectStep(page, 7, "Ärzteschaft vor Ort");
  await choose(page, "Sind die Ärztinnen und Ärzte vor Ort zur Zusammenarbeit bereit?", "Ja");
  await choose(page, "Wollen Ärztinnen und Ärzte selbstständig bleiben?", "Die meisten");
  await next(page);
  await expectStep(page, 8, "Gebäude und Strukturen");
  await choose(page, "Bestehendes Netzwerk oder bestehende Zusammenarbeit der Leistungserbringer", "Ja, informelle Zusammenarbeit");
  await next(page);
  await expectStep(page, 9, "Ziele");
  await choose(page, "Was ist wichtiger: Steuerung oder geringes Risiko?", "Geringes Risiko ist wichtiger");
  await page.getByRole("button", { name: "Auswerten" }).click();

  // The result: ranking with reasons and citations.
  await expect(page).toHaveURL(new RegExp(`${WIZARD}/ergebnis$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Empfehlung für Dörentrup");
  // After "Auswerten" the focus is on the result's heading, not on the page body.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByTestId("top-model")).toHaveText("Gesundheitsnetzwerk");
  const ranking = page.getByTestId("ranking");
  await expect(ranking.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(3);
  await expect(ranking.getByRole("heading", { level: 3 }).first()).toHaveText("Platz 1: Gesundheitsnetzwerk");
  const reasons = page.getByTestId("model-provider-network").getByTestId("contributions");
  await expect(reasons).toContainText("Punkte");
  await expect(reasons).toContainText("Ihre Antwort: Ja");
  await expect(reasons.getByTestId("footnote-ref").first()).toBeVisible();
  await expect(page.getByTestId("footnotes")).toContainText("PORT-Studie: Rolle der Kommunen");
  await page.getByTestId("readiness-radar").scrollIntoViewIfNeeded(); // the chart loads when it comes on screen
  await expect(page.getByTestId("readiness-radar").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("readiness-table").locator("tbody tr")).toHaveCount(9);
  await expect(page.getByTestId("port-fit")).toBeVisible();
  await expect(page.getByTestId("measures").getByRole("link").first()).toHaveAttribute("href", /^\/wissen\/massnahmen\//);
  await expect(page.getByTestId("case-studies").getByRole("link", { name: /Dörentrup/ })).toHaveAttribute("href", "/wissen/fallbeispiele/doerentrup");
  await expect(page.getByTestId("rule-set-version")).toContainText(/Regelwerk-Version \d{4}-\d{2}-\d{2}\.\d+/);
  // Confidence from the decisive questions, in words: what to answer first.
  await expect(page.getByTestId("summary")).toContainText("Beantworten Sie zuerst „");
  await expect(page.getByTestId("answer-first").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByTestId("summary")).toContainText("12 von 48 Fragen beantwortet");
  await expectNoSeriousA11yViolations(page);

  // Printable: navigation and buttons hidden.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Drucken" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Antworten ändern" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByTestId("ranking")).toBeVisible();
  // The other models' reasons are collapsed on screen and expanded in print; the print names the day.
  await expect(page.getByTestId("model-health-centre").getByTestId("contributions")).toBeVisible();
  await expect(page.getByText(/^Versorgungslotse · Gedruckt am \d{1,2}\. \p{L}+ \d{4}$/u)).toBeVisible();
});

test("result page without answers points to the wizard", async ({ page }) => {
  await page.goto(`${WIZARD}/ergebnis`);
  await expect(page.getByText("Für Dörentrup sind in diesem Browser noch keine Antworten gespeichert.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Selbstcheck starten" })).toHaveAttribute("href", WIZARD);
});

test.describe("recommendations API", () => {
  test("invalid input gets a 400 that names the field", async ({ request }) => {
    const response = await request.post("/api/v1/recommendations", {
      data: { town: { name: "Dörentrup" }, politics: { councilSupport: "vielleicht" } },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["politics.councilSupport"]);
    expect(body.error.message).toContain("politics.councilSupport");
  });

  test("broken JSON gets a 400", async ({ request }) => {
    const response = await request.post("/api/v1/recommendations", { data: Buffer.from("{"), headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toBe("Der Inhalt der Anfrage ist kein gültiges JSON.");
  });

  test("valid input gets the ranking; the input schema is published", async ({ request }) => {
    const response = await request.post("/api/v1/recommendations", { data: { town: { name: "Dörentrup", ags: AGS } } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.ranking).toHaveLength(3);
    expect(body.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    const schema = await request.get("/api/v1/schema/assessment-input");
    expect(schema.status()).toBe(200);
    expect(await schema.json()).toMatchObject({ title: "AssessmentInput", type: "object" });
  });
});

test("signed in: answers are saved for the organisation; a second editor gets a conflict with both values", async ({ browser }) => {
  const signIn = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsDemo(page);
    return { context, page };
  };
  const first = await signIn();
  const second = await signIn();

  await first.page.goto(WIZARD);
  await expect(first.page.getByTestId("storage-note")).toContainText("für „Gemeinde Dörentrup (Demo)“ gespeichert");
  await second.page.goto(WIZARD);
  await expectStep(second.page, 1, "Ihre Kommune");
  await choose(first.page, "Qualität des öffentlichen Nahverkehrs", "Mittel");
  await expect(first.page.getByTestId("save-state")).toHaveText("Gespeichert.");

  // The second editor still has version 0 and changes the same answer: conflict, nothing overwritten.
  await choose(second.page, "Qualität des öffentlichen Nahverkehrs", "Gut (regelmäßige Verbindungen)");
  const conflict = second.page.getByTestId("conflict");
  await expect(conflict).toContainText("Jemand anderes hat diesen Selbstcheck inzwischen geändert");
  await expect(conflict.getByRole("row", { name: /Qualität des öffentlichen Nahverkehrs/ })).toContainText("Gut (regelmäßige Verbindungen)");
  await expect(conflict.getByRole("row", { name: /Qualität des öffentlichen Nahverkehrs/ })).toContainText("Mittel");
  await conflict.getByRole("button", { name: "Gespeicherte Angaben übernehmen" }).click();
  await expect(group(second.page, "Qualität des öffentlichen Nahverkehrs").getByLabel("Mittel", { exact: true })).toBeChecked();

  // Stored on the server: a fresh load in the first browser shows it.
  await first.page.reload();
  await expect(group(first.page, "Qualität des öffentlichen Nahverkehrs").getByLabel("Mittel", { exact: true })).toBeChecked();
  await first.context.close();
  await second.context.close();
});

test("the browser's Back and Forward buttons move between the wizard's steps", async ({ page }) => {
  await page.goto(`/gemeinde/${AGS}`);
  await page.getByRole("link", { name: "Selbstcheck starten" }).click();
  await expect(page).toHaveURL(new RegExp(`${WIZARD}$`));
  await expectStep(page, 1, "Ihre Kommune");
  await next(page);
  await expectStep(page, 2, "Aktuelle Versorgung");
  await expect(page).toHaveURL(/#schritt-2$/);
  await next(page);
  await expect(page).toHaveURL(/#schritt-3$/);
  await page.goBack();
  await expectStep(page, 2, "Aktuelle Versorgung");
  await page.goBack();
  await expectStep(page, 1, "Ihre Kommune");
  await expect(page).toHaveURL(new RegExp(`${WIZARD}$`));
  await page.goForward();
  await expectStep(page, 2, "Aktuelle Versorgung");
  // One more Back leaves step 1 for the municipality page the user came from.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/gemeinde/${AGS}$`));
});
