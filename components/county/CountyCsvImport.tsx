"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "@/lib/client/api";
import type { CountyCsvTownPreview, ProviderCsvError } from "@/lib/domain/schemas/provider-responses";

/** The answer's contracts load with the first upload: the county page's first load carries no zod (issue 19). */
const loadContracts = () => import("@/lib/domain/schemas/provider-responses");

/**
 * County-wide CSV (AGS of each practice): preview with per-row errors, then all rows or none. While the file is read,
 * sent and checked, a progress bar and a status line say what is happening (large files take seconds).
 */
export function CountyCsvImport({ orgId, townNames, canEdit }: { orgId: string; townNames: Record<string, string>; canEdit: boolean }) {
  const t = useTranslations("county");
  const router = useRouter();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<CountyCsvTownPreview[] | null>(null);
  const [errors, setErrors] = useState<ProviderCsvError[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ label: string; value: number | null } | null>(null);
  const api = `/api/v1/organisations/${encodeURIComponent(orgId)}/county-providers`;
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  function readFile(file: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => {
        if (e.lengthComputable) setProgress({ label: t("progressReading"), value: e.loaded / e.total });
      };
      reader.onload = () => resolve(String(reader.result ?? ""));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(file, "utf-8");
    });
  }

  async function send(mode: "preview" | "apply", text: string) {
    setProgress({ label: mode === "apply" ? t("progressApplying") : t("progressChecking"), value: null });
    const response = await callApi(api, () => loadContracts().then((m) => m.CountyCsvResponseSchema), { method: "POST", body: { csv: text, mode } });
    setProgress(null);
    if (response.ok) {
      setErrors(null);
      if (mode === "apply") {
        setPreview(null);
        setCsv(null);
        if (fileRef.current) fileRef.current.value = "";
        setMessage(t("importDone", { towns: response.data.data.towns.length }));
        router.refresh();
      } else {
        setPreview(response.data.data.towns);
        setMessage(null);
      }
      focusResult();
      return;
    }
    setPreview(null);
    const rows = (await loadContracts()).ProviderCsvErrorsSchema.safeParse(response.body.rows);
    if (rows.success) setErrors(rows.data);
    setMessage(response.message);
    focusResult();
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    setErrors(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage(t("importNoFile"));
      focusResult();
      return;
    }
    const text = await readFile(file);
    setCsv(text);
    await send("preview", text);
  }

  return (
    <div className="space-y-kern-space-default">
      <p className="kern-body">{t("csvIntro")}</p>
      <p>
        <a className="kern-link" href={api} download="versorgungsdaten-kreis.csv" data-testid="county-csv-export">
          {t("csvExport")}
        </a>
      </p>
      {canEdit && (
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-kern-space-default">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={inputId}>{t("csvFile")}</label>
            <input ref={fileRef} id={inputId} type="file" accept=".csv,text/csv" className="kern-form-input__input" />
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={progress !== null}>
            <span className="kern-label">{t("csvPreview")}</span>
          </button>
        </form>
      )}
      {progress && (
        <div role="status" className="space-y-kern-space-x-small" data-testid="county-csv-progress">
          <label className="kern-label" htmlFor={`${inputId}-progress`}>{progress.label}</label>
          <progress id={`${inputId}-progress`} className="w-full max-w-[24rem] h-[12px]" {...(progress.value !== null ? { value: progress.value, max: 1 } : {})} />
        </div>
      )}
      <div ref={resultRef} tabIndex={-1} className="space-y-kern-space-small" data-testid="county-csv-result">
        {message && <p role={errors ? undefined : "status"} className="kern-body">{message}</p>}
        {errors && (
          <div role="alert" className="kern-alert kern-alert--danger" data-testid="county-csv-errors">
            <div className="kern-alert__header">
              <span className="kern-title">{t("csvErrorsTitle")}</span>
            </div>
            <div className="kern-alert__body">
              <ul className="list-disc pl-kern-space-large">
                {errors.map((e, i) => (
                  <li key={i}>{t("csvRowError", { line: e.line, column: e.column ? `, ${e.column}` : "", message: e.message })}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {preview && csv !== null && (
          <div className="space-y-kern-space-small" data-testid="county-csv-preview">
            <h3 className="kern-heading-small">{t("csvPreviewTitle")}</h3>
            <p className="kern-body">{t("csvPreviewNote")}</p>
            <div className="overflow-x-auto">
              <table className="kern-table">
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t("colName")}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t("csvProviders")}</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t("csvDoctors")}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {preview.map((town) => (
                    <tr key={town.ags} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{townNames[town.ags] ?? town.ags}</th>
                      <td className="kern-table__cell kern-table__cell--numeric">{town.preview.summary.providersBefore} → {town.preview.summary.providersAfter}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">{town.preview.summary.doctorsBefore} → {town.preview.summary.doctorsAfter}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="flex flex-wrap gap-kern-space-small">
              <button type="button" className="kern-btn kern-btn--primary" disabled={progress !== null} onClick={() => void send("apply", csv)}>
                <span className="kern-label">{t("csvApply")}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setPreview(null)}>
                <span className="kern-label">{t("cancel")}</span>
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
