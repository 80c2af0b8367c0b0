"use client";

// Loaded only when the chart comes on screen (see SupplyCharts.tsx).

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { AgeBucket, ForecastYear } from "@/lib/domain/supply";
import { formatNumber } from "@/lib/domain/format/number";

/**
 * Counted GP capacity per forecast year against the levels for 100 % and the 75 % under-supply line: a fixed-size
 * Recharts line chart as wide as the screen allows (up to 760 px). The lines differ by pattern, not by colour alone; the figure is one image for assistive
 * technology and the same numbers follow in a table (rendered by the caller).
 */
export function CapacityChartPlot({ forecast, labels }: {
  forecast: readonly ForecastYear[];
  labels: { capacity: string; full: string; under: string };
  title: string;
}) {
  const data = forecast.map((y) => ({ year: y.year, capacity: y.countedGps, full: y.requiredFor100, under: y.requiredForUnderSupplyLine }));
  return (
        <LineChart responsive style={{ width: "100%", maxWidth: 760, height: 340 }} data={data} margin={{ top: 10, right: 24, bottom: 10, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8cdd3" />
          <XAxis dataKey="year" tick={{ fill: "#1f2937" }} />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} tick={{ fill: "#1f2937" }} width={56} allowDecimals />
          <Tooltip formatter={(v) => formatNumber(Number(v))} />
          <Legend />
          <Line type="stepAfter" dataKey="capacity" name={labels.capacity} stroke="#0b57d0" strokeWidth={3} dot={{ r: 4 }} legendType="circle" isAnimationActive={false} />
          <Line type="linear" dataKey="full" name={labels.full} stroke="#146c2e" strokeWidth={2} strokeDasharray="8 4" dot={false} legendType="plainline" isAnimationActive={false} />
          <Line type="linear" dataKey="under" name={labels.under} stroke="#b3261e" strokeWidth={2} strokeDasharray="2 3" dot={false} legendType="plainline" isAnimationActive={false} />
        </LineChart>
  );
}

/** Doctors per age group (GPs and others, stacked horizontal bars, oldest on top). */
export function AgePyramidPlot({ buckets, labels }: { buckets: readonly AgeBucket[]; labels: { gp: string; other: string }; title: string }) {
  const data = [...buckets].reverse().map((b) => ({ label: b.label, gp: b.gp, other: b.other }));
  return (
        <BarChart responsive style={{ width: "100%", maxWidth: 760, height: 280 }} data={data} layout="vertical" margin={{ top: 10, right: 24, bottom: 10, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8cdd3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} tick={{ fill: "#1f2937" }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fill: "#1f2937" }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="gp" name={labels.gp} stackId="a" fill="#0b57d0" isAnimationActive={false} />
          <Bar dataKey="other" name={labels.other} stackId="a" fill="#9aa5b1" isAnimationActive={false} />
        </BarChart>
  );
}
