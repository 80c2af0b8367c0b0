/** Euro amounts without cents, in the page's locale. */
export function euroFormatter(locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
}
