"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { adoptBrowserAnswers } from "@/lib/domain/assessment/adopt";
import { answeredCount, type AssessmentAnswers } from "@/lib/domain/assessment/answers";
import { browserPersistence } from "@/lib/client/assessment-persistence/browser";
import type { StoredAssessment } from "@/lib/client/assessment-persistence/types";
import { signInHref } from "@/lib/domain/auth-links";

/** The session's "keep them in the browser for now" choice, per town (the answers themselves stay untouched). */
const keptKey = (ags: string) => `versorgungslotse:selbstcheck:beiseite:${ags}`;

/**
 * Answers given anonymously (kept in this browser) are never dropped when the user signs in: with an
 * organisation's assessment open, this notice offers to take them into it (the browser's answer wins for the
 * questions it answered; the organisation's other answers stay) or to keep them in the browser beside it.
 * Taking them in saves first and removes the browser copy only after the save succeeded.
 */
export function BrowserAnswersOffer({
  ags,
  organisationName,
  organisationAnswers,
  onTake,
  onTaken,
}: {
  ags: string;
  organisationName: string;
  organisationAnswers: AssessmentAnswers;
  /** Saves the merged answers for the organisation; resolves to false when the save failed. */
  onTake(answers: AssessmentAnswers): Promise<boolean>;
  /** After the save and the removal of the browser copy. */
  onTaken?: () => void;
}) {
  const t = useTranslations("handover");
  const [browser, setBrowser] = useState<StoredAssessment | null>(null);
  const [state, setState] = useState<"offer" | "kept" | "taken" | "busy" | "failed">("offer");

  useEffect(() => {
    let cancelled = false;
    void browserPersistence(ags)
      .load()
      .then((stored) => {
        if (cancelled) return;
        setBrowser(stored && answeredCount(stored.answers) > 0 ? stored : null);
        if (window.sessionStorage.getItem(keptKey(ags)) === "1") setState("kept");
      });
    return () => {
      cancelled = true;
    };
  }, [ags]);

  if (state === "taken") {
    return (
      <p className="kern-alert kern-alert--success p-kern-space-default" role="status" data-testid="browser-answers-taken">
        {t("taken", { organisation: organisationName })}
      </p>
    );
  }
  if (!browser || state === "kept") return null;
  const { answers, summary } = adoptBrowserAnswers(organisationAnswers, browser.answers);

  async function take() {
    setState("busy");
    if (await onTake(answers)) {
      await browserPersistence(ags).clear();
      window.sessionStorage.removeItem(keptKey(ags));
      setState("taken");
      onTaken?.();
    } else {
      setState("failed");
    }
  }

  return (
    <section className="kern-alert kern-alert--warning" aria-labelledby="browser-answers-title" data-testid="browser-answers">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 id="browser-answers-title" className="kern-title">
          {t("title", { count: summary.fromBrowser })}
        </h2>
      </div>
      <div className="kern-alert__body space-y-kern-space-small">
        <p className="kern-body">{t("text", { organisation: organisationName })}</p>
        <p className="kern-body" data-testid="browser-answers-summary">
          {t("summary", { added: summary.added, replaced: summary.replaced, same: summary.same })}
        </p>
        {state === "failed" && (
          <p className="kern-error" role="alert">
            {t("failed")}
          </p>
        )}
        <div className="flex flex-wrap gap-kern-space-default">
          <button type="button" className="kern-btn kern-btn--primary" disabled={state === "busy"} onClick={() => void take()}>
            <span className="kern-label">{t("take", { organisation: organisationName })}</span>
          </button>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              window.sessionStorage.setItem(keptKey(ags), "1");
              setState("kept");
            }}
          >
            <span className="kern-label">{t("keep")}</span>
          </button>
        </div>
      </div>
    </section>
  );
}

/** Anonymous: the answers live only in this browser — sign in to save them for the organisation, and come back here. */
export function SignInToSave({ testId = "sign-in-to-save" }: { testId?: string }) {
  const t = useTranslations("handover");
  const pathname = usePathname();
  return (
    <p className="kern-body" data-testid={testId}>
      {t("signInText")}{" "}
      <a className="kern-link" href={signInHref(pathname)}>
        {t("signInLink")}
      </a>
    </p>
  );
}
