"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "@/lib/client/api";
import { TownPackagePreviewResponseSchema, type TownPackagePreview } from "@/lib/domain/schemas/town-package-preview";

type State =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "errors"; messages: string[] }
  | { kind: "preview"; preview: TownPackagePreview; body: unknown }
  | { kind: "importing"; preview: TownPackagePreview }
  | { kind: "done"; preview: TownPackagePreview };

const MAX_BYTES = 20 * 1024 * 1024;

/** Import of a town package: choose the file → preview from the server (what it brings, what it replaces) → confirm. */
export function TownPackageImport({ orgId }: { orgId: string }) {
  const t = useTranslations("report.pkg");
  const [state, setState] = useState<State>({ kind: "idle" });
  const fileId = useId();
  const base = `/api/v1/organisations/${encodeURIComponent(orgId)}/town-package`;

  async function send(path: string, body: unknown) {
    const result = await callApi(path, TownPackagePreviewResponseSchema, { method: "POST", body });
    if (result.ok) return { ok: true as const, preview: result.data.data };
    return { ok: false as const, messages: [result.message, ...result.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))] };
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) return setState({ kind: "errors", messages: [t("tooLarge")] });
    setState({ kind: "checking" });
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return setState({ kind: "errors", messages: [t("notJson")] });
    }
    const outcome = await send(`${base}/preview`, body);
    setState(outcome.ok ? { kind: "preview", preview: outcome.preview, body } : { kind: "errors", messages: outcome.messages });
  }

  async function confirm() {
    if (state.kind !== "preview") return;
    setState({ kind: "importing", preview: state.preview });
    const outcome = await send(base, state.body);
    setState(outcome.ok ? { kind: "done", preview: outcome.preview } : { kind: "errors", messages: [t("failed", { message: outcome.messages[0] ?? "" }), ...outcome.messages.slice(1)] });
  }

  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const preview = state.kind === "preview" || state.kind === "importing" || state.kind === "done" ? state.preview : null;
  const date = (iso: string) => new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(iso));

  return (
    <div className="space-y-kern-space-default">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={fileId}>
          {t("file")}
        </label>
        <input
          id={fileId}
          className="kern-form-input__input min-h-[44px]"
          type="file"
          accept="application/json,.json"
          data-testid="package-file"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <div aria-live="polite">
        {state.kind === "checking" && <p className="kern-body">{t("checking")}</p>}
        {state.kind === "errors" && (
          <div role="alert" className="kern-alert kern-alert--danger p-kern-space-default" data-testid="package-errors">
            <h3 className="kern-title">{t("errorsTitle")}</h3>
            <ul className="kern-body">
              {state.messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {preview && (
          <section aria-labelledby="package-preview-title" className="kern-card p-kern-space-default space-y-kern-space-small" data-testid="package-preview">
            <h3 id="package-preview-title" className="kern-heading-small">
              {t("previewTitle")}
            </h3>
            <p className="kern-body">
              {preview.town.name} ({preview.town.ags}) · {t("origin", { organisation: preview.origin.organisationName, date: date(preview.exportedAt) })}
            </p>
            <table className="kern-table">
              <thead>
                <tr>
                  <th scope="col"></th>
                  <th scope="col">{t("incoming")}</th>
                  <th scope="col">{t("replaced")}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t("providers")}</th>
                  <td>{preview.incoming.providers}</td>
                  <td>{preview.replaced.providers}</td>
                </tr>
                <tr>
                  <th scope="row">{t("doctors")}</th>
                  <td>{preview.incoming.doctors}</td>
                  <td>–</td>
                </tr>
                <tr>
                  <th scope="row">{t("assessment")}</th>
                  <td>{yesNo(preview.incoming.assessment)}</td>
                  <td>{yesNo(preview.replaced.assessment)}</td>
                </tr>
                <tr>
                  <th scope="row">{t("scenarios")}</th>
                  <td>{preview.incoming.scenarios}</td>
                  <td>{preview.replaced.scenarios}</td>
                </tr>
                <tr>
                  <th scope="row">{t("planItems")}</th>
                  <td>{preview.incoming.planItems}</td>
                  <td>{preview.replaced.planItems}</td>
                </tr>
                <tr>
                  <th scope="row">{t("workshops")}</th>
                  <td>{preview.incoming.workshops}</td>
                  <td>–</td>
                </tr>
              </tbody>
            </table>
            {preview.notes?.length ? (
              <ul className="kern-list" data-testid="package-notes">
                {preview.notes.map((note) => (
                  <li key={note} className="kern-body">
                    {note}
                  </li>
                ))}
              </ul>
            ) : null}
            {state.kind === "done" ? (
              <p className="kern-alert kern-alert--success p-kern-space-default" role="status" data-testid="package-done">
                {t("done")}{" "}
                <a className="kern-link" href={`/gemeinde/${preview.town.ags}?org=${encodeURIComponent(orgId)}`}>
                  {t("toTown")}
                </a>
              </p>
            ) : (
              <button type="button" className="kern-btn kern-btn--primary min-h-[44px]" disabled={state.kind === "importing"} onClick={() => void confirm()}>
                <span className="kern-label">{state.kind === "importing" ? t("importing") : t("confirm")}</span>
              </button>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
