import { useTranslations } from "next-intl";
import type { BlockResult } from "@/lib/domain/workshop/snapshot";
import { formatNumber } from "@/lib/domain/format/number";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";

/**
 * A block's results as bars with their numbers as text (issue 14), shared by the presentation view (large type,
 * yellow on black), the participant's phone and the results page (KERN colours). No hooks beyond translations, so it
 * renders on the server and inside the presentation's client component alike. No chart library.
 */
export type ResultVariant = "projector" | "page";
type Row = { key: string; label: string; value: number; text: string };

const STYLE = {
  projector: { list: "space-y-4", row: "flex justify-between gap-6 text-3xl", track: "h-6 w-full bg-neutral-800", bar: "h-6 bg-yellow-300", text: "text-3xl", ideas: "text-3xl" },
  page: { list: "space-y-kern-space-small", row: "kern-body flex justify-between gap-kern-space-default", track: "h-4 w-full bg-kern-darkblue-050 border border-kern-layout-border", bar: "h-full bg-kern-action-default [print-color-adjust:exact]", text: "kern-body", ideas: "kern-body" },
} as const;

export function labelsOf(config: BlockConfig): Record<string, string> {
  const list = "categories" in config ? config.categories : "options" in config ? config.options : [];
  return Object.fromEntries(list.map((o) => [o.key, o.label]));
}

export function Bars({ rows, max, variant, testId }: { rows: Row[]; max: number; variant: ResultVariant; testId?: string }) {
  const s = STYLE[variant];
  return (
    <ul className={`list-none m-0 p-0 ${s.list}`} data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} data-testid="result-row" data-key={row.key}>
          <div className={s.row}>
            <span className="min-w-0 break-words">{row.label}</span>
            <span className="font-bold tabular-nums shrink-0" data-testid="result-value">
              {row.text}
            </span>
          </div>
          <div className={s.track} aria-hidden="true">
            <div className={s.bar} style={{ width: `${max > 0 ? Math.round((100 * row.value) / max) : 0}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

const maxOf = (rows: Row[]) => Math.max(1, ...rows.map((r) => r.value));

export function BlockResultView({ config, results, variant }: { config: BlockConfig; results: BlockResult; variant: ResultVariant }) {
  const t = useTranslations("workshop");
  const s = STYLE[variant];
  const labels = labelsOf(config);
  const label = (key: string) => labels[key] ?? key;
  const one = (v: number | null) => (v === null ? "–" : formatNumber(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  switch (results.type) {
    case "ratings": {
      const rows = results.result.radar.map((r) => {
        const c = results.result.categories[r.key];
        return { key: r.key, label: label(r.key), value: r.mean ?? 0, text: `${one(r.mean)} (n = ${formatNumber(c?.n ?? 0)}${c?.unknown ? `, ${t("presUnknown", { count: formatNumber(c.unknown) })}` : ""})` };
      });
      return <Bars rows={rows} max={5} variant={variant} testId="ratings-result" />;
    }
    case "choice": {
      const rows = Object.entries(results.result.counts).map(([key, n]) => ({ key, label: label(key), value: n, text: formatNumber(n) }));
      return <Bars rows={rows} max={maxOf(rows)} variant={variant} />;
    }
    case "scale":
    case "consensus": {
      const r = results.result;
      const rows = Object.entries(r.distribution).map(([key, n]) => ({ key, label: key, value: n, text: formatNumber(n) }));
      return (
        <div className="space-y-4">
          <p className={s.text} data-testid="result-summary">
            {t("presMean", { mean: one(r.mean) })} · {t("presMedian", { median: one(r.median) })}
            {results.type === "consensus" && results.result.n > 0 && results.result.window
              ? ` · ${t("resSpread", { low: formatNumber(results.result.window.low), high: formatNumber(results.result.window.high), outside: formatNumber(results.result.outside), n: formatNumber(results.result.n) })} · ${results.result.split ? t("presSplit") : t("presNotSplit")}`
              : ""}
          </p>
          <Bars rows={rows} max={maxOf(rows)} variant={variant} />
        </div>
      );
    }
    case "dotVote": {
      const rows = results.result.ranking.map((r) => ({ key: r.key, label: label(r.key), value: r.dots, text: t("resDots", { dots: formatNumber(r.dots) }) }));
      return <Bars rows={rows} max={maxOf(rows)} variant={variant} />;
    }
    case "ranking": {
      const rows = results.result.ranking.map((r) => ({ key: r.key, label: label(r.key), value: r.points, text: t("resPoints", { points: formatNumber(r.points) }) }));
      return <Bars rows={rows} max={maxOf(rows)} variant={variant} />;
    }
    case "weighting": {
      const rows = results.result.options.map((r) => ({ key: r.key, label: label(r.key), value: r.total, text: `${formatNumber(r.total)} (Ø ${one(r.mean)})` }));
      return <Bars rows={rows} max={maxOf(rows)} variant={variant} />;
    }
    case "text":
      return (
        <div className="space-y-4">
          <p className={s.text}>{t("presIdeas", { count: results.result.n, value: formatNumber(results.result.n) })}</p>
          <ul className={`list-disc pl-8 space-y-2 ${s.ideas}`}>
            {results.result.texts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      );
    case "ideas": {
      const clusters = [...new Set(results.result.ideas.map((i) => i.cluster ?? ""))];
      return (
        <div className="space-y-4" data-testid="idea-wall">
          <p className={s.text}>{t("presIdeas", { count: results.result.ideas.length, value: formatNumber(results.result.ideas.length) })}</p>
          {clusters.map((cluster) => (
            <div key={cluster || "-"} className="space-y-2">
              {cluster ? <h3 className={variant === "projector" ? "text-3xl font-bold text-yellow-300" : "kern-heading-small"}>{cluster}</h3> : null}
              <ul className={`list-disc pl-8 space-y-2 ${s.ideas}`}>
                {results.result.ideas
                  .filter((i) => (i.cluster ?? "") === cluster)
                  .map((i) => (
                    <li key={i.id} data-testid="idea">
                      {i.text}
                      {i.merged > 0 ? ` (${t("resMerged", { count: formatNumber(i.merged) })})` : ""}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      );
    }
  }
}
