import { expect, test } from "@playwright/test";

/**
 * German users type decimal commas: "8,5" and "8.5" are both 8.5, in a German and in an English browser, and the
 * field shows the value back in German format. An ambiguous "1.500" in a decimal field is refused with a reason.
 */
const AGS = "05766024";
const KM = "Entfernung zur nächsten Hausarztpraxis außerhalb des Ortes";

for (const { locale, cookie, next } of [
  { locale: "de-DE", cookie: "de", next: "Weiter" },
  { locale: "en-GB", cookie: "en", next: "Next" },
]) {
  test.describe(`browser locale ${locale}`, () => {
    test.use({ locale });

    test(`"8,5" and "8.5" in a kilometre field are 8.5, shown back as 8,5`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: cookie, url: baseURL! }]);
      for (const typed of ["8,5", "8.5"]) {
        await page.goto(`/gemeinde/${AGS}/selbstcheck`);
        await page.evaluate(() => window.localStorage.clear());
        await page.reload();
        const field = page.getByLabel(KM);
        await field.fill(typed);
        await page.getByRole("button", { name: next, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(/Kommune|municipality/i);
        const stored = await page.evaluate(
          (key) => JSON.parse(window.localStorage.getItem(key) ?? "{}") as { answers?: Record<string, Record<string, unknown>> },
          `versorgungslotse:selbstcheck:${AGS}`,
        );
        const km = Object.values(stored.answers ?? {}).map((group) => group.distanceToNextGpKm).find((v) => v !== undefined);
        expect(km).toBe(8.5);
        // Coming back to the wizard shows the stored value in German format.
        await page.goto(`/gemeinde/${AGS}/selbstcheck`);
        await page.getByRole("button", { name: /^(Schritt|Step) 1:/ }).click();
        await expect(page.getByLabel(KM)).toHaveValue("8,5");
      }
    });

    test(`an ambiguous "1.500" is refused with a message that names both readings`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: cookie, url: baseURL! }]);
      await page.goto(`/gemeinde/${AGS}/selbstcheck`);
      const field = page.getByLabel(KM);
      await field.fill("1.500");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText(/mehrdeutig: 1\.500 oder 1,5/)).toBeVisible();
    });
  });
}
