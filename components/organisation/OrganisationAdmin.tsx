"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/TextField";
import type { z } from "zod";
import { callApi } from "@/lib/client/api";
import { InvitationAcceptedResponseSchema, InvitationCreatedResponseSchema, UnreadAnswerSchema } from "@/lib/domain/schemas/organisation-api";

const ROLES = ["ADMIN", "EDITOR", "MODERATOR", "VIEWER"] as const;

function useAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Sends the change; the answer read with `contract`, or null after a refusal (shown as `error`). */
  async function run<S extends z.ZodType>(path: string, body: unknown, method: "POST" | "PATCH" | "DELETE" | "PUT", contract: S): Promise<{ data: z.output<S> } | null> {
    setBusy(true);
    setError(null);
    const result = await callApi(path, contract, { method, body });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return null;
    }
    router.refresh();
    return { data: result.data };
  }
  return { busy, error, run };
}

function RoleSelect({ id, name, defaultValue, label }: { id: string; name: string; defaultValue: string; label?: string }) {
  const t = useTranslations("organisation");
  return (
    <div className="kern-form-input__select-wrapper">
      <select id={id} name={name} defaultValue={defaultValue} className="kern-form-input__select" aria-label={label}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Role change and removal of one member (admins). */
export function MemberControls({ orgId, membershipId, name, role }: { orgId: string; membershipId: string; name: string; role: string }) {
  const t = useTranslations("organisation");
  const id = useId();
  const action = useAction();
  return (
    <div className="flex flex-wrap items-center gap-kern-space-small">
      <form
        className="flex flex-wrap items-center gap-kern-space-small"
        onSubmit={(event) => {
          event.preventDefault();
          const next = new FormData(event.currentTarget).get("role");
          void action.run(`/api/v1/organisations/${orgId}/members/${membershipId}`, { role: next }, "PATCH", UnreadAnswerSchema);
        }}
      >
        <RoleSelect id={`${id}-role`} name="role" defaultValue={role} label={t("changeRoleFor", { name })} />
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={action.busy}>
          <span className="kern-label">{t("saveRole")}</span>
        </button>
      </form>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        disabled={action.busy}
        aria-label={t("removeMember", { name })}
        onClick={() => void action.run(`/api/v1/organisations/${orgId}/members/${membershipId}`, undefined, "DELETE", UnreadAnswerSchema)}
      >
        <span className="kern-label">{t("remove")}</span>
      </button>
      {action.error ? (
        <p className="kern-error w-full" role="alert">
          {action.error}
        </p>
      ) : null}
    </div>
  );
}

/** Creates an invitation link and shows it once. */
export function InviteForm({ orgId }: { orgId: string }) {
  const t = useTranslations("organisation");
  const tAuth = useTranslations("auth");
  const id = useId();
  const action = useAction();
  const [link, setLink] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | undefined>();
  return (
    <form
      noValidate
      className="space-y-kern-space-default max-w-[40rem]"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const email = String(data.get("email") ?? "").trim();
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return setEmailError(tAuth("errorEmail"));
        setEmailError(undefined);
        const created = await action.run(`/api/v1/organisations/${orgId}/invitations`, { role: data.get("role"), email }, "POST", InvitationCreatedResponseSchema);
        if (created) setLink(created.data.data.url);
      }}
    >
      {action.error ? <FormMessage kind="danger">{action.error}</FormMessage> : null}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-role`}>
          {t("inviteRole")}
        </label>
        <RoleSelect id={`${id}-role`} name="role" defaultValue="VIEWER" />
      </div>
      <TextField label={t("inviteEmail")} name="email" type="email" autoComplete="off" error={emailError} required />
      <SubmitButton label={t("inviteCreate")} busyLabel={tAuth("working")} busy={action.busy} />
      {link ? (
        <div className="kern-form-input" role="status">
          <label className="kern-label" htmlFor={`${id}-link`}>
            {t("inviteLink")}
          </label>
          <div className="kern-hint" id={`${id}-link-hint`}>
            {t("inviteLinkHint")}
          </div>
          <input id={`${id}-link`} className="kern-form-input__input" readOnly value={link} aria-describedby={`${id}-link-hint`} data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}

export function RevokeInvitationButton({ orgId, invitationId, label }: { orgId: string; invitationId: string; label: string }) {
  const t = useTranslations("organisation");
  const action = useAction();
  return (
    <>
      <button type="button" className="kern-btn kern-btn--tertiary" aria-label={label} disabled={action.busy} onClick={() => void action.run(`/api/v1/organisations/${orgId}/invitations/${invitationId}`, undefined, "DELETE", UnreadAnswerSchema)}>
        <span className="kern-label">{t("revoke")}</span>
      </button>
      {action.error ? (
        <p className="kern-error" role="alert">
          {action.error}
        </p>
      ) : null}
    </>
  );
}

export function RenameForm({ orgId, name }: { orgId: string; name: string }) {
  const t = useTranslations("organisation");
  const tAuth = useTranslations("auth");
  const action = useAction();
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      className="space-y-kern-space-default max-w-[40rem]"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const body = await action.run(`/api/v1/organisations/${orgId}`, { name: new FormData(event.currentTarget).get("name") }, "PATCH", UnreadAnswerSchema);
        setSaved(body !== null);
      }}
    >
      <TextField label={t("renameTitle")} name="name" defaultValue={name} error={action.error ?? undefined} required />
      <SubmitButton label={t("rename")} busyLabel={tAuth("working")} busy={action.busy} />
      {saved ? <FormMessage kind="success">{t("saved")}</FormMessage> : null}
    </form>
  );
}

export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useTranslations("organisation");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-kern-space-small">
      {error ? <FormMessage kind="danger">{error}</FormMessage> : null}
      <button
        type="button"
        className="kern-btn kern-btn--primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await callApi(`/api/v1/invitations/${token}/accept`, InvitationAcceptedResponseSchema, { method: "POST", body: {} });
          setBusy(false);
          if (!result.ok) return setError(result.message);
          router.push(`/organisationen/${result.data.data.organisationId}`);
          router.refresh();
        }}
      >
        <span className="kern-label">{t("invitationAccept")}</span>
      </button>
    </div>
  );
}

/** The caller leaves the organisation, after an inline confirmation (the last admin gets the server's 409 message). */
export function LeaveButton({ orgId, name }: { orgId: string; name: string }) {
  const t = useTranslations("organisation");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-kern-space-small">
      {confirming ? (
        <div role="group" aria-label={t("leaveConfirm", { name })} className="flex flex-wrap items-center gap-kern-space-small">
          <p className="kern-body">{t("leaveConfirm", { name })}</p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const result = await callApi(`/api/v1/organisations/${orgId}/leave`, UnreadAnswerSchema, { method: "POST" });
              setBusy(false);
              if (!result.ok) return setError(result.message);
              router.push("/organisationen");
              router.refresh();
            }}
          >
            <span className="kern-label">{t("leaveConfirmYes")}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setConfirming(false)}>
            <span className="kern-label">{t("leaveConfirmNo")}</span>
          </button>
        </div>
      ) : (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setConfirming(true)}>
          <span className="kern-label">{t("leave")}</span>
        </button>
      )}
      {error ? (
        <p className="kern-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The platform operator marks the organisation verified (or withdraws it). */
export function VerifyButton({ orgId, verified }: { orgId: string; verified: boolean }) {
  const t = useTranslations("organisation");
  const action = useAction();
  return (
    <div className="space-y-kern-space-small">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        disabled={action.busy}
        onClick={() => void action.run(`/api/v1/organisations/${orgId}/verification`, { verified: !verified }, "PUT", UnreadAnswerSchema)}
      >
        <span className="kern-label">{verified ? t("unverify") : t("verify")}</span>
      </button>
      {action.error ? (
        <p className="kern-error" role="alert">
          {action.error}
        </p>
      ) : null}
    </div>
  );
}
