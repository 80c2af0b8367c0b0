"use client";

import { useEffect, useMemo } from "react";
import type { TownFacts } from "@/lib/domain/assessment/answer-values";
import { serverPersistence } from "@/lib/client/assessment-persistence/server";
import { BrowserAnswersOffer } from "./BrowserAnswers";
import { useAssessmentStore } from "./useAssessmentStore";
import { takeResultFocusRequest } from "./focus-result";

/** "Drucken" (the browser's print dialog). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => window.print()}>
      <span className="kern-label">{label}</span>
    </button>
  );
}

/** After "Auswerten" (focus-result.ts): moves the focus to the result's heading once, when the result is shown. */
export function FocusResultHeading({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (takeResultFocusRequest()) document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}

/**
 * On the organisation's result (rendered on the server): the offer to take answers kept in this browser into the
 * organisation's assessment. Taken in, the page is loaded again, so the result is computed from what is stored.
 */
export function StoredResultBrowserOffer({ town, orgId, orgName }: { town: TownFacts; orgId: string; orgName: string }) {
  const persistence = useMemo(
    () => serverPersistence(orgId, town),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- town facts are fixed for a given AGS
    [orgId, town.ags],
  );
  const store = useAssessmentStore(persistence);
  if (store.phase !== "ready") return null;
  return (
    <div className="no-print">
      <BrowserAnswersOffer
        ags={town.ags}
        organisationName={orgName}
        organisationAnswers={store.answers}
        onTake={(answers) => store.replaceAnswers(answers)}
        onTaken={() => window.location.reload()}
      />
    </div>
  );
}
