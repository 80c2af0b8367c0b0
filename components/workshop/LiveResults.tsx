"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { BlockResult, WorkshopSnapshot } from "@/lib/db/workshop-participation";
import { formatNumber } from "@/lib/format/number";
import type { BlockConfig } from "@/lib/schemas/workshop";

/**
 * The presentation view's live results (issue 14): subscribes to the presenter stream (Server-Sent Events; the
 * browser reconnects by itself and resumes with Last-Event-ID) and renders the current block as bars with their
 * numbers as text. No chart library.
 */
type Row = { key: string; label: string; value: number; text: string };

function labelsOf(config: BlockConfig): Record<string, string> {
  const list = "categories" in config ? config.categories : "options" in config ? config.options : [];
  return Object.fromEntries(list.map((o) => [o.key, o.label]));
}

function Bars({ rows, max, testId }: { rows: Row[]; max: number; testId?: string }) {
  return (
    <ul className="list-none m-0 p-0 space-y-4" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} data-testid="result-row" data-key={row.key}>
          <div className="flex justify-between gap-6 text-3xl">
            <span>{row.label}</span>
            <span className="font-bold tabular-nums" data-testid="result-value">
              {row.text}
            </span>
          </div>
          <div className="h-6 w-full bg-neutral-800" aria-hidden="true">
            <div className="h-6 bg-yellow-300" style={{ width: `${max > 0 ? Math.round((100 * row.value) / max) : 0}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Results({ config, results }: { config: BlockConfig; results: BlockResult }) {
  const t = useTranslations("workshop");
  const labels = labelsOf(config);
  const label = (key: string) => labels[key] ?? key;
  const one = (v: number | null) => (v === null ? "–" : formatNumber(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  switch (results.type) {
    case "ratings": {
      const rows = results.result.radar.map((r) => {
        const c = results.result.categories[r.key];
        return { key: r.key, label: label(r.key), value: r.mean ?? 0, text: `${one(r.mean)} (n = ${formatNumber(c?.n ?? 0)}${c?.unknown ? `, ${t("presUnknown", { count: formatNumber(c.unknown) })}` : ""})` };
      });
      return <Bars rows={rows} max={5} testId="ratings-result" />;
    }
    case "choice": {
      const rows = Object.entries(results.result.counts).map(([key, n]) => ({ key, label: label(key), value: n, text: formatNumber(n) }));
      return <Bars rows={rows} max={Math.max(1, ...rows.map((r) => r.value))} />;
    }
    case "scale":
    case "consensus": {
      const r = results.result;
      const rows = Object.entries(r.distribution).map(([key, n]) => ({ key, label: key, value: n, text: formatNumber(n) }));
      return (
        <div className="space-y-6">
          <p className="text-3xl">
            {t("presMean", { mean: one(r.mean) })} · {t("presMedian", { median: one(r.median) })}
            {results.type === "consensus" && results.result.n > 0 ? ` · ${results.result.split ? t("presSplit") : t("presNotSplit")}` : ""}
          </p>
          <Bars rows={rows} max={Math.max(1, ...rows.map((x) => x.value))} />
        </div>
      );
    }
    case "dotVote": {
      const rows = results.result.ranking.map((r) => ({ key: r.key, label: label(r.key), value: r.dots, text: formatNumber(r.dots) }));
      return <Bars rows={rows} max={Math.max(1, ...rows.map((x) => x.value))} />;
    }
    case "ranking": {
      const rows = results.result.ranking.map((r) => ({ key: r.key, label: label(r.key), value: r.points, text: formatNumber(r.points) }));
      return <Bars rows={rows} max={Math.max(1, ...rows.map((x) => x.value))} />;
    }
    case "weighting": {
      const rows = results.result.options.map((r) => ({ key: r.key, label: label(r.key), value: r.total, text: formatNumber(r.total) }));
      return <Bars rows={rows} max={Math.max(1, ...rows.map((x) => x.value))} />;
    }
    case "text":
      return (
        <div className="space-y-4">
          <p className="text-3xl">{t("presIdeas", { count: results.result.n, value: formatNumber(results.result.n) })}</p>
          <ul className="list-disc pl-8 space-y-2 text-3xl">
            {results.result.texts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      );
  }
}

export function LiveResults({ code, token, initial }: { code: string; token: string; initial: WorkshopSnapshot }) {
  const t = useTranslations("workshop");
  const [snapshot, setSnapshot] = useState(initial);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/v1/workshops/${encodeURIComponent(code)}/presenter/events${token ? `?token=${encodeURIComponent(token)}` : ""}`);
    const onSnapshot = (event: MessageEvent<string>) => {
      setOffline(false);
      setSnapshot(JSON.parse(event.data) as WorkshopSnapshot);
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
      {block ? (
        <>
          <h2 id="pres-block" className="text-5xl font-bold leading-tight">
            {block.config.prompt}
          </h2>
          <p className="text-3xl" aria-live="polite" data-testid="answered">
            {t("presAnswered", { answered: formatNumber(block.answered), participants: formatNumber(snapshot.participants) })}
          </p>
          {block.results && block.answered > 0 ? <Results config={block.config} results={block.results} /> : <p className="text-3xl">{t("presNoResults")}</p>}
        </>
      ) : (
        <h2 id="pres-block" className="text-5xl font-bold">
          {t("presWaiting")}
        </h2>
      )}
    </section>
  );
}
