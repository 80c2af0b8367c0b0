"use client";

import { useState } from "react";

/**
 * A number input that keeps what the user typed (also while it is empty or wrong) and reports the parsed
 * number: NaN for anything that is not a number, so the money model's schema names the field.
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  describedBy,
  unit,
  step = 1000,
  testId,
}: {
  id: string;
  label: string;
  value: number;
  onChange(n: number): void;
  error?: string | undefined;
  describedBy?: string | undefined;
  unit?: string;
  step?: number;
  testId?: string;
}) {
  const [text, setText] = useState(Number.isFinite(value) ? String(value) : "");
  // Take the value from outside when it changes there (reset, loading a saved scenario, PORT switch).
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!(text.trim() !== "" && Number(text) === value)) setText(Number.isFinite(value) ? String(value) : "");
  }
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className="kern-form-input flex flex-col gap-kern-space-2x-small">
      <label className="kern-label" htmlFor={id}>
        {label}
        {unit ? ` (${unit})` : ""}
      </label>
      <input
        id={id}
        data-testid={testId}
        className={`kern-form-input__input max-w-[16rem] ${error ? "kern-form-input__input--error" : ""}`}
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          const n = t.trim() === "" ? Number.NaN : Number(t);
          setSeen(n);
          onChange(n);
        }}
      />
      {error && (
        <p id={errorId} className="kern-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
