"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/forms/TextField";
import { callApi } from "@/lib/client/api";
import { AssessmentRecordSchema, AssessmentResponseSchema } from "@/lib/domain/assessment/contract";

type Status = "DRAFT" | "COMPLETED";

interface Stored {
  /** The whole stored AssessmentInput: sent back unchanged, only the status changes. */
  answers: unknown;
  status: Status;
  version: number;
}

/**
 * Sets the status (draft / completed) of a saved self-assessment through the assessments API. The answers go back
 * unchanged with the version read, so an edit made meanwhile (in the wizard) is never overwritten: the API answers
 * 409 and the form says which version and status are stored now. Read-only roles see the form disabled.
 */
export function AssessmentStatusForm({ path, stored, canEdit }: { path: string; stored: Stored; canEdit: boolean }) {
  const t = useTranslations("organisation");
  const tAuth = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "danger" | "success"; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const status = new FormData(event.currentTarget).get("status") === "COMPLETED" ? "COMPLETED" : "DRAFT";
    setBusy(true);
    const result = await callApi(path, AssessmentResponseSchema, { method: "PUT", body: { answers: stored.answers, status, version: stored.version } });
    setBusy(false);
    if (result.ok) {
      setMessage({ kind: "success", text: t("saved") });
      return router.refresh();
    }
    const current = result.status === 409 ? AssessmentRecordSchema.safeParse(result.body.current) : null;
    if (current?.success) {
      const submitted = AssessmentRecordSchema.pick({ status: true }).safeParse(result.body.submitted);
      return setMessage({
        kind: "danger",
        text: t("assessmentConflict", {
          version: current.data.version,
          stored: t(`status${current.data.status}`),
          submitted: t(`status${submitted.success ? submitted.data.status : status}`),
        }),
      });
    }
    setMessage({ kind: "danger", text: result.message });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-kern-space-default max-w-[40rem]">
      {!canEdit ? <FormMessage kind="info">{t("assessmentReadOnly")}</FormMessage> : null}
      {message ? <FormMessage kind={message.kind}>{message.text}</FormMessage> : null}
      <fieldset disabled={!canEdit} className="kern-fieldset space-y-kern-space-default" data-testid="assessment-form">
        <legend className="kern-label">{t("assessmentStatus")}</legend>
        <div className="kern-fieldset__body">
          {(["DRAFT", "COMPLETED"] as const).map((status) => (
            <div className="kern-form-check" key={status}>
              <input className="kern-form-check__radio" type="radio" id={`${id}-${status}`} name="status" value={status} defaultChecked={stored.status === status} />
              <label className="kern-label" htmlFor={`${id}-${status}`}>
                {t(`status${status}`)}
              </label>
            </div>
          ))}
        </div>
        <SubmitButton label={t("assessmentSave")} busyLabel={tAuth("working")} busy={busy} disabled={!canEdit} />
      </fieldset>
    </form>
  );
}
