"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { parseEvent } from "@/lib/client/api";
import { WorkshopSnapshotSchema, type WorkshopSnapshot } from "@/lib/domain/workshop/snapshot";
import { formatNumber } from "@/lib/domain/format/number";
import { BlockResultView } from "./BlockResultView";
import { RatingsRadar } from "./RatingsRadar";
import { RoleGroups } from "./RoleGroups";

/**
 * The presentation view's live results (issue 14): subscribes to the presenter stream (Server-Sent Events; the
 * browser reconnects by itself and resumes with Last-Event-ID) and renders the current block as bars with their
 * numbers as text. No chart library.
 */
export function LiveResults({ code, token, initial, profile }: { code: string; token: string; initial: WorkshopSnapshot; profile: Record<string, number> | null }) {
  const t = useTranslations("workshop");
  const [snapshot, setSnapshot] = useState(initial);
  const [offline, setOffline] = useState(false);
  /** An event that does not fit the contract: the German message, the last good snapshot stays on screen. */
  const [broken, setBroken] = useState<string | null>(null);

  useEffect(() => {
    const source = new EventSource(`/api/v1/workshops/${encodeURIComponent(code)}/presenter/events${token ? `?token=${encodeURIComponent(token)}` : ""}`);
    const onSnapshot = (event: MessageEvent<string>) => {
      const next = parseEvent(event.data, WorkshopSnapshotSchema);
      setOffline(false);
      if (next.ok) setSnapshot(next.data);
      setBroken(next.ok ? null : next.message);
    };
    source.addEventListener("snapshot", onSnapshot);
    source.onopen = () => setOffline(false);
    source.onerror = () => setOffline(true);
    return () => source.close();
  }, [code, token]);

  const block = snapshot.block;
  return (
    <section aria-labelledby="pres-block" className="space-y-8" data-testid="live-results" data-version={snapshot.version}>
      {offline ? (
        <p role="status" className="text-2xl text-yellow-300">
          {t("presOffline")}
        </p>
      ) : null}
      {broken ? (
        <p role="alert" className="text-2xl text-yellow-300" data-testid="live-broken">
          {broken}
        </p>
      ) : null}
      {block ? (
        <>
          <h2 id="pres-block" className="text-5xl font-bold leading-tight">
            {block.config.prompt}
          </h2>
          <p className="text-3xl" aria-live="polite" data-testid="answered">
            {t("presAnswered", { answered: formatNumber(block.answered), participants: formatNumber(snapshot.participants) })}
          </p>
          {block.results && block.answered + block.paper > 0 ? (
            <>
              <BlockResultView config={block.config} results={block.results} variant="projector" />
              {block.results.type === "ratings" && block.config.type === "ratings" ? (
                <section aria-labelledby="pres-radar" className="space-y-4">
                  <h3 id="pres-radar" className="text-3xl font-bold">
                    {t("radarTitle")}
                  </h3>
                  <RatingsRadar
                    variant="projector"
                    rows={block.config.categories.map((c) => ({ key: c.key, label: c.label, mean: block.results?.type === "ratings" ? (block.results.result.categories[c.key]?.mean ?? null) : null, engine: profile?.[c.key] ?? null }))}
                  />
                </section>
              ) : null}
              {block.byRole.length > 0 ? (
                <section aria-labelledby="pres-roles" className="space-y-4">
                  <h3 id="pres-roles" className="text-3xl font-bold">
                    {t("resByRole")}
                  </h3>
                  <RoleGroups config={block.config} groups={block.byRole} variant="projector" headingLevel={4} />
                </section>
              ) : null}
            </>
          ) : (
            <p className="text-3xl">{t("presNoResults")}</p>
          )}
        </>
      ) : (
        <h2 id="pres-block" className="text-5xl font-bold">
          {t("presWaiting")}
        </h2>
      )}
    </section>
  );
}
