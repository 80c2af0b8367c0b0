"use client";

import { useId } from "react";

/** A labelled KERN text input with hint and a field-level error linked by aria-describedby. */
export function TextField({
  label,
  name,
  type = "text",
  autoComplete,
  hint,
  error,
  defaultValue,
  required,
  disabled,
  inputRef,
}: {
  label: string;
  name: string;
  type?: "text" | "email" | "password" | "search";
  autoComplete?: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  required?: boolean;
  disabled?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="kern-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
      />
    </div>
  );
}

/** Form-level message (error or status) announced to screen readers. */
export function FormMessage({ kind, children }: { kind: "danger" | "success" | "info"; children: React.ReactNode }) {
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={kind === "danger" ? "alert" : "status"}>
      <div className="kern-alert__body">
        <p className="kern-body">{children}</p>
      </div>
    </div>
  );
}

export function SubmitButton({ label, busyLabel, busy, disabled }: { label: string; busyLabel: string; busy: boolean; disabled?: boolean }) {
  return (
    <button type="submit" className="kern-btn kern-btn--primary" disabled={busy || disabled} aria-disabled={busy || disabled}>
      <span className="kern-label">{busy ? busyLabel : label}</span>
    </button>
  );
}
