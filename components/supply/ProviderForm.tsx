"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import {
  EMPLOYMENT_KIND_LABELS_DE,
  LICENCE_SCOPE_LABELS_DE,
  PROVIDER_KIND_LABELS_DE,
  PROVIDER_KINDS,
  SUCCESSOR_STATUS_LABELS_DE,
  SUCCESSOR_STATUSES,
  type EmploymentKind,
  type LicenceScope,
  type ProviderKind,
  type SuccessorStatus,
} from "@/lib/domain/schemas/provider-vocabulary";
import type { Provider } from "@/lib/domain/schemas/provider";
import { callApi } from "@/lib/client/api";
import { loadProviderContract, type ClientProvider } from "./api";
import { formatNumberInput, parseNumber } from "@/lib/domain/format/number";
import { withOrg } from "./org-query";

interface DoctorDraft {
  key: number;
  name: string;
  birthYear: string;
  age: string;
  employment: EmploymentKind;
  licence: LicenceScope | "";
  weeklyHours: string;
  plannedExitYear: string;
}

interface Draft {
  kind: ProviderKind;
  name: string;
  street: string;
  postcode: string;
  city: string;
  successorStatus: SuccessorStatus;
  doctors: DoctorDraft[];
}

let nextKey = 1;
const str = (n: number | undefined): string => formatNumberInput(n);
/** Empty → undefined; "38,5" and "38.5" → 38.5; anything else → NaN, which the shared schema reports for the field. */
const num = (s: string, integer = false): number | undefined => {
  const parsed = parseNumber(s, { integer });
  return parsed.ok ? parsed.value : parsed.reason === "empty" ? undefined : Number.NaN;
};

function draftOf(p: ClientProvider | null, defaultCity: string): Draft {
  if (!p) return { kind: "gp-practice", name: "", street: "", postcode: "", city: defaultCity, successorStatus: "none", doctors: [] };
  return {
    kind: p.kind,
    name: p.name,
    street: p.street,
    postcode: p.postcode,
    city: p.city,
    successorStatus: p.successorStatus,
    doctors: p.doctors.map((d) => ({
      key: nextKey++,
      name: d.name ?? "",
      birthYear: str(d.birthYear),
      age: str(d.age),
      employment: d.employment,
      licence: d.licence ?? "",
      weeklyHours: str(d.weeklyHours),
      plannedExitYear: str(d.plannedExitYear),
    })),
  };
}

function inputOf(d: Draft): unknown {
  return {
    kind: d.kind,
    name: d.name,
    street: d.street,
    postcode: d.postcode,
    city: d.city,
    successorStatus: d.successorStatus,
    doctors: d.doctors.map((x) => ({
      ...(x.name.trim() !== "" ? { name: x.name } : {}),
      birthYear: num(x.birthYear, true),
      age: num(x.age, true),
      employment: x.employment,
      licence: x.employment === "licensed" && x.licence !== "" ? x.licence : undefined,
      weeklyHours: x.employment === "employed" ? num(x.weeklyHours) : undefined,
      plannedExitYear: num(x.plannedExitYear, true),
    })),
  };
}

const fieldId = (path: string): string => `pf-${path.replace(/\./g, "-")}`;

/** The shared provider schema, loaded when the form opens (not with the page: zod stays off the first load, issue 19). */
const loadProviderSchema = () => import("@/lib/domain/schemas/provider").then((m) => m.ProviderSchema);

/**
 * Create or edit one provider with its doctors as repeatable rows. Validated with the shared ProviderSchema in the
 * browser (field-level German messages, an error summary linking to the fields) and again by the API.
 */
