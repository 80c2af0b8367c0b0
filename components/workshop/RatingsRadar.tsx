import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/domain/format/number";
import type { ResultVariant } from "./BlockResultView";

/**
 * The collective readiness radar of a ratings block beside the engine's profile of the town (issue 14), as an SVG
 * drawn without a chart library plus a table with every number as text (the SVG is decorative for assistive
 * technology). Scales: the room rates 1–5, the engine scores 0–100; the room's mean is drawn as (mean − 1) / 4 · 100
 * so both share one axis (the product's assumption; the table shows both original values).
 */
export interface RadarRow {
  key: string;
  label: string;
  /** The room's mean rating 1–5 (null: no one rated it). */
  mean: number | null;
  /** The engine's readiness score 0–100 from the town's self-check (null: no self-check saved). */
  engine: number | null;
}

const COLOURS = {
  projector: { room: "#fde047", engine: "#67e8f9", grid: "#737373", text: "#ffffff" },
  page: { room: "#1A3DA5", engine: "#B43C00", grid: "#A5A8BE", text: "#171A2B" },
} as const;

export const roomScore = (mean: number) => ((mean - 1) / 4) * 100;

export function RatingsRadar({ rows, variant }: { rows: RadarRow[]; variant: ResultVariant }) {
  const t = useTranslations("workshop");
  const c = COLOURS[variant];
  const size = 360;
  const centre = size / 2;
  const radius = 130;
  const point = (i: number, score: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / rows.length;
    const r = (radius * Math.max(0, Math.min(100, score))) / 100;
    return `${(centre + r * Math.cos(angle)).toFixed(1)},${(centre + r * Math.sin(angle)).toFixed(1)}`;
  };
  const polygon = (scores: Array<number | null>) => scores.map((s, i) => point(i, s ?? 0)).join(" ");
  const hasEngine = rows.some((r) => r.engine !== null);
  const one = (v: number | null) => (v === null ? "–" : formatNumber(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
  const cell = variant === "projector" ? "text-2xl py-1 pr-6 text-left" : "kern-table__cell";
  return (
    <div className="flex flex-wrap gap-8 items-start" data-testid="ratings-radar">
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} className="max-w-full h-auto" aria-hidden="true">
        {[25, 50, 75, 100].map((ring) => (
          <polygon key={ring} points={polygon(rows.map(() => ring))} fill="none" stroke={c.grid} strokeWidth={1} />
        ))}
        {rows.map((r, i) => (
          <line key={r.key} x1={centre} y1={centre} x2={point(i, 100).split(",")[0]} y2={point(i, 100).split(",")[1]} stroke={c.grid} strokeWidth={1} />
        ))}
        {hasEngine ? <polygon points={polygon(rows.map((r) => r.engine))} fill={c.engine} fillOpacity={0.15} stroke={c.engine} strokeWidth={3} strokeDasharray="8 5" /> : null}
        <polygon points={polygon(rows.map((r) => (r.mean === null ? null : roomScore(r.mean))))} fill={c.room} fillOpacity={0.3} stroke={c.room} strokeWidth={3} />
        {rows.map((r, i) => {
          const [x, y] = point(i, 118).split(",").map(Number) as [number, number];
          return (
            <text key={r.key} x={x} y={y} fill={c.text} fontSize={13} textAnchor={x < centre - 10 ? "end" : x > centre + 10 ? "start" : "middle"}>
              {i + 1}
            </text>
          );
        })}
      </svg>
      <table className={variant === "projector" ? "border-collapse" : "kern-table"} data-testid="radar-table">
        <caption className={variant === "projector" ? "text-2xl text-left pb-2" : "kern-title"}>{t("radarCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("radarCategory")}
            </th>
            <th scope="col" className={cell}>
              <span style={{ color: variant === "projector" ? c.room : undefined }}>■</span> {t("radarRoom")}
            </th>
            <th scope="col" className={cell}>
              <span style={{ color: variant === "projector" ? c.engine : undefined }}>▪▪</span> {t("radarEngine")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} data-key={r.key} data-testid="radar-row">
              <th scope="row" className={cell}>
                {i + 1}. {r.label}
              </th>
              <td className={cell}>{one(r.mean)}</td>
              <td className={cell}>{r.engine === null ? t("radarNoEngine") : formatNumber(r.engine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
