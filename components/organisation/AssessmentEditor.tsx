"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/TextField";
import { errorMessageOf, sendJson } from "@/components/forms/post-json";

interface Stored {
  answers: { town?: { name?: string } } & Record<string, unknown>;
  status: "DRAFT" | "COMPLETED";
  version: number;
}

/**
 * Minimal editor of a saved self-assessment (title and status) on the assessments API; the full wizard replaces it.
 * Read-only roles see the form disabled. A stale version shows both states (409 from the API).
 */
export function AssessmentEditor({ path, stored, defaultName, canEdit }: { path: string; stored: Stored; defaultName: string; canEdit: boolean }) {
  const t = useTranslations("organisation");
  const tAuth = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "danger" | "success"; text: string } | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const data = new FormData(event.currentTarget);
    const name = String(data.get("townName") ?? "").trim();
    if (!name) return setNameError(t("assessmentTownName"));
    setNameError(undefined);
    const answers = { ...stored.answers, town: { ...(stored.answers.town ?? {}), name } };
    setBusy(true);
    const result = await sendJson(path, { answers, status: data.get("status"), version: stored.version }, "PUT");
    setBusy(false);
    if (result.status === 409) {
      const error = (result.body as { error: { current: Stored; submitted: Stored } }).error;
      return setMessage({
        kind: "danger",
        text: t("assessmentConflict", {
          version: error.current.version,
          stored: error.current.answers?.town?.name ?? "–",
          submitted: error.submitted.answers?.town?.name ?? "–",
        }),
      });
    }
    if (!result.ok) return setMessage({ kind: "danger", text: errorMessageOf(result.body) || String(result.status) });
    setMessage({ kind: "success", text: t("saved") });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[40rem]">
      {!canEdit ? <FormMessage kind="info">{t("assessmentReadOnly")}</FormMessage> : null}
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <fieldset disabled={!canEdit} className="kern-fieldset space-y-kern-space-default" data-testid="assessment-form">
        <legend className="kern-label">{t("assessmentTitle")}</legend>
        <TextField label={t("assessmentTownName")} name="townName" defaultValue={stored.answers.town?.name ?? defaultName} error={nameError} required />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t("assessmentStatus")}</legend>
          {(["DRAFT", "COMPLETED"] as const).map((status) => (
            <div className="kern-form-check" key={status}>
              <input className="kern-form-check__radio" type="radio" id={`${id}-${status}`} name="status" value={status} defaultChecked={stored.status === status} />
              <label className="kern-label" htmlFor={`${id}-${status}`}>
                {t(`status${status}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <SubmitButton label={t("assessmentSave")} busyLabel={tAuth("working")} busy={busy} disabled={!canEdit} />
      </fieldset>
    </form>
  );
}
