"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { BrowserWorkOffer, BrowserWorkTaken, SignInToKeepWork, useKeptBeside } from "@/components/handover/BrowserWorkOffer";
import { browserScenarioStore, type SavedScenario, type ScenarioStore } from "@/lib/client/scenario-store";

const keptKey = (ags: string) => `versorgungslotse:vergleich:beiseite:${ags}`;

/**
 * Comparison scenarios saved anonymously (in this browser) are never dropped when the user signs in: with the
 * organisation's scenarios shown, this offers to take them over (each saved for the organisation, then removed
 * from the browser; a name the organisation already uses gets "(aus dem Browser)") or to keep them in the browser.
 */
export function BrowserScenariosOffer({ ags, store, orgName, onTaken }: { ags: string; store: ScenarioStore; orgName: string; onTaken(): void }) {
  const t = useTranslations("handover");
  const [scenarios, setScenarios] = useState<SavedScenario[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const beside = useKeptBeside(keptKey(ags));

  useEffect(() => {
    let cancelled = false;
    void browserScenarioStore(ags)
      .list()
      .then((list) => {
        if (!cancelled) setScenarios(list);
      });
    return () => {
      cancelled = true;
    };
  }, [ags]);

  async function take() {
    setBusy(true);
    const browser = browserScenarioStore(ags);
    let taken = 0;
    for (const scenario of scenarios) {
      let result = await store.create(scenario.name, scenario.data);
      if (!result.ok && result.kind === "conflict") result = await store.create(t("fromBrowserSuffix", { name: scenario.name }).slice(0, 120), scenario.data);
      if (!result.ok) {
        setStatus(t("scenariosFailed", { message: result.kind === "conflict" ? scenario.name : result.message }));
        break;
      }
      await browser.remove(scenario.id);
      taken++;
    }
    const left = await browser.list();
    setScenarios(left);
    if (left.length === 0) setStatus(t("scenariosTaken", { count: taken, organisation: orgName }));
    setBusy(false);
    onTaken();
  }

  if (status && scenarios.length === 0) return <BrowserWorkTaken testId="browser-scenarios-taken">{status}</BrowserWorkTaken>;
  if (scenarios.length === 0 || beside.kept) return null;
  return (
    <BrowserWorkOffer
      id="browser-scenarios-title"
      testId="browser-scenarios"
      heading="h3"
      title={t("scenariosTitle", { count: scenarios.length })}
      error={status}
      takeLabel={t("scenariosTake", { organisation: orgName })}
      busy={busy}
      onTake={() => void take()}
      onKeep={beside.keep}
    >
      <p className="kern-body">{t("scenariosText", { organisation: orgName })}</p>
      <ul className="list-disc pl-kern-space-large">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>{scenario.name}</li>
        ))}
      </ul>
    </BrowserWorkOffer>
  );
}

/** Anonymous: sign in to save the scenarios for the organisation, and return to this page. */
export function SignInToSaveScenarios() {
  const t = useTranslations("handover");
  return <SignInToKeepWork text={t("scenariosSignIn")} testId="scenarios-sign-in" small />;
}
