"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "@/lib/client/api";
import { UnreadAnswerSchema } from "@/lib/domain/schemas/organisation-api";
import { ScrollRegion } from "@/components/ScrollRegion";

export interface CountyGrantRow {
  id: string;
  countyName: string;
  /** Already formatted on the server (one time zone for everyone). */
  since: string;
  grantedBy: string | null;
}

export interface CountyGrantsProps {
  orgId: string;
  headingId: string;
  grants: CountyGrantRow[];
  /** Whether the caller may revoke (admins, by the permission table). */
  canRevoke: boolean;
  /**
   * The grant form: the county organisations of the town's Kreis not yet granted (label includes the creation date, as
   * several organisations may share a name) and why the list is empty. Null: the caller may not grant.
   */
  grantForm: { options: { id: string; label: string }[]; emptyText: string | null } | null;
}

/**
 * "Freigabe für den Kreis" on a town organisation's page: the current grants (table), revoking one after an inline
 * confirmation, and granting a county organisation of the town's Kreis. One status region announces what happened;
 * API errors appear as an alert.
 */
export function CountyGrants({ orgId, headingId, grants, canRevoke, grantForm }: CountyGrantsProps) {
  const t = useTranslations("organisation");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const revokeRefs = useRef(new Map<string, HTMLButtonElement>());
  /** The grant whose revoke button gets the focus back once the confirmation has closed. */
  const returnFocus = useRef<string | null>(null);

  useEffect(() => {
    if (confirming) {
      cancelRef.current?.focus();
    } else if (returnFocus.current) {
      revokeRefs.current.get(returnFocus.current)?.focus();
      returnFocus.current = null;
    }
  }, [confirming]);

  async function call(path: string, body: unknown, method: "POST" | "DELETE"): Promise<boolean> {
    setBusy(true);
    setError(null);
    setStatus("");
    const result = await callApi(path, UnreadAnswerSchema, { method, body });
    setBusy(false);
    if (!result.ok) {
      setError(t("countyGrantError", { message: result.message }));
      return false;
    }
    router.refresh();
    return true;
  }

  function cancel(grantId: string) {
    returnFocus.current = grantId;
    setConfirming(null);
  }

  async function revoke(grant: CountyGrantRow) {
    const done = await call(`/api/v1/organisations/${orgId}/county-grants/${grant.id}`, undefined, "DELETE");
    if (done) {
      setConfirming(null);
      setStatus(t("countyGrantRevoked", { county: grant.countyName }));
      // The row goes away: keep the keyboard in the section.
      document.getElementById(headingId)?.focus();
    } else {
      cancel(grant.id);
    }
  }

  return (
    <div className="space-y-kern-space-default">
      <div role="status" className="kern-body" data-testid="county-grant-status">
        {status}
      </div>
      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{error}</p>
          </div>
        </div>
      ) : null}

      {grants.length === 0 ? (
        <p className="kern-body" data-testid="county-grants-empty">
          {t("countyGrantsEmpty")}
        </p>
      ) : (
        <ScrollRegion label={t("countyGrantsCaption")}>
        <table className="kern-table" data-testid="county-grants">
          <caption className="sr-only">{t("countyGrantsCaption")}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__cell">{t("countyGrantCounty")}</th>
              <th scope="col" className="kern-table__cell">{t("countyGrantSince")}</th>
              <th scope="col" className="kern-table__cell">{t("countyGrantBy")}</th>
              {canRevoke ? <th scope="col" className="kern-table__cell">{t("memberActions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.id} className="kern-table__row">
                <th scope="row" className="kern-table__cell">{grant.countyName}</th>
                <td className="kern-table__cell">{grant.since}</td>
                <td className="kern-table__cell">{grant.grantedBy ?? t("countyGrantByUnknown")}</td>
                {canRevoke ? (
                  <td className="kern-table__cell">
                    {confirming === grant.id ? (
                      <div
                        role="group"
                        aria-labelledby={`${id}-confirm-${grant.id}`}
                        className="flex flex-col gap-kern-space-small"
                        onKeyDown={(event) => {
                          if (event.key === "Escape") cancel(grant.id);
                        }}
                      >
                        <p id={`${id}-confirm-${grant.id}`} className="kern-body">
                          {t("countyGrantConfirm", { county: grant.countyName })}
                        </p>
                        <div className="flex flex-wrap gap-kern-space-small">
                          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void revoke(grant)}>
                            <span className="kern-label">{t("countyGrantConfirmYes")}</span>
                          </button>
                          <button ref={cancelRef} type="button" className="kern-btn kern-btn--secondary" disabled={busy} onClick={() => cancel(grant.id)}>
                            <span className="kern-label">{t("countyGrantConfirmNo")}</span>
                          </button>
                        </div>
                      </div>
                    ) : (
                      <button
                        ref={(node) => {
                          if (node) revokeRefs.current.set(grant.id, node);
                          else revokeRefs.current.delete(grant.id);
                        }}
                        type="button"
                        className="kern-btn kern-btn--tertiary"
                        disabled={busy}
                        aria-label={t("countyGrantRevokeFor", { county: grant.countyName })}
                        onClick={() => setConfirming(grant.id)}
                      >
                        <span className="kern-label">{t("countyGrantRevoke")}</span>
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}

      {grantForm ? (
        grantForm.options.length === 0 ? (
          <p className="kern-body" data-testid="county-grant-none">
            {grantForm.emptyText}
          </p>
        ) : (
          <form
            className="space-y-kern-space-default max-w-[40rem]"
            onSubmit={async (event) => {
              event.preventDefault();
              const form = event.currentTarget;
              const countyOrganisationId = String(new FormData(form).get("countyOrganisationId") ?? "");
              const label = grantForm.options.find((option) => option.id === countyOrganisationId)?.label ?? "";
              if (await call(`/api/v1/organisations/${orgId}/county-grants`, { countyOrganisationId }, "POST")) {
                setStatus(t("countyGrantGranted", { county: label }));
              }
            }}
          >
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={`${id}-county`}>
                {t("countyGrantSelect")}
              </label>
              <div className="kern-hint" id={`${id}-county-hint`}>
                {t("countyGrantSelectHint")}
              </div>
              <div className="kern-form-input__select-wrapper">
                <select
                  id={`${id}-county`}
                  name="countyOrganisationId"
                  className="kern-form-input__select"
                  aria-describedby={`${id}-county-hint`}
                  defaultValue={grantForm.options[0]!.id}
                >
                  {grantForm.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-label">{busy ? t("countyGrantWorking") : t("countyGrantSubmit")}</span>
            </button>
          </form>
        )
      ) : null}
    </div>
  );
}
