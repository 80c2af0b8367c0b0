"use client";

// Loaded only when the chart comes on screen (see ReadinessRadar.tsx).

import { useEffect, useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";

import type { RadarPoint } from "./ReadinessRadar";

/** KERN action blue (var(--kern-color-action-default)) and text colours; SVG attributes need the values. */
const BLUE = "#1A3DA5";
const TEXT = "#171A2B";
const MUTED = "#404565";

/** Splits a long category label into lines of about `max` characters at word boundaries. */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  cy?: number | string;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  payload?: { value?: string };
}

/** A category label around the radar; narrower lines on a phone, above the centre growing upwards. */
function AngleTick({ x = 0, y = 0, cy = 0, textAnchor = "middle", payload, narrow }: TickProps & { narrow: boolean }) {
  const lines = wrap(String(payload?.value ?? ""), narrow ? 12 : 20);
  const top = Number(y) < Number(cy);
  const step = narrow ? 13 : 14;
  const dy = top ? -(lines.length - 1) * step : 0;
  return (
    <text x={Number(x)} y={Number(y) + dy} textAnchor={textAnchor} fontSize={narrow ? 11 : 12} fill={TEXT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 4 : step}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** True below 30rem (a phone): smaller labels and radius so the radar fits. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(max-width: 30rem)");
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}

/**
 * The readiness profile as a radar chart as wide as the screen allows (up to 640 px; Recharts `responsive`, so it
 * fits a phone and the printed page). Decorative for assistive technology: the page shows the same values as a table.
 */
export function ReadinessRadarPlot({ data }: { data: RadarPoint[] }) {
  const narrow = useNarrow();
  return (
      <RadarChart
        responsive
        style={{ width: "100%", maxWidth: 640, height: narrow ? 340 : 440 }}
        data={data}
        outerRadius={narrow ? "52%" : "68%"}
        accessibilityLayer={false}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={(props: TickProps) => <AngleTick {...props} narrow={narrow} />} />
        <PolarRadiusAxis angle={90} domain={[0, 100]} tickCount={5} tick={{ fontSize: 11, fill: MUTED }} />
        <Radar dataKey="score" stroke={BLUE} strokeWidth={2} fill={BLUE} fillOpacity={0.25} isAnimationActive={false} />
      </RadarChart>
  );
}
