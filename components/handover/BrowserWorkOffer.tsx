"use client";

import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/domain/auth-links";

/**
 * The "keep it in the browser for now" choice for work done anonymously (self-check answers, comparison scenarios),
 * per key and browser session. The work itself stays untouched; only the offer is hidden.
 */
export function useKeptBeside(key: string): { kept: boolean; keep(): void; forget(): void } {
  const kept = useSyncExternalStore(
    subscribeToKept,
    () => window.sessionStorage.getItem(key) === "1",
    () => false,
  );
  const keep = useCallback(() => {
    window.sessionStorage.setItem(key, "1");
    keptChanged();
  }, [key]);
  const forget = useCallback(() => {
    window.sessionStorage.removeItem(key);
    keptChanged();
  }, [key]);
  return { kept, keep, forget };
}

const keptListeners = new Set<() => void>();
function subscribeToKept(listener: () => void): () => void {
  keptListeners.add(listener);
  return () => keptListeners.delete(listener);
}
function keptChanged(): void {
  for (const listener of keptListeners) listener();
}

/**
 * The offer shown after sign-in when this browser holds work done anonymously: a warning box that names it, with
 * "take it into the organisation" and "keep it in the browser". One look and one keyboard order for every kind of work.
 */
export function BrowserWorkOffer({
  id,
  testId,
  heading: Heading = "h2",
  title,
  children,
  error,
  takeLabel,
  busy,
  onTake,
  onKeep,
}: {
  id: string;
  testId: string;
  heading?: "h2" | "h3";
  title: string;
  children: ReactNode;
  /** Shown as an alert above the buttons when taking the work over failed. */
  error?: string | null;
  takeLabel: string;
  busy: boolean;
  onTake(): void;
  onKeep(): void;
}) {
  const t = useTranslations("handover");
  return (
    <section className="kern-alert kern-alert--warning" aria-labelledby={id} data-testid={testId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <Heading id={id} className="kern-title">
          {title}
        </Heading>
      </div>
      <div className="kern-alert__body space-y-kern-space-small">
        {children}
        {error && (
          <p className="kern-error" role="alert">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-kern-space-default">
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={onTake}>
            <span className="kern-label">{takeLabel}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onKeep}>
            <span className="kern-label">{t("keep")}</span>
          </button>
        </div>
      </div>
    </section>
  );
}

/** The success line after the work was taken over. */
export function BrowserWorkTaken({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <p className="kern-alert kern-alert--success p-kern-space-default" role="status" data-testid={testId}>
      {children}
    </p>
  );
}

/** Anonymous: the work lives only in this browser — sign in to save it for the organisation, and come back here. */
export function SignInToKeepWork({ text, testId, small = false }: { text: string; testId: string; small?: boolean }) {
  const t = useTranslations("handover");
  const pathname = usePathname();
  return (
    <p className={small ? "kern-body kern-body--small" : "kern-body"} data-testid={testId}>
      {text}{" "}
      <a className="kern-link" href={signInHref(pathname)}>
        {t("signInLink")}
      </a>
    </p>
  );
}
