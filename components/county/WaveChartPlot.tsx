"use client";

// Loaded only when the chart comes on screen (see WaveChart.tsx).

import type { WaveChartProps } from "./WaveChart";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

/** A colour-blind-safe palette (Okabe–Ito) plus greys; towns beyond it share the last colour and are named in the table. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#6b7280", "#9aa5b1"];

/**
 * The retirement wave: counted GP FTE leaving per year, stacked by town (fixed-size Recharts bar chart). One image for
 * assistive technology; the same numbers follow in a table (rendered by the caller).
 */
export function WaveChartPlot({ years, towns }: WaveChartProps) {
  const data = years.map((year, i) => Object.fromEntries([["year", year], ...towns.map((t) => [t.ags, t.fteByYear[i] ?? 0])]));
  const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
  return (
        <BarChart width={760} height={340} data={data} margin={{ top: 10, right: 24, bottom: 10, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8cdd3" />
          <XAxis dataKey="year" tick={{ fill: "#1f2937" }} />
          <YAxis tickFormatter={(v: number) => number.format(v)} tick={{ fill: "#1f2937" }} width={56} allowDecimals />
          <Tooltip formatter={(v) => number.format(Number(v))} />
          <Legend />
          {towns.map((t, i) => (
            <Bar key={t.ags} dataKey={t.ags} name={t.name} stackId="wave" fill={PALETTE[Math.min(i, PALETTE.length - 1)]} isAnimationActive={false} />
          ))}
        </BarChart>
  );
}
