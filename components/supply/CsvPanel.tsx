"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { providerFileToCsv } from "@/lib/domain/csv/provider-file";
import type { ProviderCsvError, ProvidersCsvPreview } from "@/lib/domain/schemas/provider-responses";
import { PROVIDER_KIND_LABELS_DE } from "@/lib/domain/schemas/provider-vocabulary";
import { loadCsvContract } from "./api";
import { callApi } from "@/lib/client/api";
import { withOrg } from "./org-query";
import { ScrollRegion } from "@/components/ScrollRegion";

export interface CsvColumnDoc {
  header: string;
  required: boolean;
  description: string;
}

/**
 * Template download, export and import. The import first asks the API for a preview (nothing changes), lists
 * every bad row with line, column and reason, and applies all rows or none on confirmation.
 */
export function CsvPanel({
  ags,
  canEdit,
  columns,
  orgId,
  onImported,
}: {
  ags: string;
  canEdit: boolean;
  columns: readonly CsvColumnDoc[];
  /** The organisation whose inventory the page shows: the export names it (?org=), nothing is inferred. */
  orgId: string;
  onImported: (count: number) => void;
}) {
  const t = useTranslations("supply");
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ProvidersCsvPreview | null>(null);
  const [errors, setErrors] = useState<ProviderCsvError[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [readAs, setReadAs] = useState<string | null>(null);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  async function send(mode: "preview" | "apply", text: string) {
    setBusy(true);
    const response = await callApi(withOrg(`/api/v1/municipalities/${ags}/providers/import`), loadCsvContract, { method: "POST", body: { csv: text, mode } });
    setBusy(false);
    if (response.ok) {
      setErrors(null);
      if (mode === "apply") {
        setPreview(null);
        setCsv(null);
        if (fileRef.current) fileRef.current.value = "";
        onImported(response.data.data.providers.length);
      } else {
        setPreview(response.data.data);
        setMessage(null);
        focusResult();
      }
      return;
    }
    setPreview(null);
    const { ProviderCsvErrorsSchema } = await import("@/lib/domain/schemas/provider-responses");
    const rows = ProviderCsvErrorsSchema.safeParse(response.body.rows);
    if (rows.success) setErrors(rows.data);
    else setMessage(t("genericError", { message: response.message }));
    focusResult();
  }

  async function showPreview(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage(t("importNoFile"));
      focusResult();
      return;
    }
    // Encoding (UTF-8 with or without BOM, Windows-1252) and .xlsx are handled here; the API validates the CSV text.
    const read = await providerFileToCsv(file.name, await file.arrayBuffer());
    if (!read.ok) {
      setPreview(null);
      setCsv(null);
      setReadAs(null);
      setMessage(read.message);
      focusResult();
      return;
    }
    setCsv(read.csv);
    setReadAs(read.readAs);
    await send("preview", read.csv);
  }

  const changeLabel = { added: t("changeAdded"), changed: t("changeChanged"), unchanged: t("changeUnchanged"), removed: t("changeRemoved") };

  return (
    <div className="space-y-kern-space-default">
      <p className="kern-body">{t("csvIntro")}</p>
      <p className="flex flex-wrap gap-kern-space-default">
        <a className="kern-link" href="/api/v1/providers/template" download data-testid="csv-template">
          {t("downloadTemplate")}
        </a>
        <a className="kern-link" href={`/api/v1/municipalities/${ags}/providers?format=csv&org=${encodeURIComponent(orgId)}`} download={`versorgung-${ags}.csv`} data-testid="csv-export">
          {t("exportCsv")}
        </a>
      </p>
      <details>
        <summary className="kern-link cursor-pointer">{t("csvColumns")}</summary>
        <ScrollRegion label={t("csvColumns")} className="mt-kern-space-small">
          <table className="kern-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t("csvColumn")}</th>
                <th scope="col" className="kern-table__header">{t("csvRequired")}</th>
                <th scope="col" className="kern-table__header">{t("csvDescription")}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {columns.map((c) => (
                <tr key={c.header} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{c.header}</th>
                  <td className="kern-table__cell">{c.required ? t("yes") : t("no")}</td>
                  <td className="kern-table__cell">{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>

      {canEdit && (
        <form onSubmit={showPreview} className="flex flex-wrap items-end gap-kern-space-default">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={inputId}>
              {t("importFile")}
            </label>
            <p id={`${inputId}-hint`} className="kern-hint">
              {t("importFileHint")}
            </p>
            <input
              ref={fileRef}
              id={inputId}
              type="file"
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${inputId}-hint`}
              className="kern-form-input__input"
              onChange={() => {
                setPreview(null);
                setErrors(null);
                setMessage(null);
              }}
            />
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={busy}>
            <span className="kern-label">{t("importPreview")}</span>
          </button>
        </form>
      )}

      <div ref={resultRef} tabIndex={-1} className="space-y-kern-space-small" data-testid="csv-result">
        {message && (
          <p role="alert" className="kern-error">
            {message}
          </p>
        )}
        {errors && (
          <div role="alert" className="kern-alert kern-alert--danger" data-testid="csv-errors">
            <div className="kern-alert__header">
              <span className="kern-title">{t("importErrorsTitle")}</span>
            </div>
            <div className="kern-alert__body">
              <ul className="list-disc pl-kern-space-large">
                {errors.map((e, i) => (
                  <li key={i}>{t("importRowError", { line: e.line, column: e.column ? `, ${e.column}` : "", message: e.message })}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {preview && csv !== null && (
          <div className="space-y-kern-space-small" data-testid="csv-preview">
            <h3 className="kern-heading-small">{t("importPreviewTitle")}</h3>
            {readAs && (
              <p className="kern-body kern-body--small" data-testid="csv-read-as">
                {t("importReadAs", { format: readAs })}
              </p>
            )}
            <p className="kern-body" role="status">
              {t("importSummary", {
                before: preview.summary.providersBefore,
                doctorsBefore: preview.summary.doctorsBefore,
                after: preview.summary.providersAfter,
                doctorsAfter: preview.summary.doctorsAfter,
                added: preview.summary.added,
                changed: preview.summary.changed,
                unchanged: preview.summary.unchanged,
                removed: preview.summary.removed,
              })}
            </p>
            <ScrollRegion label={t("importPreviewTitle")}>
              <table className="kern-table">
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t("name")}</th>
                    <th scope="col" className="kern-table__header">{t("kind")}</th>
                    <th scope="col" className="kern-table__header">{t("changeColumn")}</th>
                    <th scope="col" className="kern-table__header">{t("doctorsTitle")}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {preview.changes.map((c, i) => (
                    <tr key={i} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{c.name}</th>
                      <td className="kern-table__cell">{PROVIDER_KIND_LABELS_DE[c.kind]}</td>
                      <td className="kern-table__cell">{changeLabel[c.change]}</td>
                      <td className="kern-table__cell kern-table__cell--numeric">
                        {c.doctorsBefore} → {c.doctorsAfter}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <div className="flex flex-wrap gap-kern-space-small">
              <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void send("apply", csv)}>
                <span className="kern-label">{t("importApply")}</span>
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
