"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/domain/auth-links";
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
  const [state, setState] = useState<"offer" | "kept" | "busy">("offer");
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void browserScenarioStore(ags)
      .list()
      .then((list) => {
        if (cancelled) return;
        setScenarios(list);
        if (window.sessionStorage.getItem(keptKey(ags)) === "1") setState("kept");
      });
    return () => {
      cancelled = true;
    };
  }, [ags]);

  async function take() {
    setState("busy");
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
    setState("offer");
    onTaken();
  }

  if (status && scenarios.length === 0) {
    return (
      <p className="kern-alert kern-alert--success p-kern-space-default" role="status" data-testid="browser-scenarios-taken">
        {status}
      </p>
    );
  }
  if (scenarios.length === 0 || state === "kept") return null;
  return (
    <section className="kern-alert kern-alert--warning" aria-labelledby="browser-scenarios-title" data-testid="browser-scenarios">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h3 id="browser-scenarios-title" className="kern-title">
          {t("scenariosTitle", { count: scenarios.length })}
        </h3>
      </div>
      <div className="kern-alert__body space-y-kern-space-small">
        <p className="kern-body">{t("scenariosText", { organisation: orgName })}</p>
        <ul className="list-disc pl-kern-space-large">
          {scenarios.map((scenario) => (
            <li key={scenario.id}>{scenario.name}</li>
          ))}
        </ul>
        {status && (
          <p className="kern-error" role="alert">
            {status}
          </p>
        )}
        <div className="flex flex-wrap gap-kern-space-default">
          <button type="button" className="kern-btn kern-btn--primary" disabled={state === "busy"} onClick={() => void take()}>
            <span className="kern-label">{t("scenariosTake", { organisation: orgName })}</span>
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

/** Anonymous: sign in to save the scenarios for the organisation, and return to this page. */
export function SignInToSaveScenarios() {
  const t = useTranslations("handover");
  const pathname = usePathname();
  return (
    <p className="kern-body kern-body--small" data-testid="scenarios-sign-in">
      {t("scenariosSignIn")}{" "}
      <a className="kern-link" href={signInHref(pathname)}>
        {t("signInLink")}
      </a>
    </p>
  );
}
