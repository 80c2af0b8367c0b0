"use client";

import { useState } from "react";
import { formatAmountInput, formatNumberInput, parseNumber } from "@/lib/domain/format/number";

/**
 * A number input that keeps what the user typed (also while it is empty or wrong) and reports the parsed
 * number: NaN for anything that is not a number, so the money model's schema names the field. German users type
 * "8,5" or "2.600.000": the one parser (lib/domain/format/number) reads both, and says why it refuses anything else.
 * Every field that is not a year is a euro amount: it shows thousands separators ("2.600.000") and reads
 * "400.000" as four hundred thousand.
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  describedBy,
  unit,
  integer = false,
  testId,
}: {
  id: string;
  label: string;
  value: number;
  onChange(n: number): void;
  error?: string | undefined;
  describedBy?: string | undefined;
  unit?: string;
  /** A whole-number field (years): "2.026" reads as 2026, a fraction is refused. */
  integer?: boolean;
  testId?: string;
}) {
  const options = integer ? { integer } : { amount: true };
  const show = (n: number) => (integer ? formatNumberInput(n) : formatAmountInput(n));
  const [text, setText] = useState(show(value));
  const [parseError, setParseError] = useState<string | undefined>(undefined);
  // Take the value from outside when it changes there (reset, loading a saved scenario, PORT switch).
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    const typed = parseNumber(text, options);
    if (!(typed.ok && typed.value === value)) {
      setText(show(value));
      setParseError(undefined);
    }
  }
  const shownError = parseError ?? error;
  const errorId = `${id}-error`;
  const described = [shownError ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className="kern-form-input flex flex-col gap-kern-space-2x-small">
      <label className="kern-label" htmlFor={id}>
        {label}
        {unit ? ` (${unit})` : ""}
      </label>
      <input
        id={id}
        data-testid={testId}
        className={`kern-form-input__input max-w-[16rem] ${shownError ? "kern-form-input__input--error" : ""}`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={described}
        onBlur={() => {
          // Show back what was read, in German format ("400000" → "400.000").
          const parsed = parseNumber(text, options);
          if (parsed.ok) setText(show(parsed.value));
        }}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const parsed = parseNumber(t, options);
          setParseError(parsed.ok || parsed.reason === "empty" ? undefined : parsed.message);
          const n = parsed.ok ? parsed.value : Number.NaN;
          setSeen(n);
          onChange(n);
        }}
      />
      {shownError && (
        <p id={errorId} className="kern-error" role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
