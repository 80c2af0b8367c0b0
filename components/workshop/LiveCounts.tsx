"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { parseEvent } from "@/lib/client/api";
import { WorkshopSnapshotSchema } from "@/lib/domain/workshop/snapshot";
import { formatNumber } from "@/lib/domain/format/number";

/**
 * The control view's live counts (issue 14): joined participants and answers to the current block, from the
 * participants' stream (no results in it). Without JavaScript the server-rendered numbers stay as they were loaded.
 */
export function LiveCounts({ code, participants, current }: { code: string; participants: number; current: { prompt: string; answered: number } | null }) {
  const t = useTranslations("workshop");
  const [state, setState] = useState({ participants, current });

  useEffect(() => {
    const source = new EventSource(`/api/v1/workshops/${encodeURIComponent(code)}/events`);
    source.addEventListener("snapshot", (event: MessageEvent<string>) => {
      const parsed = parseEvent(event.data, WorkshopSnapshotSchema);
      if (!parsed.ok) return;
      const snapshot = parsed.data;
      setState({ participants: snapshot.participants, current: snapshot.block ? { prompt: snapshot.block.config.prompt, answered: snapshot.block.answered } : null });
    });
    return () => source.close();
  }, [code]);

  return (
    <div aria-live="polite" className="space-y-kern-space-x-small">
      <p className="kern-body" data-testid="connected">
        {t("ctrlConnected", { count: formatNumber(state.participants) })}
      </p>
      {state.current ? (
        <p className="kern-body" data-testid="current-answered">
          {t("ctrlCurrent", { prompt: state.current.prompt, count: state.current.answered, value: formatNumber(state.current.answered) })}
        </p>
      ) : null}
    </div>
  );
}
