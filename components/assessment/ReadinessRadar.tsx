"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";

export interface RadarPoint {
  label: string;
  score: number;
}

/** KERN action blue (var(--kern-color-action-default)) and text colours; SVG attributes need the values. */
const BLUE = "#1A3DA5";
const TEXT = "#171A2B";
const MUTED = "#404565";

/** Splits a long category label into lines of about `max` characters at word boundaries. */
function wrap(label: string, max = 20): string[] {
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
  textAnchor?: "start" | "middle" | "end" | "inherit";
  payload?: { value?: string };
}

function AngleTick({ x = 0, y = 0, textAnchor = "middle", payload }: TickProps) {
  const lines = wrap(String(payload?.value ?? ""));
  const top = Number(y) < 200;
  const dy = top ? -(lines.length - 1) * 14 : 0;
  return (
    <text x={Number(x)} y={Number(y) + dy} textAnchor={textAnchor} fontSize={12} fill={TEXT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The readiness profile as a radar chart, fixed size (no ResponsiveContainer, so it renders in print and without
 * a measured parent). Decorative for assistive technology: the page shows the same values as a table.
 */
export function ReadinessRadar({ data, width = 640, height = 440 }: { data: RadarPoint[]; width?: number; height?: number }) {
  return (
    <div aria-hidden="true" className="readiness-radar max-w-full overflow-x-auto" data-testid="readiness-radar">
      <RadarChart width={width} height={height} data={data} outerRadius={150} accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={AngleTick} />
        <PolarRadiusAxis angle={90} domain={[0, 100]} tickCount={5} tick={{ fontSize: 11, fill: MUTED }} />
        <Radar dataKey="score" stroke={BLUE} strokeWidth={2} fill={BLUE} fillOpacity={0.25} isAnimationActive={false} />
      </RadarChart>
    </div>
  );
}