export function ProviderForm({ ags, provider, defaultCity, onSaved, onCancel }: {
  ags: string;
  provider: ClientProvider | null;
  defaultCity: string;
  onSaved: (saved: ClientProvider) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("supply");
  const [draft, setDraft] = useState<Draft>(() => draftOf(provider, defaultCity));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addDoctorRef = useRef<HTMLButtonElement>(null);
  const focusAfterAdd = useRef<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
    void loadProviderSchema(); // warm: the schema is there when the user saves
  }, []);
  useEffect(() => {
    if (focusAfterAdd.current) {
      document.getElementById(focusAfterAdd.current)?.focus();
      focusAfterAdd.current = null;
    }
  }, [draft.doctors.length]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setDoctor = (index: number, patch: Partial<DoctorDraft>) =>
    setDraft((d) => ({ ...d, doctors: d.doctors.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));

  function showErrors(list: Array<{ path: string; message: string }>) {
    const map: Record<string, string> = {};
    for (const e of list) map[e.path] ??= e.message;
    setErrors(map);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = (await loadProviderSchema()).safeParse(inputOf(draft));
    if (!parsed.success) {
      showErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })));
      return;
    }
    setErrors({});
    setBusy(true);
    const body: Provider & { version?: number } = provider ? { ...parsed.data, version: provider.version } : parsed.data;
    const response = provider
      ? await callApi(withOrg(`/api/v1/municipalities/${ags}/providers/${provider.id}`), loadProviderContract, { method: "PATCH", body })
      : await callApi(withOrg(`/api/v1/municipalities/${ags}/providers`), loadProviderContract, { method: "POST", body });
    setBusy(false);
    if (response.ok) {
      onSaved(response.data.data);
      return;
    }
    if (response.status === 409) setFormError(t("conflict"));
    else if (response.issues.length > 0) showErrors(response.issues);
    else setFormError(t("genericError", { message: response.message }));
  }

  const err = (path: string) => errors[path];
  const describedBy = (path: string, hint?: string) => [hint, err(path) ? `${fieldId(path)}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const errorText = (path: string) =>
    err(path) ? (
      <p id={`${fieldId(path)}-error`} className="kern-error">
        {err(path)}
      </p>
    ) : null;

  const textField = (path: "name" | "street" | "postcode" | "city", label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={fieldId(path)}>
        {label}
      </label>
      {errorText(path)}
      <input
        id={fieldId(path)}
        className={`kern-form-input__input${err(path) ? " kern-form-input__input--error" : ""}`}
        value={draft[path]}
        onChange={(e) => set(path, e.target.value)}
        aria-invalid={err(path) ? true : undefined}
        aria-describedby={describedBy(path)}
        {...extra}
      />
    </div>
  );

  const doctorNumber = (index: number, field: keyof Omit<DoctorDraft, "key" | "employment" | "licence">, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const path = `doctors.${index}.${field}`;
    const doctor = draft.doctors[index]!;
    return (
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={fieldId(path)}>
          {label}
        </label>
        {errorText(path)}
        <input
          id={fieldId(path)}
          className={`kern-form-input__input${err(path) ? " kern-form-input__input--error" : ""}`}
          value={doctor[field]}
          onChange={(e) => setDoctor(index, { [field]: e.target.value })}
          aria-invalid={err(path) ? true : undefined}
          aria-describedby={describedBy(path)}
          {...extra}
        />
      </div>
    );
  };

  const errorList = Object.entries(errors);

  return (
    <form onSubmit={submit} noValidate className="kern-card" aria-labelledby="provider-form-title" data-testid="provider-form">
      <div className="p-kern-space-large flex flex-col gap-kern-space-default w-full">
        <h3 id="provider-form-title" ref={headingRef} tabIndex={-1} className="kern-heading-small">
          {provider ? t("formTitleEdit", { name: provider.name }) : t("formTitleNew")}
        </h3>

        {errorList.length > 0 && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="kern-alert kern-alert--danger">
            <div className="kern-alert__header">
              <span className="kern-title">{t("errorSummary")}</span>
            </div>
            <div className="kern-alert__body">
              <ul className="list-disc pl-kern-space-large">
                {errorList.map(([path, message]) => (
                  <li key={path}>
                    <a className="kern-link" href={`#${fieldId(path)}`}>
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {formError && (
          <p role="alert" className="kern-alert kern-alert--danger p-kern-space-small">
            {formError}
          </p>
        )}

        <div className="grid gap-kern-space-default md:grid-cols-2">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={fieldId("kind")}>
              {t("kind")}
            </label>
            {errorText("kind")}
            <div className="kern-form-input__select-wrapper">
              <select id={fieldId("kind")} className="kern-form-input__select" value={draft.kind} onChange={(e) => set("kind", e.target.value as ProviderKind)}>
                {PROVIDER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {PROVIDER_KIND_LABELS_DE[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {textField("name", t("name"))}
          {textField("street", t("street"), { autoComplete: "street-address" })}
          <div className="grid gap-kern-space-default grid-cols-[8rem_1fr]">
            {textField("postcode", t("postcode"), { inputMode: "numeric", maxLength: 5, autoComplete: "postal-code" })}
            {textField("city", t("city"), { autoComplete: "address-level2" })}
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={fieldId("successorStatus")}>
              {t("successorStatus")}
            </label>
            {errorText("successorStatus")}
            <div className="kern-form-input__select-wrapper">
              <select
                id={fieldId("successorStatus")}
                className="kern-form-input__select"
                value={draft.successorStatus}
                onChange={(e) => set("successorStatus", e.target.value as SuccessorStatus)}
              >
                {SUCCESSOR_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {SUCCESSOR_STATUS_LABELS_DE[s]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>

        <h4 className="kern-heading-small">{t("doctorsTitle")}</h4>
        {errorText("doctors")}
        {draft.doctors.map((doctor, index) => {
          const licencePath = `doctors.${index}.licence`;
          return (
            <fieldset key={doctor.key} className="border border-kern-layout-border p-kern-space-default" data-testid="doctor-row">
              <legend className="kern-label px-kern-space-x-small block">{t("doctorLegend", { n: index + 1 })}</legend>
              <div className="grid gap-kern-space-default md:grid-cols-3">
                {doctorNumber(index, "name", t("doctorName"))}
                {doctorNumber(index, "birthYear", t("birthYear"), { inputMode: "numeric", maxLength: 4 })}
                {doctorNumber(index, "age", t("age"), { inputMode: "numeric", maxLength: 3 })}
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={fieldId(`doctors.${index}.employment`)}>
                    {t("employment")}
                  </label>
                  <div className="kern-form-input__select-wrapper">
                    <select
                      id={fieldId(`doctors.${index}.employment`)}
                      className="kern-form-input__select"
                      value={doctor.employment}
                      onChange={(e) => setDoctor(index, { employment: e.target.value as EmploymentKind })}
                    >
                      {(Object.keys(EMPLOYMENT_KIND_LABELS_DE) as EmploymentKind[]).map((k) => (
                        <option key={k} value={k}>
                          {EMPLOYMENT_KIND_LABELS_DE[k]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                {doctor.employment === "licensed" ? (
                  <div className="kern-form-input">
                    <label className="kern-label" htmlFor={fieldId(licencePath)}>
                      {t("licence")}
                    </label>
                    {errorText(licencePath)}
                    <div className="kern-form-input__select-wrapper">
                      <select
                        id={fieldId(licencePath)}
                        className="kern-form-input__select"
                        value={doctor.licence}
                        onChange={(e) => setDoctor(index, { licence: e.target.value as LicenceScope | "" })}
                        aria-invalid={err(licencePath) ? true : undefined}
                        aria-describedby={describedBy(licencePath)}
                      >
                        <option value="">{t("licenceNone")}</option>
                        {(Object.keys(LICENCE_SCOPE_LABELS_DE) as LicenceScope[]).map((k) => (
                          <option key={k} value={k}>
                            {LICENCE_SCOPE_LABELS_DE[k]}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                ) : (
                  doctorNumber(index, "weeklyHours", t("weeklyHours"), { inputMode: "decimal" })
                )}
                {doctorNumber(index, "plannedExitYear", t("plannedExitYear"), { inputMode: "numeric", maxLength: 4 })}
              </div>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary mt-kern-space-small"
                onClick={() => {
                  setDraft((d) => ({ ...d, doctors: d.doctors.filter((_, i) => i !== index) }));
                  setErrors({});
                  addDoctorRef.current?.focus();
                }}
              >
                <span className="kern-label">{t("removeDoctor", { n: index + 1 })}</span>
              </button>
            </fieldset>
          );
        })}
        <div>
          <button
            ref={addDoctorRef}
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              focusAfterAdd.current = fieldId(`doctors.${draft.doctors.length}.name`);
              setDraft((d) => ({
                ...d,
                doctors: [...d.doctors, { key: nextKey++, name: "", birthYear: "", age: "", employment: "licensed", licence: "full", weeklyHours: "", plannedExitYear: "" }],
              }));
            }}
          >
            <span className="kern-label">{t("addDoctor")}</span>
          </button>
        </div>

        <div className="flex flex-wrap gap-kern-space-small">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{busy ? t("saving") : t("save")}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t("cancel")}</span>
          </button>
        </div>
      </div>
    </form>
  );
}
