/**
 * Numbers as German users type and read them — the one parser and the one formatter for every number field and
 * every number shown.
 *
 * Parsing: "8,5" and "8.5" both read as 8.5; thousands separators are accepted when they are unambiguous
 * ("2.600.000", "2 600 000", "1.234,5", "1,234.5"). A single separator followed by exactly three digits ("1.500",
 * "1,500") means 1500 in German and 1.5 in English: for a whole-number field it is read as 1500 (a decimal makes no
 * sense there), for a decimal field it is refused with a message that names both readings.
 */
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: "empty" | "invalid" | "ambiguous"; message: string };

export interface ParseNumberOptions {
  /** A whole-number field: "1.500" is 1500, and a fraction is refused. */
  integer?: boolean;
  /** A euro amount: "1.500" is 1500 (nobody means 1,5 € with three decimals), "1.500,50" stays 1500.5. */
  amount?: boolean;
}

const GROUPED = /^\d{1,3}(\d{3})*$/;

/**
 * The formatters are made on first use, not when the module loads: the first `Intl.NumberFormat` of a page loads the
 * locale's data, and a page that loads this module while it hydrates should not pay for it in that task (issue 19).
 */
const lazyFormat = (options: Intl.NumberFormatOptions) => {
  let format: Intl.NumberFormat | undefined;
  return () => (format ??= new Intl.NumberFormat("de-DE", options));
};
const NUMBER_FORMAT = lazyFormat({ maximumFractionDigits: 2 });

function invalid(text: string): ParsedNumber {
  return { ok: false, reason: "invalid", message: `„${text}“ ist keine Zahl. Beispiele: 8,5 oder 1.250.` };
}

/** Splits "1.234.567" on `separator` and checks that it is a valid grouping (1–3 digits, then groups of 3). */
function ungroup(digits: string, separator: string): string | null {
  const parts = digits.split(separator);
  if (parts.length < 2) return parts[0] ?? null;
  const [first = "", ...rest] = parts;
  if (!/^\d{1,3}$/.test(first) || rest.some((part) => !/^\d{3}$/.test(part))) return null;
  return parts.join("");
}

export function parseNumber(input: string, options: ParseNumberOptions = {}): ParsedNumber {
  const text = input.trim();
  if (text === "") return { ok: false, reason: "empty", message: "Bitte geben Sie eine Zahl ein." };
  // Spaces (also narrow/no-break) are only ever thousands separators.
  let body = text.replace(/[\s\u00a0\u202f]/g, "");
  let sign = 1;
  if (/^[-\u2212]/.test(body)) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) body = body.slice(1);
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return invalid(text);
  if (/[.,]{2}|[.,]$/.test(body)) return invalid(text);
  if (/^[.,]/.test(body)) body = `0${body}`; // ",5" → 0,5
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let normalised: string | null;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal separator, the other groups thousands.
    const [decimalSep, groupSep] = lastComma > lastDot ? [",", "."] : [".", ","];
    const at = body.lastIndexOf(decimalSep);
    const whole = ungroup(body.slice(0, at), groupSep);
    const fraction = body.slice(at + 1);
    normalised = whole !== null && /^\d+$/.test(fraction) && !body.slice(0, at).includes(decimalSep) ? `${whole}.${fraction}` : null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const parts = body.split(separator);
    if (parts.length > 2) {
      normalised = ungroup(body, separator);
    } else {
      const [whole = "", fraction = ""] = parts;
      const looksGrouped = fraction.length === 3 && GROUPED.test(`${whole}${fraction}`) && whole.length <= 3 && whole !== "0";
      if (looksGrouped && (options.integer || options.amount)) normalised = `${whole}${fraction}`;
      else if (looksGrouped) {
        const asThousands = Number(`${whole}${fraction}`);
        const asDecimal = Number(`${whole}.${fraction}`);
        return {
          ok: false,
          reason: "ambiguous",
          message: `„${text}“ ist mehrdeutig: ${formatNumber(asThousands)} oder ${formatNumber(asDecimal, { maximumFractionDigits: 3 })}? Bitte ohne Tausendertrennzeichen eingeben (z. B. ${asThousands} oder ${whole},${fraction}).`,
        };
      } else normalised = `${whole}.${fraction}`;
    }
  } else normalised = body;
  if (normalised === null || !/^\d+(\.\d+)?$/.test(normalised)) return invalid(text);
  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) return invalid(text);
  if (options.integer && !Number.isInteger(value)) {
    return { ok: false, reason: "invalid", message: `Bitte eine ganze Zahl eingeben (statt ${formatNumber(value)}).` };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

export interface FormatNumberOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
  /** "always": "+1", "−1,5", "0" (for changes such as points). */
  signDisplay?: "always" | "exceptZero";
  /** "compact": "2,6 Mio." (chart axes). */
  notation?: "compact";
}

/** A number in German format ("8,5", "2.600.000"); the one formatter for numbers shown in the app. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  return formatterFor(options).format(value);
}

/**
 * One Intl.NumberFormat per distinct option set, made once: constructing a formatter costs far more than formatting
 * (the nationwide screening formats a score for each of 10,981 towns).
 */
const FORMATTERS = new Map<string, Intl.NumberFormat>();
function formatterFor(options: FormatNumberOptions): Intl.NumberFormat {
  const { maximumFractionDigits, minimumFractionDigits, signDisplay, notation } = options;
  if (maximumFractionDigits === undefined && minimumFractionDigits === undefined && signDisplay === undefined && notation === undefined) return NUMBER_FORMAT();
  const key = `${maximumFractionDigits}|${minimumFractionDigits}|${signDisplay}|${notation}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2, ...options });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

const EURO_FORMAT = lazyFormat({ style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** A euro amount without cents in German format ("2.600.000 €"), on German and English pages alike. */
export function formatEuro(value: number): string {
  return EURO_FORMAT().format(value);
}

const INPUT_FORMAT = lazyFormat({ useGrouping: false, maximumFractionDigits: 10 });

/** What a number field shows for a stored value: German format without thousands separators ("2600000", "8,5"). */
export function formatNumberInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return INPUT_FORMAT().format(value);
}

/** What an amount field shows: German format with thousands separators ("2.600.000"); reads back with `amount`. */
export function formatAmountInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return NUMBER_FORMAT().format(value);
}
