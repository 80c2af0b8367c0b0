"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ScenarioResult } from "@/lib/domain/money";
import { CARRIER_MODEL_IDS, type CarrierModelId } from "@/lib/knowledge/ids";

/** Colour and dash per model: the lines differ by pattern too, not by colour alone. */
const STYLE: Record<CarrierModelId, { stroke: string; dash?: string; dot: "circle" | "square" | "diamond" }> = {
  "provider-network": { stroke: "#0b57d0", dot: "circle" },
  "municipal-mvz": { stroke: "#b3261e", dash: "8 4", dot: "square" },
  "health-centre": { stroke: "#146c2e", dash: "2 3", dot: "diamond" },
};

/**
 * Cumulative net cost per model over the horizon: a fixed-size Recharts line chart. The figure is an image
 * for assistive technology; the same numbers are in the table that follows it.
 */
export function CostChart({ results, labels, title, locale }: { results: Record<CarrierModelId, ScenarioResult>; labels: Record<CarrierModelId, string>; title: string; locale: string }) {
  const first = results["provider-network"];
  const data = first.years.map((y, i) => ({
    year: y.year,
    ...Object.fromEntries(CARRIER_MODEL_IDS.map((m) => [m, results[m].years[i]?.cumulativeNet ?? null])),
  }));
  const compact = new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { notation: "compact", maximumFractionDigits: 1 });
  const full = new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
      <div role="img" aria-label={title} data-testid="cost-chart" className="w-[760px]">
        <LineChart width={760} height={340} data={data} margin={{ top: 10, right: 24, bottom: 10, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8cdd3" />
          <XAxis dataKey="year" tick={{ fill: "#1f2937" }} />
          <YAxis tickFormatter={(v: number) => `${compact.format(v)} €`} tick={{ fill: "#1f2937" }} width={80} />
          <Tooltip formatter={(v) => full.format(Number(v))} />
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
      </div>
    </div>
  );
}
