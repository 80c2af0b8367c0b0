"use client";

// Loaded only when the chart comes on screen (see CostChart.tsx).

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ScenarioResult } from "@/lib/domain/money/evaluate";
import { formatEuro, formatNumber } from "@/lib/domain/format/number";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/domain/id-labels";

/** Colour and dash per model: the lines differ by pattern too, not by colour alone. */
const STYLE: Record<CarrierModelId, { stroke: string; dash?: string; dot: "circle" | "square" | "diamond" }> = {
  "provider-network": { stroke: "#0b57d0", dot: "circle" },
  "municipal-mvz": { stroke: "#b3261e", dash: "8 4", dot: "square" },
  "health-centre": { stroke: "#146c2e", dash: "2 3", dot: "diamond" },
};

/**
 * Cumulative net cost per model over the horizon: a Recharts line chart as wide as the screen allows (up to 760 px). The figure is an image
 * for assistive technology; the same numbers are in the table that follows it.
 */
export function CostChartPlot({ results, labels }: { results: Record<CarrierModelId, ScenarioResult>; labels: Record<CarrierModelId, string>; title: string }) {
  const first = results["provider-network"];
  const data = first.years.map((y, i) => ({
    year: y.year,
    ...Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, results[m].years[i]?.cumulativeNet ?? null])),
  }));
  return (
        <LineChart responsive style={{ width: "100%", maxWidth: 760, height: 340 }} data={data} margin={{ top: 10, right: 16, bottom: 10, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8cdd3" />
          <XAxis dataKey="year" tick={{ fill: "#1f2937" }} />
          <YAxis tickFormatter={(v: number) => `${formatNumber(v, { notation: "compact", maximumFractionDigits: 1 })} €`} tick={{ fill: "#1f2937" }} width={80} />
          <Tooltip formatter={(v) => formatEuro(Number(v))} />
          <Legend />
          {CARRIER_MODEL_IDS.map((m) => (
            <Line
              key={m}
              type="linear"
              dataKey={m}
              name={labels[m]}
              stroke={STYLE[m].stroke}
              strokeWidth={3}
              strokeDasharray={STYLE[m].dash}
              dot={{ r: 4 }}
              legendType={STYLE[m].dot}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
  );
}
