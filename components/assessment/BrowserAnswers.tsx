"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { adoptBrowserAnswers } from "@/lib/domain/assessment/adopt";
import { answeredCount, type AssessmentAnswers } from "@/lib/domain/assessment/answer-values";
import { browserPersistence } from "@/lib/client/assessment-persistence/browser";
import type { StoredAssessment } from "@/lib/client/assessment-persistence/types";
import { BrowserWorkOffer, BrowserWorkTaken, SignInToKeepWork, useKeptBeside } from "@/components/handover/BrowserWorkOffer";

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
  const [state, setState] = useState<"offer" | "taken" | "busy" | "failed">("offer");
  const beside = useKeptBeside(keptKey(ags));

  useEffect(() => {
    let cancelled = false;
    void browserPersistence(ags)
      .load()
      .then((stored) => {
        if (!cancelled) setBrowser(stored && answeredCount(stored.answers) > 0 ? stored : null);
      });
    return () => {
      cancelled = true;
    };
  }, [ags]);

  if (state === "taken") {
    return <BrowserWorkTaken testId="browser-answers-taken">{t("taken", { organisation: organisationName })}</BrowserWorkTaken>;
  }
  if (!browser || beside.kept) return null;
  const { answers, summary } = adoptBrowserAnswers(organisationAnswers, browser.answers);

  async function take() {
    setState("busy");
    if (await onTake(answers)) {
      await browserPersistence(ags).clear();
      beside.forget();
      setState("taken");
      onTaken?.();
    } else {
      setState("failed");
    }
  }

  return (
    <BrowserWorkOffer
      id="browser-answers-title"
      testId="browser-answers"
      title={t("title", { count: summary.fromBrowser })}
      error={state === "failed" ? t("failed") : null}
      takeLabel={t("take", { organisation: organisationName })}
      busy={state === "busy"}
      onTake={() => void take()}
      onKeep={beside.keep}
    >
      <p className="kern-body">{t("text", { organisation: organisationName })}</p>
      <p className="kern-body" data-testid="browser-answers-summary">
        {t("summary", { added: summary.added, replaced: summary.replaced, same: summary.same })}
      </p>
    </BrowserWorkOffer>
  );
}

/** Anonymous: the answers live only in this browser — sign in to save them for the organisation, and come back here. */
export function SignInToSave({ testId = "sign-in-to-save" }: { testId?: string }) {
  const t = useTranslations("handover");
  return <SignInToKeepWork text={t("signInText")} testId={testId} />;
}
