import { getTranslations } from "next-intl/server";
import type { PlanTimeline as Timeline, TimelineMarker } from "@/lib/domain/plan/timeline";

const MARKER_COLOUR: Record<TimelineMarker["kind"], string> = {
  "under-supply": "#b3261e",
  "practice-loses-doctors": "#8a5a00",
  "training-ready": "#1a5fb4",
};

/**
 * The plan beside the town's clock as a chart (SVG, one bar per item from start to due year, a vertical line per
 * event) and the same content as tables — the chart is decorative for screen readers, the tables carry it.
 */
export async function PlanTimeline({ timeline, currentYear }: { timeline: Timeline; currentYear: number }) {
  const t = await getTranslations("plan");
  const years = [currentYear, ...timeline.markers.map((m) => m.year), ...timeline.rows.flatMap((r) => [r.startYear, r.dueYear]).filter((y): y is number => y !== null)];
  const from = Math.min(...years);
  const to = Math.max(...years) + 1;
  const width = 720;
  const left = 40;
  const right = 16;
  const rowHeight = 22;
  const top = 12;
  const height = top + Math.max(timeline.rows.length, 1) * rowHeight + 36;
  const x = (year: number) => left + ((year - from) / (to - from)) * (width - left - right);
  const ticks: number[] = [];
  const step = to - from > 12 ? 2 : 1;
  for (let y = from; y <= to; y += step) ticks.push(y);

  return (
    <div className="space-y-kern-space-default">
      <figure className="m-0 space-y-kern-space-small">
        <svg viewBox={`0 0 ${width} ${height}`} className="w-full h-auto max-w-[60rem]" role="img" aria-label={t("timelineChartLabel", { from, to })} data-testid="timeline-chart">
          {ticks.map((y) => (
            <g key={y}>
              <line x1={x(y)} x2={x(y)} y1={top - 4} y2={height - 28} stroke="#d0d0d0" strokeWidth={1} />
              <text x={x(y)} y={height - 12} fontSize={12} textAnchor="middle" fill="#333">
                {y}
              </text>
            </g>
          ))}
          {timeline.rows.map((r, i) => {
            const y = top + i * rowHeight;
            const start = r.startYear ?? r.dueYear;
            const end = r.dueYear ?? r.startYear;
            return (
              <g key={r.itemId}>
                <text x={4} y={y + 14} fontSize={12} fill="#333">
                  {i + 1}
                </text>
                {start !== null && end !== null ? (
                  <rect x={x(start)} y={y + 3} width={Math.max(x(end + 1) - x(start), 6)} height={rowHeight - 8} rx={3} fill={r.beforeGap === false ? "#b3261e" : "#2e7d32"} opacity={0.85} />
                ) : null}
              </g>
            );
          })}
          {timeline.markers.map((m, i) => (
            <line key={`${m.kind}-${m.year}-${i}`} x1={x(m.year)} x2={x(m.year)} y1={top - 6} y2={height - 28} stroke={MARKER_COLOUR[m.kind]} strokeWidth={3} strokeDasharray={m.kind === "training-ready" ? "6 4" : undefined} />
          ))}
        </svg>
        <figcaption className="kern-body kern-body--small">
          <span className="font-semibold">{t("timelineLegend")}:</span>{" "}
          {(Object.keys(MARKER_COLOUR) as TimelineMarker["kind"][])
            .filter((k) => timeline.markers.some((m) => m.kind === k))
            .map((k) => (
              <span key={k} className="inline-flex items-center gap-1 mr-kern-space-default">
                <span aria-hidden="true" className="inline-block w-4 h-1" style={{ background: MARKER_COLOUR[k] }} />
                {timeline.markers.find((m) => m.kind === k)!.label_de.split(":")[0]}
              </span>
            ))}
        </figcaption>
      </figure>

      {/* Scrollable on narrow screens: focusable and named, so the keyboard reaches it (axe scrollable-region-focusable). */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("timelineEvents")}>
        <table className="kern-table" data-testid="timeline-events">
          <caption className="kern-title text-left">{t("timelineEvents")}</caption>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__cell">{t("timelineYear")}</th>
              <th scope="col" className="kern-table__cell">{t("timelineEvent")}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.markers.map((m, i) => (
              <tr key={`${m.kind}-${m.year}-${i}`} className="kern-table__row">
                <td className="kern-table__cell">{m.year}</td>
                <td className="kern-table__cell">{m.label_de}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {timeline.rows.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("timelineTable")}>
          <table className="kern-table" data-testid="timeline-items">
            <caption className="kern-title text-left">{t("timelineTable")}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__cell">{t("timelineMeasure")}</th>
                <th scope="col" className="kern-table__cell">{t("timelineFrom")}</th>
                <th scope="col" className="kern-table__cell">{t("timelineTo")}</th>
                <th scope="col" className="kern-table__cell">{t("timelineBeforeGap")}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.rows.map((r, i) => (
                <tr key={r.itemId} className="kern-table__row">
                  <td className="kern-table__cell">
                    {i + 1}. {r.title}
                  </td>
                  <td className="kern-table__cell">{r.startYear ?? "–"}</td>
                  <td className="kern-table__cell">{r.dueYear ?? "–"}</td>
                  <td className="kern-table__cell">
                    {r.beforeGap === null ? t("timelineUnknown") : r.beforeGap ? t("timelineYes") : t("timelineNo", { year: timeline.underSupplyYear ?? "" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
