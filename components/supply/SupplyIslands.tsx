"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { callApi } from "@/lib/client/api";
import { loadNoContent, type ClientProvider } from "./api";
import { CsvPanel, type CsvColumnDoc } from "./CsvPanel";
import { ProviderForm } from "./ProviderForm";
import { withOrg } from "./org-query";

/**
 * The supply check's client islands (issue 13). The page's figures, tables, warnings, the at-risk list and the
 * inventory list are server components (SupplyWorkspace.tsx); what runs in the browser is the status line, the
 * provider form, the delete dialog and the CSV panel (and the charts, SupplyCharts.tsx). After a change the island
 * asks the server for the page again (`router.refresh()`), so the server-rendered sections show the new figures.
 */

type Editing = { mode: "new" } | { mode: "edit"; provider: ClientProvider } | null;

interface SupplyIslandsState {
  ags: string;
  editing: Editing;
  setEditing: (editing: Editing) => void;
  toDelete: ClientProvider | null;
  setToDelete: (provider: ClientProvider | null) => void;
  dialogRef: RefObject<HTMLDialogElement | null>;
  addButtonRef: RefObject<HTMLButtonElement | null>;
  /** A change succeeded: say so in the status line, clear the error, render the server's sections again. */
  changed: (status: string) => void;
  fail: (message: string) => void;
}

const SupplyIslandsContext = createContext<SupplyIslandsState | null>(null);

function useSupplyIslands(): SupplyIslandsState {
  const state = useContext(SupplyIslandsContext);
  if (!state) throw new Error("Supply islands need <SupplyIslandsRoot> around them.");
  return state;
}

/**
 * The state the islands share (which provider is edited or about to be deleted) and the page's status line and
 * error (live regions). `announce` is what the server says about the page's own address (the figures were computed
 * with the assumptions in it, or ""); it is shown on load and again whenever `announceKey` (the applied
 * assumptions) changes.
 */
export function SupplyIslandsRoot({ ags, announce, announceKey, children }: { ags: string; announce: string; announceKey: string; children: ReactNode }) {
  const router = useRouter();
  const [editing, setEditing] = useState<Editing>(null);
  const [toDelete, setToDelete] = useState<ClientProvider | null>(null);
  const [status, setStatus] = useState(announce);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // Other assumptions submitted (a new address): the status line says what the figures now are, or nothing when
  // an entry was invalid (its field says why) or none is given. Adjusted during rendering, as React advises for
  // state that follows a prop (no effect, no second pass over the page).
  const [shownKey, setShownKey] = useState(announceKey);
  if (shownKey !== announceKey) {
    setShownKey(announceKey);
    setStatus(announce);
    if (announce !== "") setError(null);
  }

  const state: SupplyIslandsState = {
    ags,
    editing,
    setEditing,
    toDelete,
    setToDelete,
    dialogRef,
    addButtonRef,
    changed: (message) => {
      setStatus(message);
      setError(null);
      router.refresh();
    },
    fail: setError,
  };

  return (
    <SupplyIslandsContext.Provider value={state}>
      <div className="space-y-kern-space-x-large">
        <p role="status" className="kern-body" data-testid="supply-status">
          {status}
        </p>
        {error && (
          <p role="alert" className="kern-alert kern-alert--danger p-kern-space-small">
            {error}
          </p>
        )}
        {children}
      </div>
    </SupplyIslandsContext.Provider>
  );
}

/** "Bearbeiten" and "Löschen" of one provider in the server-rendered inventory list. */
export function ProviderActions({ provider }: { provider: ClientProvider }) {
  const t = useTranslations("supply");
  const { setEditing, setToDelete, dialogRef } = useSupplyIslands();
  return (
    <div className="flex gap-kern-space-x-small">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing({ mode: "edit", provider })} aria-label={t("editNamed", { name: provider.name })}>
        <span className="kern-label">{t("edit")}</span>
      </button>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        aria-label={t("deleteNamed", { name: provider.name })}
        onClick={() => {
          setToDelete(provider);
          dialogRef.current?.showModal();
        }}
      >
        <span className="kern-label">{t("delete")}</span>
      </button>
    </div>
  );
}

/** "Einrichtung hinzufügen", or the provider form (new or edit); the focus returns to the button afterwards. */
export function ProviderEditor({ townName }: { townName: string }) {
  const t = useTranslations("supply");
  const { ags, editing, setEditing, addButtonRef, changed } = useSupplyIslands();
  // After the form closes the focus goes back to "Einrichtung hinzufügen" — once the button is there again (the
  // commit that removes the form may come after the next animation frame).
  const focusAddButton = useRef(false);
  useEffect(() => {
    if (editing !== null || !focusAddButton.current) return;
    focusAddButton.current = false;
    addButtonRef.current?.focus();
  }, [editing, addButtonRef]);
  const close = () => {
    focusAddButton.current = true;
    setEditing(null);
  };
  if (editing === null) {
    return (
      <button ref={addButtonRef} type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ mode: "new" })}>
        <span className="kern-label">{t("addProvider")}</span>
      </button>
    );
  }
  return (
    <ProviderForm
      key={editing.mode === "edit" ? editing.provider.id : "new"}
      ags={ags}
      provider={editing.mode === "edit" ? editing.provider : null}
      defaultCity={townName}
      onCancel={close}
      onSaved={(saved) => {
        close();
        changed(t("saved", { name: saved.name }));
      }}
    />
  );
}

/** The confirmation before a provider is deleted (a modal dialog; "Abbrechen" has the focus). */
export function DeleteDialog() {
  const t = useTranslations("supply");
  const { ags, toDelete, setToDelete, dialogRef, addButtonRef, changed, fail } = useSupplyIslands();

  async function confirmDelete() {
    const target = toDelete;
    dialogRef.current?.close();
    if (!target) return;
    const response = await callApi(withOrg(`/api/v1/municipalities/${ags}/providers/${target.id}?version=${target.version}`), loadNoContent, { method: "DELETE" });
    setToDelete(null);
    if (response.ok) changed(t("deleted", { name: target.name }));
    else fail(response.status === 409 ? t("conflict") : t("genericError", { message: response.message }));
    addButtonRef.current?.focus();
  }

  return (
    <dialog ref={dialogRef} className="kern-dialog" aria-labelledby="delete-title" onClose={() => setToDelete(null)} data-testid="delete-dialog">
      <div className="kern-dialog__header">
        <h2 id="delete-title" className="kern-title">
          {t("deleteTitle")}
        </h2>
      </div>
      <div className="kern-dialog__body">
        <p className="kern-body">{toDelete ? t("deleteText", { name: toDelete.name }) : ""}</p>
      </div>
      <div className="kern-dialog__footer flex gap-kern-space-small">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => dialogRef.current?.close()} autoFocus>
          <span className="kern-label">{t("cancel")}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void confirmDelete()}>
          <span className="kern-label">{t("deleteConfirm")}</span>
        </button>
      </div>
    </dialog>
  );
}

/** Template, export and import (CsvPanel); an applied import is said in the status line and re-renders the page. */
export function SupplyCsv({ canEdit, columns, orgId }: { canEdit: boolean; columns: readonly CsvColumnDoc[]; orgId: string }) {
  const t = useTranslations("supply");
  const { ags, changed } = useSupplyIslands();
  return <CsvPanel ags={ags} canEdit={canEdit} columns={columns} orgId={orgId} onImported={(count) => changed(t("imported", { count }))} />;
}
